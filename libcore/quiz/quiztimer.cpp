// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quiztimer.h"

#include <algorithm>

namespace pmg {

QuizTimer QuizTimer::start(QuizMode mode, qint64 limitMs, const QDateTime &now)
{
    QuizTimer timer;
    timer.mode = mode;
    timer.limitMs = std::max<qint64>(0, limitMs);
    timer.startedAt = now;
    if (mode == QuizMode::Practice)
        timer.runningSince = now;
    return timer;
}

qint64 QuizTimer::usedMs(const QDateTime &now) const
{
    qint64 used = 0;
    if (mode == QuizMode::Exam)
        used = startedAt.msecsTo(now);
    else
        used = bankedMs + (runningSince ? runningSince->msecsTo(now) : 0);
    // A clock set back (or an instant before the start) never makes time negative.
    used = std::max<qint64>(0, used);
    return isTimed() ? std::min(used, limitMs) : used;
}

std::optional<qint64> QuizTimer::remainingMs(const QDateTime &now) const
{
    if (!isTimed())
        return std::nullopt;
    return limitMs - usedMs(now);
}

bool QuizTimer::isExpired(const QDateTime &now) const
{
    const std::optional<qint64> left = remainingMs(now);
    return left && *left <= 0;
}

std::optional<QDateTime> QuizTimer::expiresAt() const
{
    if (!isTimed())
        return std::nullopt;
    if (mode == QuizMode::Exam)
        return startedAt.addMSecs(limitMs);
    if (!runningSince)
        return std::nullopt;
    return runningSince->addMSecs(std::max<qint64>(0, limitMs - bankedMs));
}

QuizTimer QuizTimer::paused(const QDateTime &now) const
{
    if (mode == QuizMode::Exam || !runningSince)
        return *this;
    QuizTimer next = *this;
    next.bankedMs = usedMs(now);
    next.runningSince.reset();
    return next;
}

QuizTimer QuizTimer::running(const QDateTime &now) const
{
    if (mode == QuizMode::Exam)
        return *this;
    QuizTimer next = paused(now);
    next.runningSince = now;
    return next;
}

} // namespace pmg
