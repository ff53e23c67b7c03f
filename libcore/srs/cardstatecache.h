// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cardstate.h"
#include "daycounts.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace pmg {

class Database;

/// Derived data of spaced repetition, in the rebuildable index database (tables srs_cards, srs_daily, srs_meta): every
/// card's state as replayed from the review log, and per-study-day counts of the log. It is a cache: its Stamp says
/// what it was computed from, and a stamp that no longer matches means "rebuild from the log", never "trust".
class CardStateCache final
{
public:
    /// What the cache was computed from: the log's version counter, the scheduler's settings and the card set.
    struct Stamp {
        qint64 logVersion = -1;
        QString settings;
        QString cards;
        bool operator==(const Stamp &) const = default;
    };

    struct Card {
        QString id;
        int position = 0;     ///< order of new cards (curriculum order)
        bool retired = false; ///< in the log but no longer in the curriculum: hidden, history kept
        CardState state;
        QDateTime firstReview; ///< null for a new card
    };

    explicit CardStateCache(Database &db);

    Stamp stamp() const;
    bool setStamp(const Stamp &stamp);
    /// Replaces everything (in one transaction of the index database).
    bool rebuild(const QList<Card> &cards, const QList<DayCounts> &days, const Stamp &stamp);

    std::optional<Card> card(const QString &id) const;
    bool put(const Card &card);
    /// Adds `delta` to its day's counts (a grade: +; an undo: −).
    bool addToDay(const DayCounts &delta);

    /// Cards with a due time up to `until` (learning, review, relearning), soonest first; retired ones left out.
    QList<Card> dueUntil(const QDateTime &until) const;
    /// Up to `limit` cards due after `after`, soonest first, from the `offset`-th on; retired ones left out (the next
    /// due time without reading every scheduled card).
    QList<Card> dueAfter(const QDateTime &after, int limit, int offset = 0) const;
    /// New cards in curriculum order, from the `offset`-th on; retired ones left out.
    QList<Card> newCards(int limit, int offset = 0) const;
    /// Every card (the browser, statistics).
    QList<Card> all() const;
    QList<DayCounts> days(QDate from, QDate to) const;
    /// Cards first reviewed at or after `since` (new cards introduced today).
    int firstReviewedSince(const QDateTime &since) const;

private:
    Database &m_db;
};

} // namespace pmg
