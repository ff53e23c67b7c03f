// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "quiz/quizcomposition.h"
#include "quiz/quizdefinition.h"
#include "quiz/quizmode.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace pmg {

class Garden;

/// A quiz of the learner's own: N questions drawn from chosen parts, tags and levels, optionally the weakest topics
/// (lowest past scores) first. Shows how many questions match and the time limit it would get.
class QuizComposerView final : public QWidget
{
    Q_OBJECT

public:
    explicit QuizComposerView(Garden &garden, QWidget *parent = nullptr);

    /// Reads the parts and tags of the current curriculum again.
    void refresh();
    QuizComposition composition() const;
    void setComposition(const QuizComposition &composition);

    QSpinBox *countBox() const { return m_count; }
    QCheckBox *weakestFirstBox() const { return m_weakest; }
    QLabel *matchLabel() const { return m_matches; }
    QPushButton *practiceButton() const { return m_practice; }
    QPushButton *examButton() const { return m_exam; }

Q_SIGNALS:
    void startRequested(const pmg::QuizDefinition &quiz, pmg::QuizMode mode, int timeLimitSeconds);
    void backRequested();

private:
    void update();

    Garden &m_garden;
    QList<QCheckBox *> m_parts;
    QList<QCheckBox *> m_levels;
    QWidget *m_partBox = nullptr;
    QListWidget *m_tags = nullptr;
    QSpinBox *m_count = nullptr;
    QCheckBox *m_weakest = nullptr;
    QSpinBox *m_minutes = nullptr;
    QLabel *m_matches = nullptr;
    QPushButton *m_practice = nullptr;
    QPushButton *m_exam = nullptr;
    bool m_updating = false;
};

} // namespace pmg
