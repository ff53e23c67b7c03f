// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "srs/rating.h"

#include <QWidget>

#include <array>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace pmg {

/// The reviewer's bottom bar, as Anki's: "Show answer" under the question; under the answer the four grades, each
/// with the interval it would give above it. The buttons never take the keyboard (the reviewer's keys do the same).
class ReviewAnswerBar final : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewAnswerBar(QWidget *parent = nullptr);

    void showQuestion();
    /// `intervals` in the order Again … Easy ("1m", "10m", "2d", "1.3mo").
    void showGrades(const std::array<QString, 4> &intervals);
    bool showsGrades() const;

    QPushButton *revealButton() const { return m_reveal; }
    QPushButton *gradeButton(Rating rating) const { return m_grades.at(std::size_t(ratingValue(rating) - 1)); }
    QLabel *intervalLabel(Rating rating) const { return m_intervals.at(std::size_t(ratingValue(rating) - 1)); }

Q_SIGNALS:
    void revealClicked();
    void gradeClicked(pmg::Rating rating);

private:
    QStackedWidget *m_stack = nullptr;
    QPushButton *m_reveal = nullptr;
    QWidget *m_gradePanel = nullptr;
    std::array<QPushButton *, 4> m_grades{};
    std::array<QLabel *, 4> m_intervals{};
};

} // namespace pmg
