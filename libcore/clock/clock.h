// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dayboundary.h"

#include <QDateTime>

namespace pmg {

/// The one source of "now" for the app: UTC time plus the learner's day boundary (time zone and rollover hour).
/// Injected once (Garden owns it) and passed down; widgets and services never read the wall clock themselves, so tests
/// run on a FixedClock across DST changes, month ends and leap days without sleeping.
class Clock
{
public:
    explicit Clock(DayBoundary boundary = DayBoundary())
        : m_boundary(std::move(boundary))
    {}
    virtual ~Clock() = default;
    Clock(const Clock &) = delete;
    Clock &operator=(const Clock &) = delete;

    /// The current instant, in UTC.
    virtual QDateTime now() const = 0;

    const DayBoundary &boundary() const { return m_boundary; }
    void setBoundary(DayBoundary boundary) { m_boundary = std::move(boundary); }
    /// The study day it is now.
    QDate today() const { return m_boundary.studyDay(now()); }

private:
    DayBoundary m_boundary;
};

/// The real clock.
class SystemClock final : public Clock
{
public:
    using Clock::Clock;
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

/// A clock that only moves when told to (tests, benchmarks, replays).
class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime now, DayBoundary boundary = DayBoundary(QTimeZone(QTimeZone::UTC)))
        : Clock(std::move(boundary))
        , m_now(now.toUTC())
    {}
    QDateTime now() const override { return m_now; }
    void set(const QDateTime &now) { m_now = now.toUTC(); }
    void advance(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};

} // namespace pmg
