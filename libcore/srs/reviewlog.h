// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reviewentry.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace pmg {

class Database;

/// The review log in the study database (table review_log, migration 5): the learner's most valuable data. Rows are
/// appended and, only for an undo, deleted; never rewritten. Joins the caller's transaction (a service opens it).
class ReviewLog final
{
public:
    explicit ReviewLog(Database &db);

    /// Appends `entry`; its row id, or std::nullopt on a database error (see the Database's error).
    std::optional<qint64> append(const ReviewEntry &entry);
    /// Appends every entry not yet in the log (same card, instant and rating); the number added, or -1 on error.
    qint64 merge(const QList<ReviewEntry> &entries);
    bool remove(qint64 id);
    /// A card's reviews, oldest first (ties in their order of arrival).
    QList<ReviewEntry> history(const QString &cardId) const;
    /// Row ids of history(cardId), in the same order.
    QList<qint64> historyIds(const QString &cardId) const;
    bool hasHistory(const QString &cardId) const;
    /// Calls `visit` for every entry in storage order (a full scan: sort afterwards, do not walk an index); false when
    /// reading failed.
    bool forEach(const std::function<void(ReviewEntry &&)> &visit) const;
    /// Increases with every change to the log (kept by triggers), so derived data can tell whether it is current.
    qint64 version() const;
    qint64 count() const;
    /// Reviews answered in [from, to).
    qint64 countBetween(const QDateTime &from, const QDateTime &to) const;

    /// Carries the history of `oldId` over to `newId` (an explicit rename, recorded in card_renames).
    bool rename(const QString &oldId, const QString &newId, const QDateTime &now);

private:
    Database &m_db;
};

} // namespace pmg
