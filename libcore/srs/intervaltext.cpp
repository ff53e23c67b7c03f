// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "intervaltext.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace pmg {

namespace {

constexpr double minute = 60;
constexpr double hour = 60 * minute;
constexpr double day = 24 * hour;
constexpr double year = 365 * day;
constexpr double month = year / 12;

QString amount(double value, bool whole)
{
    const double rounded = whole ? std::round(value) : std::round(value * 10) / 10;
    // "2" rather than "2.0", as Fluent prints the number Anki passes.
    return QString::number(rounded, 'f', whole || rounded == std::floor(rounded) ? 0 : 1);
}

} // namespace

QString IntervalText::format(qint64 seconds)
{
    const double s = double(std::max<qint64>(0, seconds));
    if (s < minute)
        return amount(s, true) + u's';
    if (s < hour)
        return amount(s / minute, true) + u'm';
    if (s < day)
        return amount(s / hour, false) + u'h';
    if (s < month)
        return amount(s / day, true) + u'd';
    if (s < year)
        return amount(s / month, false) + u"mo"_s;
    return amount(s / year, false) + u'y';
}

qint64 IntervalText::seconds(const CardState &next, const QDateTime &now)
{
    if (next.scheduledDays > 0)
        return qint64(next.scheduledDays) * 86'400;
    return next.due.isValid() ? std::max<qint64>(0, now.secsTo(next.due)) : 0;
}

} // namespace pmg
