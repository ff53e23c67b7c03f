// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The answer buttons' intervals, written as Anki writes them (rslib scheduler/timespan.rs, answer_button_time).
#include "srs/intervaltext.h"

#include <QTimeZone>

#include <gtest/gtest.h>

namespace pmg {
namespace {

TEST(IntervalText, UsesTheLargestUnitThatFitsRoundedAsAnki)
{
    constexpr qint64 day = 86'400;
    EXPECT_EQ(IntervalText::format(0), u"0s");
    EXPECT_EQ(IntervalText::format(-5), u"0s");
    EXPECT_EQ(IntervalText::format(59), u"59s");
    EXPECT_EQ(IntervalText::format(60), u"1m");
    EXPECT_EQ(IntervalText::format(600), u"10m");
    EXPECT_EQ(IntervalText::format(89), u"1m");
    EXPECT_EQ(IntervalText::format(3600), u"1h");
    EXPECT_EQ(IntervalText::format(5400), u"1.5h");
    EXPECT_EQ(IntervalText::format(day), u"1d");
    EXPECT_EQ(IntervalText::format(2 * day), u"2d");
    EXPECT_EQ(IntervalText::format(30 * day), u"30d"); // a month is 30.42 days
    EXPECT_EQ(IntervalText::format(40 * day), u"1.3mo");
    EXPECT_EQ(IntervalText::format(61 * day), u"2mo");
    EXPECT_EQ(IntervalText::format(438 * day), u"1.2y");
    EXPECT_EQ(IntervalText::format(730 * day), u"2y");
}

TEST(IntervalText, TakesReviewIntervalsInDaysAndStepsToTheirDueTime)
{
    const QDateTime now(QDate(2026, 11, 24), QTime(10, 0), QTimeZone(QTimeZone::UTC));
    CardState review;
    review.phase = CardPhase::Review;
    review.scheduledDays = 3;
    review.due = now.addSecs(2 * 86'400 + 3600); // due at the start of a study day, not 3 × 24 h from now
    EXPECT_EQ(IntervalText::seconds(review, now), 3 * 86'400);
    EXPECT_EQ(IntervalText::of(review, now), u"3d");

    CardState step;
    step.phase = CardPhase::Learning;
    step.due = now.addSecs(600);
    EXPECT_EQ(IntervalText::of(step, now), u"10m");
    EXPECT_EQ(IntervalText::seconds(CardState(), now), 0) << "a new card has no due time";
}

} // namespace
} // namespace pmg
