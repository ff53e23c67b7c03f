// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "period.h"

#include "clock/dayboundary.h"

using namespace Qt::StringLiterals;

namespace pmg {

namespace {

qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

Period window(Cadence cadence, QDate day, int length, const QString &prefix)
{
    const qint64 index = floorDiv(Period::anchor().daysTo(day), length);
    Period period;
    period.cadence = cadence;
    period.first = Period::anchor().addDays(index * length);
    period.last = period.first.addDays(length - 1);
    period.key = prefix + period.first.toString(Qt::ISODate);
    return period;
}

} // namespace

Period Period::containing(Cadence cadence, QDate day)
{
    if (!day.isValid())
        return {};
    Period period;
    period.cadence = cadence;
    switch (cadence) {
    case Cadence::Daily:
        period.first = period.last = day;
        period.key = day.toString(Qt::ISODate);
        return period;
    case Cadence::Weekly: {
        int isoYear = 0;
        const int week = day.weekNumber(&isoYear);
        period.first = day.addDays(1 - day.dayOfWeek());
        period.last = period.first.addDays(6);
        period.key = u"%1-W%2"_s.arg(isoYear).arg(week, 2, 10, QChar(u'0'));
        return period;
    }
    case Cadence::Monthly:
        period.first = QDate(day.year(), day.month(), 1);
        period.last = QDate(day.year(), day.month(), day.daysInMonth());
        period.key = period.first.toString(u"yyyy-MM"_s);
        return period;
    case Cadence::ThirtyDay:
        return window(cadence, day, 30, u"30d-"_s);
    case Cadence::NinetyDay:
        return window(cadence, day, 90, u"90d-"_s);
    }
    return {};
}

QDateTime Period::start(const DayBoundary &boundary) const
{
    return boundary.startOf(first);
}

QDateTime Period::end(const DayBoundary &boundary) const
{
    return boundary.startOf(last.addDays(1));
}

} // namespace pmg
