// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Streaks, completion rates and the ritual reminder: pure functions over outcomes and days.
#include "routines/ritualreminder.h"
#include "routines/routinestats.h"

#include <gtest/gtest.h>

#include <vector>

using namespace pmg;

namespace {

/// Outcomes newest first ([0] is the current period); past the end: not tracked.
RoutineStats statsOf(const std::vector<std::optional<bool>> &outcomes, int periods = 12)
{
    return RoutineStats::of(
        [&](int ago) { return ago < int(outcomes.size()) ? outcomes[std::size_t(ago)] : std::nullopt; }, periods);
}

constexpr std::optional<bool> done = true;
constexpr std::optional<bool> missed = false;
constexpr std::optional<bool> untracked = std::nullopt;

} // namespace

TEST(RoutineStatsTest, TheStreakEndsWithTheCurrentPeriodWhenItIsComplete)
{
    EXPECT_EQ(statsOf({done, done, done, missed, done}).streak, 3);
}

TEST(RoutineStatsTest, AnOpenCurrentPeriodDoesNotBreakTheStreak)
{
    EXPECT_EQ(statsOf({missed, done, done, missed}).streak, 2);
    EXPECT_EQ(statsOf({missed, missed, done}).streak, 0);
    EXPECT_EQ(statsOf({missed}).streak, 0);
}

TEST(RoutineStatsTest, UntrackedPeriodsEndTheStreak)
{
    EXPECT_EQ(statsOf({done, done}).streak, 2);
    EXPECT_EQ(statsOf({done, done, untracked, done}).streak, 2);
}

TEST(RoutineStatsTest, TheRateCountsFinishedTrackedPeriodsOnly)
{
    // The current period (done or not) is not finished; two of the three tracked ones before it were completed.
    const RoutineStats stats = statsOf({missed, done, missed, done});
    EXPECT_EQ(stats.tracked, 3);
    EXPECT_EQ(stats.completed, 2);
    ASSERT_TRUE(stats.rate());
    EXPECT_DOUBLE_EQ(*stats.rate(), 2.0 / 3.0);
    EXPECT_FALSE(statsOf({done}).rate()); // the first period: nothing finished yet
}

TEST(RoutineStatsTest, TheRateLooksAtTheLastNPeriods)
{
    const RoutineStats stats = statsOf({done, done, done, missed, missed, missed}, 2);
    EXPECT_EQ(stats.tracked, 2);
    EXPECT_EQ(stats.completed, 2);
    EXPECT_EQ(stats.streak, 3);
}

TEST(RoutineStatsTest, AStreakThatNeverEndsIsBounded)
{
    const RoutineStats stats = RoutineStats::of([](int) { return std::optional<bool>(true); }, 12);
    EXPECT_EQ(stats.streak, 10'001);
}

TEST(RitualReminderTest, DueInTheLastWeekOfTheMonthWhileTheRitualIsOpen)
{
    EXPECT_FALSE(RitualReminder::isDue(QDate(2026, 12, 24), false)); // 8 days left
    EXPECT_TRUE(RitualReminder::isDue(QDate(2026, 12, 25), false));  // the last 7 days
    EXPECT_TRUE(RitualReminder::isDue(QDate(2026, 12, 31), false));
    EXPECT_FALSE(RitualReminder::isDue(QDate(2026, 12, 31), true));
    EXPECT_FALSE(RitualReminder::isDue(QDate(2027, 1, 1), false));
    // February's last week, in a leap year and in another.
    EXPECT_TRUE(RitualReminder::isDue(QDate(2028, 2, 23), false));
    EXPECT_FALSE(RitualReminder::isDue(QDate(2028, 2, 22), false));
    EXPECT_TRUE(RitualReminder::isDue(QDate(2027, 2, 22), false));
    EXPECT_FALSE(RitualReminder::isDue(QDate(), false));
}
