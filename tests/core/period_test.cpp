// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Routine periods on fixed instants: the day-boundary hour, month ends, leap days, ISO weeks across the new year, the
// 30- and 90-day windows, and the instants a period spans across DST changes.
#include "clock/dayboundary.h"
#include "routines/period.h"
#include "support/qtprinters.h"

#include <gtest/gtest.h>

using namespace pmg;
using namespace Qt::StringLiterals;

namespace {

const QTimeZone berlin("Europe/Berlin");
const QTimeZone newYork("America/New_York");
const QTimeZone utc(QTimeZone::UTC);

QDateTime at(const QTimeZone &zone, int y, int mo, int d, int h, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), zone);
}

/// The period of `cadence` that the instant falls in, for a learner whose day turns at `hour` in `zone`.
Period periodAt(Cadence cadence, const QDateTime &instant, const QTimeZone &zone = berlin, int hour = 4)
{
    return Period::containing(cadence, DayBoundary(zone, hour).studyDay(instant));
}

qint64 hoursOf(const Period &period, const DayBoundary &boundary)
{
    return period.start(boundary).secsTo(period.end(boundary)) / 3600;
}

} // namespace

TEST(PeriodTest, KeysOfEveryCadence)
{
    const QDate day(2026, 12, 4);
    EXPECT_EQ(Period::containing(Cadence::Daily, day).key, u"2026-12-04"_s);
    EXPECT_EQ(Period::containing(Cadence::Weekly, day).key, u"2026-W49"_s);
    EXPECT_EQ(Period::containing(Cadence::Monthly, day).key, u"2026-12"_s);
    EXPECT_EQ(Period::containing(Cadence::ThirtyDay, day).key, u"30d-2026-12-01"_s);
    EXPECT_EQ(Period::containing(Cadence::NinetyDay, day).key, u"90d-2026-10-02"_s);

    const Period week = Period::containing(Cadence::Weekly, day);
    EXPECT_EQ(week.first, QDate(2026, 11, 30)); // Monday
    EXPECT_EQ(week.last, QDate(2026, 12, 6));   // Sunday
    EXPECT_EQ(week.days(), 7);
}

TEST(PeriodTest, TheDayBoundaryHourDecidesThePeriodOfAnInstant)
{
    // 03:59 on the first of the month in Berlin is still the last study day of the month before.
    EXPECT_EQ(periodAt(Cadence::Monthly, at(berlin, 2026, 12, 1, 3, 59)).key, u"2026-11"_s);
    EXPECT_EQ(periodAt(Cadence::Monthly, at(berlin, 2026, 12, 1, 4, 0)).key, u"2026-12"_s);
    EXPECT_EQ(periodAt(Cadence::Daily, at(berlin, 2026, 12, 1, 3, 59)).key, u"2026-11-30"_s);
    // With the day turning at midnight, the same instant is December.
    EXPECT_EQ(periodAt(Cadence::Monthly, at(berlin, 2026, 12, 1, 3, 59), berlin, 0).key, u"2026-12"_s);
    // One UTC instant, two learners: Monday morning in Berlin is still Sunday evening (last week) in New York.
    const QDateTime instant = at(utc, 2026, 12, 7, 3, 0);
    EXPECT_EQ(periodAt(Cadence::Weekly, instant, berlin, 0).key, u"2026-W50"_s);
    EXPECT_EQ(periodAt(Cadence::Weekly, instant, newYork, 0).key, u"2026-W49"_s);
}

TEST(PeriodTest, MonthEndsAndLeapDays)
{
    EXPECT_EQ(Period::containing(Cadence::Monthly, QDate(2027, 2, 14)).last, QDate(2027, 2, 28));
    const Period leapFebruary = Period::containing(Cadence::Monthly, QDate(2028, 2, 29));
    EXPECT_EQ(leapFebruary.key, u"2028-02"_s);
    EXPECT_EQ(leapFebruary.last, QDate(2028, 2, 29));
    EXPECT_EQ(leapFebruary.days(), 29);
    EXPECT_EQ(leapFebruary.next().key, u"2028-03"_s);
    EXPECT_EQ(Period::containing(Cadence::Monthly, QDate(2026, 4, 30)).days(), 30);
    EXPECT_EQ(Period::containing(Cadence::Monthly, QDate(2026, 1, 31)).next().first, QDate(2026, 2, 1));
    // The leap day is a study day of its own, reached from an instant on it.
    EXPECT_EQ(periodAt(Cadence::Daily, at(berlin, 2028, 3, 1, 2, 0)).key, u"2028-02-29"_s);
    EXPECT_EQ(Period::containing(Cadence::Daily, QDate(2028, 2, 29)).next().key, u"2028-03-01"_s);
}

