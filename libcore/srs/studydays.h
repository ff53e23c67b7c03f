// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clock/dayboundary.h"

#include <memory>
#include <optional>

namespace pmg {

/// DayBoundary's study days, with the zone's UTC offsets read from a table built once instead of asking QTimeZone
/// for every instant. A replay of the whole review log needs three study-day conversions per review (millions); Qt
/// takes about 0.1 µs for one before 2038 and several µs after (where it computes from the zone's rule), this about
/// 0.02 µs. The results are DayBoundary's own: the table covers 1900–2200 and anything it cannot decide with
/// certainty (an instant outside it, a rollover hour that falls in a DST gap or overlap) is passed to DayBoundary.
class StudyDays final
{
public:
    explicit StudyDays(DayBoundary boundary);

    const DayBoundary &boundary() const { return m_boundary; }

    /// Same as DayBoundary::studyDay.
    QDate studyDay(const QDateTime &instant) const;
    /// Same as DayBoundary::startOf.
    QDateTime startOf(QDate day) const;
    /// Same as DayBoundary::daysBetween.
    qint64 daysBetween(const QDateTime &from, const QDateTime &to) const;

private:
    struct Offsets;
    std::optional<int> offsetAt(qint64 msecsSinceEpoch) const;

    DayBoundary m_boundary;
    std::shared_ptr<const Offsets> m_offsets; ///< shared: copies of a StudyDays (and a Scheduler) stay cheap
};

} // namespace pmg
