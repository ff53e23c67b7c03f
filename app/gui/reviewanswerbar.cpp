// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewanswerbar.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>

using namespace Qt::StringLiterals;

namespace pmg {

ReviewAnswerBar::ReviewAnswerBar(QWidget *parent)
    : QWidget(parent)
{
    m_reveal = new QPushButton(tr("Show answer"), this);
    m_reveal->setObjectName(u"reveal"_s);
    m_reveal->setToolTip(tr("Show the answer (Space)"));
    m_reveal->setFocusPolicy(Qt::NoFocus);
    m_reveal->setMinimumSize(220, 40);
    auto *revealPanel = new QWidget(this);
    auto *revealLayout = new QHBoxLayout(revealPanel);
    revealLayout->setContentsMargins(0, 0, 0, 0);
    revealLayout->addStretch();
    revealLayout->addWidget(m_reveal);
    revealLayout->addStretch();

    m_gradePanel = new QWidget(this);
    auto *grid = new QGridLayout(m_gradePanel);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setVerticalSpacing(2);
    const std::array<QString, 4> names{tr("Again"), tr("Hard"), tr("Good"), tr("Easy")};
    const std::array<QString, 4> objectNames{u"again"_s, u"hard"_s, u"good"_s, u"easy"_s};
    grid->setColumnStretch(0, 1);
    for (int i = 0; i < 4; ++i) {
        auto *interval = new QLabel(m_gradePanel);
        interval->setAlignment(Qt::AlignCenter);
        interval->setObjectName(objectNames.at(std::size_t(i)) + u"-interval"_s);
        auto *button = new QPushButton(names.at(std::size_t(i)), m_gradePanel);
        button->setObjectName(objectNames.at(std::size_t(i)));
        button->setToolTip(tr("%1 (%2)").arg(names.at(std::size_t(i))).arg(i + 1));
        button->setFocusPolicy(Qt::NoFocus);
        button->setMinimumSize(110, 40);
        const auto rating = static_cast<Rating>(i + 1);
        connect(button, &QPushButton::clicked, this, [this, rating] { Q_EMIT gradeClicked(rating); });
        grid->addWidget(interval, 0, i + 1);
        grid->addWidget(button, 1, i + 1);
        m_intervals.at(std::size_t(i)) = interval;
        m_grades.at(std::size_t(i)) = button;
    }
    grid->setColumnStretch(5, 1);
    connect(m_reveal, &QPushButton::clicked, this, &ReviewAnswerBar::revealClicked);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(revealPanel);
    m_stack->addWidget(m_gradePanel);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 12);
    layout->addWidget(m_stack);
    // Both panels keep the height of the taller one, so the card above does not jump when the answer shows.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void ReviewAnswerBar::showQuestion()
{
    m_stack->setCurrentIndex(0);
}

void ReviewAnswerBar::showGrades(const std::array<QString, 4> &intervals)
{
    for (std::size_t i = 0; i < intervals.size(); ++i)
        m_intervals.at(i)->setText(intervals.at(i));
    m_stack->setCurrentIndex(1);
}

bool ReviewAnswerBar::showsGrades() const
{
    return m_stack->currentIndex() == 1;
}

} // namespace pmg
