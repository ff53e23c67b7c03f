// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "quizmode.h"

#include <QDateTime>

#include <optional>

namespace pmg {

/// An attempt's time, as plain arithmetic over instants the caller passes in (the garden's Clock): nothing here reads
/// the wall clock or sleeps.
///
/// Exam: the deadline is `startedAt + limit`, whatever happens (pauses are not allowed, and closing the app does not
/// stop it). Practice: only the stretches while the attempt is being taken count: `banked` holds the time of the
/// stretches that ended, `runningSince` the start of the current one (none while paused or closed).
struct QuizTimer {
    QuizMode mode = QuizMode::Practice;
    qint64 limitMs = 0; ///< 0: no time limit
    QDateTime startedAt;
    qint64 bankedMs = 0;
    std::optional<QDateTime> runningSince;

    /// A timer that starts at `now` (running, for practice).
    static QuizTimer start(QuizMode mode, qint64 limitMs, const QDateTime &now);

    bool isTimed() const { return limitMs > 0; }
    bool isRunning() const { return mode == QuizMode::Exam || runningSince.has_value(); }

    /// Time taken so far, never more than the limit.
    qint64 usedMs(const QDateTime &now) const;
    /// Time left, never below 0; none when untimed.
    std::optional<qint64> remainingMs(const QDateTime &now) const;
    bool isExpired(const QDateTime &now) const;
    /// When the time runs out if nothing changes: the exam's deadline, or the end of the current practice stretch;
    /// none while paused or untimed.
    std::optional<QDateTime> expiresAt() const;

    /// Practice: ends the current stretch at `now` (its time is banked). Exam: unchanged.
    QuizTimer paused(const QDateTime &now) const;
    /// Practice: starts a stretch at `now` (banking a running one first). Exam: unchanged.
    QuizTimer running(const QDateTime &now) const;
};

} // namespace pmg
