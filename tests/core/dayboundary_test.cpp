// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The study day: rollover hour, time zones, DST changes, month ends and leap days, all on fixed instants.
#include "clock/clock.h"

#include <gtest/gtest.h>

using namespace pmg;

namespace {

const QTimeZone berlin("Europe/Berlin");
const QTimeZone newYork("America/New_York");

QDateTime at(const QTimeZone &zone, int y, int mo, int d, int h, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), zone);
}

} // namespace

TEST(DayBoundaryTest, BeforeTheRolloverHourIsStillTheDayBefore)
{
    const DayBoundary boundary(berlin, 4);
    EXPECT_EQ(boundary.studyDay(at(berlin, 2026, 12, 4, 3, 59)), QDate(2026, 12, 3));
    EXPECT_EQ(boundary.studyDay(at(berlin, 2026, 12, 4, 4, 0)), QDate(2026, 12, 4));
    EXPECT_EQ(boundary.studyDay(at(berlin, 2026, 12, 4, 23, 59)), QDate(2026, 12, 4));
}

TEST(DayBoundaryTest, TheZoneDecidesTheDayOfAUtcInstant)
{
    const QDateTime instant(QDate(2026, 12, 4), QTime(2, 30), QTimeZone(QTimeZone::UTC));
    EXPECT_EQ(DayBoundary(berlin, 4).studyDay(instant), QDate(2026, 12, 3)); // 03:30 in Berlin
    EXPECT_EQ(DayBoundary(berlin, 0).studyDay(instant), QDate(2026, 12, 4));
    EXPECT_EQ(DayBoundary(newYork, 4).studyDay(instant), QDate(2026, 12, 3)); // 21:30 the evening before
}

TEST(DayBoundaryTest, MonthEndsAndLeapDays)
{
    const DayBoundary boundary(berlin, 4);
    EXPECT_EQ(boundary.studyDay(at(berlin, 2028, 3, 1, 1)), QDate(2028, 2, 29));
    EXPECT_EQ(boundary.studyDay(at(berlin, 2027, 3, 1, 1)), QDate(2027, 2, 28));
    EXPECT_EQ(boundary.studyDay(at(berlin, 2027, 1, 1, 3)), QDate(2026, 12, 31));
    EXPECT_EQ(boundary.daysBetween(at(berlin, 2028, 2, 28, 12), at(berlin, 2028, 3, 1, 12)), 2);
}

TEST(DayBoundaryTest, DaylightSavingChangesKeepTheWallClockRollover)
{
    const DayBoundary boundary(berlin, 4);
    // 2026-03-29 02:00: clocks jump to 03:00 in Berlin, inside the study day that began on the 28th at 04:00, so that
    // study day is 23 hours long and the next one 24 again.
    EXPECT_EQ(boundary.startOf(QDate(2026, 3, 29)), at(berlin, 2026, 3, 29, 4).toUTC());
    const auto length = [&](QDate day) {
        return boundary.startOf(day.addDays(1)).toSecsSinceEpoch() - boundary.startOf(day).toSecsSinceEpoch();
    };
    EXPECT_EQ(length(QDate(2026, 3, 28)), 23 * 3600);
    EXPECT_EQ(length(QDate(2026, 3, 29)), 24 * 3600);
    // 2026-10-25 03:00: clocks go back to 02:00; the study day of the 24th lasts 25 hours.
    EXPECT_EQ(length(QDate(2026, 10, 24)), 25 * 3600);
    EXPECT_EQ(boundary.studyDay(at(berlin, 2026, 10, 25, 2, 30)), QDate(2026, 10, 24));
    // 24 hours after 20:00 on the day before the change is 19:00 the next day, still one study day later.
    const QDateTime evening = at(berlin, 2026, 10, 24, 20);
    EXPECT_EQ(boundary.daysBetween(evening, evening.addSecs(24 * 3600)), 1);
}

TEST(DayBoundaryTest, ARolloverHourInsideADstGapStartsAfterTheGap)
{
    const DayBoundary boundary(berlin, 2); // 02:00 does not exist on 2026-03-29
    const QDateTime start = boundary.startOf(QDate(2026, 3, 29));
    EXPECT_EQ(start, at(berlin, 2026, 3, 29, 3).toUTC());
    EXPECT_EQ(boundary.studyDay(start), QDate(2026, 3, 29));
    EXPECT_EQ(boundary.studyDay(start.addSecs(-1)), QDate(2026, 3, 28));
}

TEST(DayBoundaryTest, ImpossibleSettingsAreClamped)
{
    EXPECT_EQ(DayBoundary(berlin, 31).rolloverHour(), 23);
    EXPECT_EQ(DayBoundary(berlin, -3).rolloverHour(), 0);
    EXPECT_TRUE(DayBoundary(QTimeZone("No/Such_Zone"), 4).zone().isValid());
}

TEST(ClockTest, FixedClockMovesOnlyWhenTold)
{
    FixedClock clock(at(berlin, 2026, 12, 31, 23, 30), DayBoundary(berlin, 4));
    EXPECT_EQ(clock.today(), QDate(2026, 12, 31));
    clock.advance(5 * 3600); // 04:30 on New Year's Day
    EXPECT_EQ(clock.today(), QDate(2027, 1, 1));
    EXPECT_EQ(clock.now().timeSpec(), Qt::UTC);
}
