// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QTreeWidget;

namespace pmg {

class Garden;

/// Every attempt with its date, quiz, mode, score and duration, newest first, for all quizzes or one; a summary line
/// (attempts, average and best score). Activating a finished attempt shows its results, an unfinished one resumes.
class QuizHistoryView final : public QWidget
{
    Q_OBJECT

public:
    explicit QuizHistoryView(Garden &garden, QWidget *parent = nullptr);

    void refresh();
    /// Shows only the attempts of `quizId` (all when empty).
    void setQuizFilter(const QString &quizId);

    QTreeWidget *attempts() const { return m_attempts; }
    QLabel *summary() const { return m_summary; }

Q_SIGNALS:
    void resultsRequested(qint64 attemptId);
    void resumeRequested(qint64 attemptId);
    void backRequested();

private:
    void fill();

    Garden &m_garden;
    QComboBox *m_filter = nullptr;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_attempts = nullptr;
};

} // namespace pmg
