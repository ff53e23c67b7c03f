// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cardinfo.h"
#include "reviewentry.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>

namespace pmg {

class Scheduler;

/// The review log and card states as CSV, for migrating, syncing by hand and scripting (`garden reviews import|export`,
/// `garden cards export`). Reviews: `card_id,reviewed_at,rating,duration_ms`, reviewed_at ISO-8601 with its UTC
/// offset. RFC 4180 quoting. An import is all or nothing: every problem is reported with its line.
class ReviewCsv final
{
public:
    static constexpr qint64 maximumBytes = qint64(64) << 20;
    static const QByteArray reviewsHeader;
    static const QByteArray cardsHeader;

    struct Problem {
        int line = 0;
        QString reason;
    };
    struct Parsed {
        QList<ReviewEntry> entries;
        QList<Problem> problems;
    };

    /// Parses a reviews file; `knownCard` tells which card ids exist. Entries get `deviceId`.
    static Parsed parseReviews(const QByteArray &data, const std::function<bool(const QString &)> &knownCard,
                               const QString &deviceId);
    static QByteArray writeReviews(const QList<ReviewEntry> &entries);
    /// `card_id,state,due,stability,difficulty,retrievability,reps,lapses`, retrievability at `at`, full precision.
    static QByteArray writeCards(const QList<CardInfo> &cards, const Scheduler &scheduler, const QDateTime &at);

    /// Splits one CSV record (no line break inside); std::nullopt when its quoting is broken.
    static std::optional<QStringList> splitRecord(const QString &line);
};

} // namespace pmg