TEST(PeriodTest, IsoWeeksAcrossTheNewYear)
{
    // 2026 has 53 ISO weeks: its last week runs into January 2027.
    EXPECT_EQ(Period::containing(Cadence::Weekly, QDate(2026, 12, 31)).key, u"2026-W53"_s);
    EXPECT_EQ(Period::containing(Cadence::Weekly, QDate(2027, 1, 3)).key, u"2026-W53"_s);
    EXPECT_EQ(Period::containing(Cadence::Weekly, QDate(2027, 1, 4)).key, u"2027-W01"_s);
    // And 2024's last days belong to 2025's first week.
    const Period week = Period::containing(Cadence::Weekly, QDate(2024, 12, 31));
    EXPECT_EQ(week.key, u"2025-W01"_s);
    EXPECT_EQ(week.first, QDate(2024, 12, 30));
    EXPECT_EQ(week.previous().key, u"2024-W52"_s);
    // Monday 03:59 is still Sunday's study day, in the week before.
    EXPECT_EQ(periodAt(Cadence::Weekly, at(berlin, 2024, 12, 30, 3, 59)).key, u"2024-W52"_s);
    EXPECT_EQ(periodAt(Cadence::Weekly, at(berlin, 2024, 12, 30, 4, 0)).key, u"2025-W01"_s);
}

TEST(PeriodTest, ThirtyAndNinetyDayWindowsFromTheAnchor)
{
    EXPECT_EQ(Period::anchor(), QDate(2026, 1, 5));
    EXPECT_EQ(Period::containing(Cadence::ThirtyDay, QDate(2026, 1, 5)).key, u"30d-2026-01-05"_s);
    EXPECT_EQ(Period::containing(Cadence::ThirtyDay, QDate(2026, 2, 3)).key, u"30d-2026-01-05"_s);
    EXPECT_EQ(Period::containing(Cadence::ThirtyDay, QDate(2026, 2, 4)).key, u"30d-2026-02-04"_s);
    // Before the anchor the windows go on backwards.
    const Period before = Period::containing(Cadence::ThirtyDay, QDate(2026, 1, 4));
    EXPECT_EQ(before.key, u"30d-2025-12-06"_s);
    EXPECT_EQ(before.last, QDate(2026, 1, 4));
    EXPECT_EQ(Period::containing(Cadence::NinetyDay, QDate(2026, 1, 4)).first, QDate(2025, 10, 7));

    // Consecutive and gapless, whatever the months: a year of 90-day windows.
    Period window = Period::containing(Cadence::NinetyDay, QDate(2027, 2, 28));
    for (int i = 0; i < 5; ++i) {
        const Period next = window.next();
        EXPECT_EQ(next.first, window.last.addDays(1));
        EXPECT_EQ(next.days(), 90);
        EXPECT_EQ(next.previous(), window);
        window = next;
    }
}

TEST(PeriodTest, InstantsOfAPeriodAcrossDstChanges)
{
    const DayBoundary boundary(berlin, 4);
    // Spring forward (29 March 2026, 02:00 → 03:00): the study day of the 28th runs 04:00 to 04:00, 23 hours.
    const Period shortDay = Period::containing(Cadence::Daily, QDate(2026, 3, 28));
    EXPECT_EQ(shortDay.start(boundary), at(utc, 2026, 3, 28, 3, 0));
    EXPECT_EQ(shortDay.end(boundary), at(utc, 2026, 3, 29, 2, 0));
    EXPECT_EQ(hoursOf(shortDay, boundary), 23);
    // Fall back (25 October 2026): 25 hours; the week around it 169.
    EXPECT_EQ(hoursOf(Period::containing(Cadence::Daily, QDate(2026, 10, 24)), boundary), 25);
    EXPECT_EQ(hoursOf(Period::containing(Cadence::Weekly, QDate(2026, 10, 24)), boundary), 7 * 24 + 1);
    EXPECT_EQ(hoursOf(Period::containing(Cadence::Monthly, QDate(2026, 3, 10)), boundary), 31 * 24 - 1);
    // An instant just before the end still belongs to the period, the end itself to the next one.
    const QDateTime end = shortDay.end(boundary);
    EXPECT_EQ(boundary.studyDay(end.addSecs(-1)), QDate(2026, 3, 28));
    EXPECT_EQ(boundary.studyDay(end), QDate(2026, 3, 29));
}

TEST(PeriodTest, ARolloverHourInsideTheDstGapStartsAfterTheGap)
{
    // The day turns at 02:00, an hour that does not exist on 29 March 2026 in Berlin.
    const DayBoundary boundary(berlin, 2);
    const Period day = Period::containing(Cadence::Daily, QDate(2026, 3, 29));
    EXPECT_EQ(day.start(boundary), at(utc, 2026, 3, 29, 1, 0)); // 03:00 CEST
    EXPECT_EQ(day.end(boundary), at(utc, 2026, 3, 30, 0, 0));   // 02:00 CEST
    EXPECT_EQ(Period::containing(Cadence::Daily, QDate(2026, 3, 28)).end(boundary), day.start(boundary));
}

TEST(PeriodTest, AnInvalidDayHasNoPeriod)
{
    EXPECT_FALSE(Period::containing(Cadence::Weekly, QDate()).isValid());
}
