// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QListWidget>

namespace pmg {

struct QuizAttempt;

/// The attempt's questions as a grid of numbers to jump between: answered ones tinted, flagged ones marked ⚑, the
/// current one selected. Never takes the keyboard focus (digits and Enter belong to the question).
class QuizNavigator final : public QListWidget
{
    Q_OBJECT

public:
    explicit QuizNavigator(QWidget *parent = nullptr);

    void showAttempt(const QuizAttempt &attempt);

Q_SIGNALS:
    void jumpRequested(int position);
};

} // namespace pmg
