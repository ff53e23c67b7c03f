// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

namespace pmg {

/// Where one study day ends and the next begins: the rollover hour in the learner's time zone (Anki's "next day
/// starts at", default 04:00), so a review at 01:30 still belongs to the evening before. Pure value type: scheduling,
/// period arithmetic and streaks take one of these instead of reading the system's zone.
class DayBoundary final
{
public:
    static constexpr int defaultRolloverHour = 4;

    /// `rolloverHour` is clamped to 0..23.
    explicit DayBoundary(QTimeZone zone = QTimeZone::systemTimeZone(), int rolloverHour = defaultRolloverHour);

    QTimeZone zone() const { return m_zone; }
    int rolloverHour() const { return m_rolloverHour; }

    /// The study day `instant` falls in. Wall-clock based: on a DST change the day still turns at the rollover hour
    /// shown on the learner's clock.
    QDate studyDay(const QDateTime &instant) const;
    /// The instant (UTC) at which study day `day` begins. When the rollover hour does not exist that day (a DST gap),
    /// the first instant after the gap.
    QDateTime startOf(QDate day) const;
    /// Whole study days from the day of `from` to the day of `to` (negative when `to` is earlier): what FSRS calls the
    /// elapsed days, counted between day boundaries as Anki does.
    qint64 daysBetween(const QDateTime &from, const QDateTime &to) const;

private:
    QTimeZone m_zone;
    int m_rolloverHour;
};

} // namespace pmg
