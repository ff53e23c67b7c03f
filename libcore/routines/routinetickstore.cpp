// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "routinetickstore.h"

#include "store/database.h"

#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace pmg {

namespace {

const QString selectColumns =
    u"SELECT routine_id, item_id, period, mark, marked_at, note FROM routine_ticks WHERE routine_id = ?"_s;

RoutineTick fromRow(const QSqlQuery &query)
{
    RoutineTick tick;
    tick.routineId = query.value(0).toString();
    tick.itemId = query.value(1).toString();
    tick.periodKey = query.value(2).toString();
    // The CHECK constraint keeps the column to the four names.
    tick.mark = RoutineTick::markFromName(query.value(3).toString()).value_or(RoutineTick::Mark::None);
    tick.markedAt = QDateTime::fromMSecsSinceEpoch(query.value(4).toLongLong(), QTimeZone::UTC);
    tick.note = query.value(5).toString();
    return tick;
}

} // namespace

RoutineTickStore::RoutineTickStore(Database &db)
    : m_db(db)
{}

QList<RoutineTick> RoutineTickStore::ticks(const QString &routineId, const QString &periodKey) const
{
    QList<RoutineTick> ticks;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(selectColumns + (periodKey.isEmpty() ? QString() : u" AND period = ?"_s));
    query.addBindValue(routineId);
    if (!periodKey.isEmpty())
        query.addBindValue(periodKey);
    if (!m_db.exec(query))
        return ticks;
    while (query.next())
        ticks.append(fromRow(query));
    return ticks;
}

std::optional<RoutineTick> RoutineTickStore::tick(const QString &routineId, const QString &itemId,
                                                  const QString &periodKey) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(selectColumns + u" AND item_id = ? AND period = ?"_s);
    query.addBindValue(routineId);
    query.addBindValue(itemId);
    query.addBindValue(periodKey);
    if (!m_db.exec(query) || !query.next())
        return std::nullopt;
    return fromRow(query);
}

bool RoutineTickStore::put(const RoutineTick &tick)
{
    if (!tick.markedAt.isValid()) {
        m_db.setError(u"invalid time for the tick of '%1'"_s.arg(tick.itemId));
        return false;
    }
    QSqlQuery query(m_db.connection());
    query.prepare(u"INSERT OR REPLACE INTO routine_ticks(routine_id, item_id, period, mark, marked_at, note) "
                  "VALUES (?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(tick.routineId);
    query.addBindValue(tick.itemId);
    query.addBindValue(tick.periodKey);
    query.addBindValue(RoutineTick::markName(tick.mark));
    query.addBindValue(tick.markedAt.toMSecsSinceEpoch());
    query.addBindValue(tick.note);
    return m_db.exec(query);
}

bool RoutineTickStore::remove(const QString &routineId, const QString &itemId, const QString &periodKey)
{
    QSqlQuery query(m_db.connection());
    query.prepare(u"DELETE FROM routine_ticks WHERE routine_id = ? AND item_id = ? AND period = ?"_s);
    query.addBindValue(routineId);
    query.addBindValue(itemId);
    query.addBindValue(periodKey);
    return m_db.exec(query);
}

} // namespace pmg
