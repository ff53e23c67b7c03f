// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "quiz/quizdefinition.h"
#include "quiz/quizmode.h"

#include <QList>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace pmg {

class Garden;

/// The quizzes on offer (level and part quizzes) with their question count, time limit, best and last score; the
/// attempts in progress, to resume; and the buttons to start one in practice or exam mode (with the time limit, which
/// can be changed), compose a quiz or see the history.
class QuizPickerView final : public QWidget
{
    Q_OBJECT

public:
    explicit QuizPickerView(Garden &garden, QWidget *parent = nullptr);

    /// Reads the quizzes, scores and attempts in progress again.
    void refresh();
    void selectQuiz(const QString &quizId);
    std::optional<QuizDefinition> selectedQuiz() const;

    QTreeWidget *quizList() const { return m_quizzes; }
    QListWidget *inProgress() const { return m_inProgress; }
    QSpinBox *timeLimit() const { return m_minutes; }
    QPushButton *practiceButton() const { return m_practice; }
    QPushButton *examButton() const { return m_exam; }
    QPushButton *resumeButton() const { return m_resume; }

Q_SIGNALS:
    void startRequested(const pmg::QuizDefinition &quiz, pmg::QuizMode mode, int timeLimitSeconds);
    void resumeRequested(qint64 attemptId);
    void composeRequested();
    void historyRequested();

private:
    void onSelectionChanged();
    void start(QuizMode mode);

    Garden &m_garden;
    QList<QuizDefinition> m_definitions;
    QTreeWidget *m_quizzes = nullptr;
    QLabel *m_inProgressLabel = nullptr;
    QListWidget *m_inProgress = nullptr;
    QSpinBox *m_minutes = nullptr;
    QPushButton *m_practice = nullptr;
    QPushButton *m_exam = nullptr;
    QPushButton *m_resume = nullptr;
};

} // namespace pmg
