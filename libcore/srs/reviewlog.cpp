// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewlog.h"

#include "store/database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace pmg {

namespace {

ReviewEntry entryFrom(const QSqlQuery &query, int first = 0)
{
    ReviewEntry entry;
    entry.cardId = query.value(first).toString();
    entry.reviewedAt = QDateTime::fromMSecsSinceEpoch(query.value(first + 1).toLongLong(), QTimeZone::UTC);
    entry.utcOffsetSeconds = query.value(first + 2).toInt();
    entry.rating = ratingFromInt(query.value(first + 3).toInt()).value_or(Rating::Again);
    entry.durationMs = query.value(first + 4).toLongLong();
    entry.deviceId = query.value(first + 5).toString();
    return entry;
}

void bind(QSqlQuery &query, const ReviewEntry &entry)
{
    query.bindValue(0, entry.cardId);
    query.bindValue(1, entry.reviewedAt.toMSecsSinceEpoch());
    query.bindValue(2, entry.utcOffsetSeconds);
    query.bindValue(3, ratingValue(entry.rating));
    query.bindValue(4, ReviewEntry::cappedDuration(entry.durationMs));
    query.bindValue(5, entry.deviceId.isNull() ? u""_s : entry.deviceId);
}

constexpr auto columns = "card_id, reviewed_at, utc_offset, rating, duration_ms, device_id";

} // namespace

ReviewLog::ReviewLog(Database &db)
    : m_db(db)
{}

std::optional<qint64> ReviewLog::append(const ReviewEntry &entry)
{
    QSqlQuery query(m_db.connection());
    query.prepare(u"INSERT INTO review_log(%1) VALUES (?, ?, ?, ?, ?, ?)"_s.arg(QLatin1StringView(columns)));
    bind(query, entry);
    if (!m_db.exec(query))
        return std::nullopt;
    return query.lastInsertId().toLongLong();
}

qint64 ReviewLog::merge(const QList<ReviewEntry> &entries)
{
    QSqlQuery query(m_db.connection());
    query.prepare(u"INSERT OR IGNORE INTO review_log(%1) VALUES (?, ?, ?, ?, ?, ?)"_s.arg(QLatin1StringView(columns)));
    qint64 added = 0;
    for (const ReviewEntry &entry : entries) {
        bind(query, entry);
        if (!m_db.exec(query))
            return -1;
        added += query.numRowsAffected() > 0 ? 1 : 0;
    }
    return added;
}

bool ReviewLog::remove(qint64 id)
{
    QSqlQuery query(m_db.connection());
    query.prepare(u"DELETE FROM review_log WHERE id = ?"_s);
    query.addBindValue(id);
    return m_db.exec(query) && query.numRowsAffected() == 1;
}

QList<ReviewEntry> ReviewLog::history(const QString &cardId) const
{
    QList<ReviewEntry> entries;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(
        u"SELECT %1 FROM review_log WHERE card_id = ? ORDER BY reviewed_at, id"_s.arg(QLatin1StringView(columns)));
    query.addBindValue(cardId);
    if (m_db.exec(query)) {
        while (query.next())
            entries.append(entryFrom(query));
    }
    return entries;
}

QList<qint64> ReviewLog::historyIds(const QString &cardId) const
{
    QList<qint64> ids;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT id FROM review_log WHERE card_id = ? ORDER BY reviewed_at, id"_s);
    query.addBindValue(cardId);
    if (m_db.exec(query)) {
        while (query.next())
            ids.append(query.value(0).toLongLong());
    }
    return ids;
}

bool ReviewLog::hasHistory(const QString &cardId) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(u"SELECT 1 FROM review_log WHERE card_id = ? LIMIT 1"_s);
    query.addBindValue(cardId);
    return m_db.exec(query) && query.next();
}

bool ReviewLog::forEach(const std::function<void(ReviewEntry &&)> &visit) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT %1 FROM review_log"_s.arg(QLatin1StringView(columns)))) {
        m_db.setError(query.lastError());
        return false;
    }
    while (query.next())
        visit(entryFrom(query));
    return true;
}

qint64 ReviewLog::version() const
{
    QSqlQuery query(m_db.connection());
    return query.exec(u"SELECT version FROM review_log_version"_s) && query.next() ? query.value(0).toLongLong() : -1;
}

qint64 ReviewLog::count() const
{
    QSqlQuery query(m_db.connection());
    return query.exec(u"SELECT count(*) FROM review_log"_s) && query.next() ? query.value(0).toLongLong() : -1;
}

qint64 ReviewLog::countBetween(const QDateTime &from, const QDateTime &to) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(u"SELECT count(*) FROM review_log WHERE reviewed_at >= ? AND reviewed_at < ?"_s);
    query.addBindValue(from.toMSecsSinceEpoch());
    query.addBindValue(to.toMSecsSinceEpoch());
    return m_db.exec(query) && query.next() ? query.value(0).toLongLong() : -1;
}

bool ReviewLog::rename(const QString &oldId, const QString &newId, const QDateTime &now)
{
    QSqlQuery move(m_db.connection());
    // OR IGNORE keeps a review that both ids already have once (the same answer merged from two devices).
    move.prepare(u"UPDATE OR IGNORE review_log SET card_id = ? WHERE card_id = ?"_s);
    move.addBindValue(newId);
    move.addBindValue(oldId);
    QSqlQuery record(m_db.connection());
    record.prepare(u"INSERT OR REPLACE INTO card_renames(old_id, new_id, renamed_at) VALUES (?, ?, ?)"_s);
    record.addBindValue(oldId);
    record.addBindValue(newId);
    record.addBindValue(now.toMSecsSinceEpoch());
    return m_db.exec(move) && m_db.exec(record);
}

} // namespace pmg
