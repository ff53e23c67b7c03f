// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cardmarks.h"

#include "store/database.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace pmg {

CardMarks::CardMarks(Database &db)
    : m_db(db)
{}

QHash<QString, CardMarks::Mark> CardMarks::all() const
{
    QHash<QString, Mark> marks;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (query.exec(u"SELECT card_id, suspended, buried_until FROM card_marks"_s)) {
        while (query.next())
            marks.insert(query.value(0).toString(),
                         {query.value(1).toBool(), QDate::fromString(query.value(2).toString(), Qt::ISODate)});
    }
    return marks;
}

bool CardMarks::setSuspended(const QString &cardId, bool suspended)
{
    QSqlQuery query(m_db.connection());
    query.prepare(u"INSERT INTO card_marks(card_id, suspended) VALUES (?, ?) "
                  "ON CONFLICT(card_id) DO UPDATE SET suspended = excluded.suspended"_s);
    query.addBindValue(cardId);
    query.addBindValue(suspended ? 1 : 0);
    return m_db.exec(query) && tidy(cardId);
}

bool CardMarks::bury(const QString &cardId, QDate until)
{
    QSqlQuery query(m_db.connection());
    query.prepare(u"INSERT INTO card_marks(card_id, buried_until) VALUES (?, ?) "
                  "ON CONFLICT(card_id) DO UPDATE SET buried_until = excluded.buried_until"_s);
    query.addBindValue(cardId);
    query.addBindValue(until.toString(Qt::ISODate));
    return m_db.exec(query);
}

bool CardMarks::unbury(const QString &cardId)
{
    QSqlQuery query(m_db.connection());
    query.prepare(u"UPDATE card_marks SET buried_until = NULL WHERE card_id = ?"_s);
    query.addBindValue(cardId);
    return m_db.exec(query) && tidy(cardId);
}

// A card with no mark left has no row: the table stays the size of what the learner decided.
bool CardMarks::tidy(const QString &cardId)
{
    QSqlQuery query(m_db.connection());
    query.prepare(u"DELETE FROM card_marks WHERE card_id = ? AND suspended = 0 AND buried_until IS NULL"_s);
    query.addBindValue(cardId);
    return m_db.exec(query);
}

} // namespace pmg
