// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rating.h"

#include <QDateTime>
#include <QString>

#include <algorithm>

namespace pmg {

/// One row of the review log, the source of truth from which every card's state is replayed.
struct ReviewEntry {
    /// Answer times above this are recorded as this, as Anki caps them (deck option "Maximum answer seconds", 60).
    static constexpr qint64 maximumDurationMs = 60'000;

    QString cardId;
    /// When the card was answered, in UTC, to the millisecond.
    QDateTime reviewedAt;
    /// The learner's offset from UTC at that moment, in seconds (for statistics by local hour and for export).
    int utcOffsetSeconds = 0;
    Rating rating = Rating::Good;
    /// How long the answer took, 0 … maximumDurationMs.
    qint64 durationMs = 0;
    /// The device the review was made on (merging logs of several devices).
    QString deviceId;

    bool operator==(const ReviewEntry &) const = default;

    /// A duration as it is recorded: negative values (a clock step) become 0, long ones the cap.
    static qint64 cappedDuration(qint64 ms) { return std::clamp<qint64>(ms, 0, maximumDurationMs); }

    /// An entry as it is recorded: time in UTC (QDateTime keeps milliseconds), duration capped.
    static ReviewEntry record(QString cardId, const QDateTime &reviewedAt, int utcOffsetSeconds, Rating rating,
                              qint64 durationMs, QString deviceId)
    {
        ReviewEntry entry;
        entry.cardId = std::move(cardId);
        entry.reviewedAt = reviewedAt.isValid() ? reviewedAt.toUTC() : QDateTime();
        entry.utcOffsetSeconds = utcOffsetSeconds;
        entry.rating = rating;
        entry.durationMs = cappedDuration(durationMs);
        entry.deviceId = std::move(deviceId);
        return entry;
    }
};

} // namespace pmg
