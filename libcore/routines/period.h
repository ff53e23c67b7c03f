// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "curriculum/studyitems.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace pmg {

class DayBoundary;

/// One instance of a routine's rhythm: the study days a cadence groups together, with a stable key that ticks are
/// stored against. Periods are made of *study days* (see DayBoundary), so a tick at 01:30 on 1 December still belongs
/// to November's monthly period when the day turns at 04:00, and month ends, leap days and DST changes need no special
/// cases here: only the boundary turns days into instants.
///
/// - daily: one study day, key "2026-12-04";
/// - weekly: an ISO 8601 week, Monday to Sunday, key "2026-W49" (the ISO week-numbering year: 2027-01-01 is in
///   "2026-W53");
/// - monthly: a calendar month, key "2026-12";
/// - 30-day and 90-day: consecutive windows of 30 or 90 study days counted from a fixed anchor day, Monday
///   2026-01-05 (anchor()), keys "30d-2026-11-01" and "90d-2026-10-02" (the window's first day). A fixed anchor rather
///   than the profile's first day keeps a key meaning the same days forever, in every profile and after a restore.
struct Period {
    Cadence cadence = Cadence::Daily;
    QDate first; ///< first study day
    QDate last;  ///< last study day (inclusive)
    QString key;

    /// The period of `cadence` that contains study day `day`.
    static Period containing(Cadence cadence, QDate day);
    /// The day the 30-day and 90-day windows are counted from.
    static QDate anchor() { return QDate(2026, 1, 5); }

    bool isValid() const { return first.isValid(); }
    bool contains(QDate day) const { return day >= first && day <= last; }
    qint64 days() const { return first.daysTo(last) + 1; }
    Period previous() const { return containing(cadence, first.addDays(-1)); }
    Period next() const { return containing(cadence, last.addDays(1)); }

    /// The instant (UTC) the period begins and the one it ends, exclusive: [start, end).
    QDateTime start(const DayBoundary &boundary) const;
    QDateTime end(const DayBoundary &boundary) const;

    bool operator==(const Period &other) const = default;
};

} // namespace pmg
