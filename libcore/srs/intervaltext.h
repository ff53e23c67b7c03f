// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cardstate.h"

#include <QDateTime>
#include <QString>

namespace pmg {

/// Intervals as Anki writes them on its answer buttons ("1m", "10m", "2d", "1.3mo", "1.2y"): the largest unit that
/// fits (a month is a twelfth of 365 days), seconds, minutes and days rounded to whole units, hours, months and years
/// to one decimal (rslib scheduler/timespan.rs, answer_button_time).
class IntervalText final
{
public:
    /// `seconds` (negative ones count as 0) in the short form.
    static QString format(qint64 seconds);
    /// The interval an answer gives: the review interval in days when it set one, else the time until the step is due.
    static qint64 seconds(const CardState &next, const QDateTime &now);
    /// format(seconds(next, now)).
    static QString of(const CardState &next, const QDateTime &now) { return format(seconds(next, now)); }
};

} // namespace pmg
