// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dayboundary.h"

#include <algorithm>

namespace pmg {

DayBoundary::DayBoundary(QTimeZone zone, int rolloverHour)
    : m_zone(zone.isValid() ? std::move(zone) : QTimeZone(QTimeZone::UTC))
    , m_rolloverHour(std::clamp(rolloverHour, 0, 23))
{}

QDate DayBoundary::studyDay(const QDateTime &instant) const
{
    const QDateTime local = instant.toTimeZone(m_zone);
    const QDate date = local.date();
    return local.time().hour() < m_rolloverHour ? date.addDays(-1) : date;
}

QDateTime DayBoundary::startOf(QDate day) const
{
    // Qt resolves a wall time inside a DST gap by moving it forward by the gap (QDateTime's default
    // TransitionResolution), which is the first real instant of that study day.
    return QDateTime(day, QTime(m_rolloverHour, 0), m_zone).toUTC();
}

qint64 DayBoundary::daysBetween(const QDateTime &from, const QDateTime &to) const
{
    return studyDay(from).daysTo(studyDay(to));
}

} // namespace pmg
