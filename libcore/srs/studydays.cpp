// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "studydays.h"

#include <QTimeZone>

#include <algorithm>
#include <vector>

namespace pmg {

namespace {

constexpr qint64 msPerDay = 86'400'000;
constexpr qint64 msPerHour = 3'600'000;
constexpr qint64 epochJulianDay = 2'440'588; // 1970-01-01

qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

} // namespace

/// The zone's offset from UTC over [firstMs, endMs): `initial` until the first transition, then the offset after each.
struct StudyDays::Offsets {
    qint64 firstMs = 0;
    qint64 endMs = 0;
    int initial = 0;
    std::vector<qint64> transitionsMs;
    std::vector<int> after;

    /// How many transitions happened at or before `ms`.
    qsizetype index(qint64 ms) const
    {
        return std::upper_bound(transitionsMs.begin(), transitionsMs.end(), ms) - transitionsMs.begin();
    }
    int offset(qsizetype index) const { return index == 0 ? initial : after[static_cast<std::size_t>(index - 1)]; }
    bool covers(qint64 ms) const { return ms >= firstMs && ms < endMs; }
};

StudyDays::StudyDays(DayBoundary boundary)
    : m_boundary(std::move(boundary))
{
    const QTimeZone zone = m_boundary.zone();
    // Without transition data a zone that is not a fixed offset could still change its offset: always ask Qt then.
    if (!zone.isUtcOrFixedOffset() && !zone.hasTransitions())
        return;
    const QDateTime first(QDate(1900, 1, 1), QTime(0, 0), QTimeZone::UTC);
    const QDateTime end(QDate(2200, 1, 1), QTime(0, 0), QTimeZone::UTC);
    auto offsets = std::make_shared<Offsets>();
    offsets->firstMs = first.toMSecsSinceEpoch();
    offsets->endMs = end.toMSecsSinceEpoch();
    offsets->initial = zone.offsetFromUtc(first);
    if (zone.hasTransitions()) {
        // Year by year: Qt 6.8 answers a range that starts in the zone file's data (up to 2037) and ends after it
        // with the file's transitions only, leaving out those it computes from the zone's rule.
        for (int year = first.date().year(); year < end.date().year(); ++year) {
            const QDateTime from(QDate(year, 1, 1), QTime(0, 0), QTimeZone::UTC);
            for (const QTimeZone::OffsetData &transition : zone.transitions(from, from.addYears(1))) {
                const qint64 at = transition.atUtc.toMSecsSinceEpoch();
                if (at <= offsets->firstMs) {
                    offsets->initial = transition.offsetFromUtc;
                } else if (at < offsets->endMs
                           && (offsets->transitionsMs.empty() || at > offsets->transitionsMs.back())) {
                    offsets->transitionsMs.push_back(at);
                    offsets->after.push_back(transition.offsetFromUtc);
                }
            }
        }
    }
    m_offsets = std::move(offsets);
}

std::optional<int> StudyDays::offsetAt(qint64 msecsSinceEpoch) const
{
    if (!m_offsets || !m_offsets->covers(msecsSinceEpoch))
        return std::nullopt;
    return m_offsets->offset(m_offsets->index(msecsSinceEpoch));
}

QDate StudyDays::studyDay(const QDateTime &instant) const
{
    const qint64 ms = instant.toMSecsSinceEpoch();
    const std::optional<int> offset = instant.isValid() ? offsetAt(ms) : std::nullopt;
    if (!offset)
        return m_boundary.studyDay(instant);
    // The local wall time, shifted so that the rollover hour becomes midnight: its date is the study day.
    const qint64 shifted = ms + qint64{*offset} * 1000 - m_boundary.rolloverHour() * msPerHour;
    return QDate::fromJulianDay(epochJulianDay + floorDiv(shifted, msPerDay));
}

QDateTime StudyDays::startOf(QDate day) const
{
    if (!day.isValid() || !m_offsets)
        return m_boundary.startOf(day);
    // The wall time "day at the rollover hour" read as if it were UTC; the start is the instant u with
    // u + offset(u) = wall. With at most one transition within a day either side, the only candidates are the
    // offsets before and after it; exactly one of them must fit, otherwise the hour is in a gap or an overlap and
    // DayBoundary (Qt) decides.
    const qint64 wall = (day.toJulianDay() - epochJulianDay) * msPerDay + m_boundary.rolloverHour() * msPerHour;
    const Offsets &o = *m_offsets;
    if (!o.covers(wall - msPerDay) || !o.covers(wall + msPerDay))
        return m_boundary.startOf(day);
    const qsizetype before = o.index(wall - msPerDay);
    const qsizetype after = o.index(wall + msPerDay);
    // No transition within a day either side (nearly always): offsets are under a day, so u is in that window.
    if (after == before)
        return QDateTime::fromMSecsSinceEpoch(wall - qint64{o.offset(before)} * 1000, QTimeZone::UTC);
    if (after - before > 1)
        return m_boundary.startOf(day);
    const auto fits = [&](int offset) { return o.offset(o.index(wall - qint64{offset} * 1000)) == offset; };
    const int offsetBefore = o.offset(before);
    const int offsetAfter = o.offset(after);
    const bool beforeFits = fits(offsetBefore);
    const bool afterFits = fits(offsetAfter);
    if (offsetBefore != offsetAfter && beforeFits == afterFits)
        return m_boundary.startOf(day);
    const int offset = beforeFits ? offsetBefore : offsetAfter;
    if (!fits(offset))
        return m_boundary.startOf(day);
    return QDateTime::fromMSecsSinceEpoch(wall - qint64{offset} * 1000, QTimeZone::UTC);
}

qint64 StudyDays::daysBetween(const QDateTime &from, const QDateTime &to) const
{
    return studyDay(from).daysTo(studyDay(to));
}

} // namespace pmg
