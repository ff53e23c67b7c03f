// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// StudyDays is a faster DayBoundary: it must give DayBoundary's answers everywhere, DST gaps and overlaps (at the
// rollover hour too), half-hour and 45-minute zones, midnight transitions, fixed offsets and years after 2037.
#include "srs/studydays.h"
#include "support/qtprinters.h"

#include <QTimeZone>

#include <gtest/gtest.h>

namespace pmg {
namespace {

struct Pair {
    DayBoundary boundary;
    StudyDays days;
    std::string name;
};

/// Every zone with every rollover hour (built once: a StudyDays reads its zone's transitions when constructed).
const std::vector<Pair> &pairs()
{
    static const std::vector<Pair> all = [] {
        std::vector<Pair> list;
        for (const QTimeZone &zone :
             {QTimeZone("Europe/Berlin"), QTimeZone("America/New_York"), QTimeZone("Australia/Lord_Howe"),
              QTimeZone("Asia/Kathmandu"), QTimeZone("America/Santiago"), QTimeZone(QTimeZone::UTC),
              QTimeZone::fromSecondsAheadOfUtc(-9000)}) {
            for (int hour : {0, 2, 3, 4, 23}) {
                const DayBoundary boundary(zone, hour);
                list.push_back(
                    {boundary, StudyDays(boundary), zone.id().toStdString() + " rollover " + std::to_string(hour)});
            }
        }
        return list;
    }();
    return all;
}

QDateTime utc(int y, int mo, int d)
{
    return QDateTime(QDate(y, mo, d), QTime(0, 0), QTimeZone(QTimeZone::UTC));
}

TEST(StudyDaysTest, StudyDayIsDayBoundarysEveryFewHoursFrom2010To2042)
{
    for (const Pair &p : pairs()) {
        // 11 h 7 min apart, so every time of day comes up; past 2037 Qt computes from the zone's rule.
        for (QDateTime t = utc(2010, 1, 1); t < utc(2042, 1, 1); t = t.addSecs(11 * 3600 + 7 * 60)) {
            ASSERT_EQ(p.days.studyDay(t), p.boundary.studyDay(t))
                << p.name << " at " << t.toString(Qt::ISODate).toStdString();
        }
    }
}

TEST(StudyDaysTest, StudyDayAroundEveryTransition)
{
    for (const Pair &p : pairs()) {
        const QTimeZone zone = p.boundary.zone();
        if (!zone.hasTransitions())
            continue;
        for (int year = 2010; year < 2042; ++year) {
            for (const QTimeZone::OffsetData &transition : zone.transitions(utc(year, 1, 1), utc(year + 1, 1, 1))) {
                const QDateTime at = transition.atUtc;
                for (QDateTime t = at.addSecs(-3 * 3600); t < at.addSecs(3 * 3600); t = t.addSecs(600)) {
                    ASSERT_EQ(p.days.studyDay(t), p.boundary.studyDay(t))
                        << p.name << " at " << t.toString(Qt::ISODate).toStdString();
                }
            }
        }
    }
}

TEST(StudyDaysTest, StartOfEveryDayIsDayBoundarys)
{
    for (const Pair &p : pairs()) {
        for (QDate day(2020, 1, 1); day < QDate(2042, 1, 1); day = day.addDays(1)) {
            ASSERT_EQ(p.days.startOf(day), p.boundary.startOf(day))
                << p.name << " on " << day.toString(Qt::ISODate).toStdString();
        }
    }
}

TEST(StudyDaysTest, OutsideTheTableDayBoundaryAnswers)
{
    const DayBoundary boundary(QTimeZone("Europe/Berlin"), 4);
    const StudyDays days(boundary);
    for (const QDateTime &t : {utc(1850, 6, 1), utc(1899, 12, 31), utc(2199, 12, 31), utc(2250, 3, 30)}) {
        EXPECT_EQ(days.studyDay(t), boundary.studyDay(t)) << t.toString(Qt::ISODate).toStdString();
        EXPECT_EQ(days.startOf(t.date()), boundary.startOf(t.date())) << t.toString(Qt::ISODate).toStdString();
    }
    EXPECT_EQ(days.studyDay(QDateTime()), boundary.studyDay(QDateTime()));
    EXPECT_EQ(days.startOf(QDate()), boundary.startOf(QDate()));
    EXPECT_EQ(days.daysBetween(utc(2028, 2, 28), utc(2028, 3, 1)), 2);
}

} // namespace
} // namespace pmg
