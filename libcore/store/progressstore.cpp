// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "progressstore.h"

#include "database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace pmg {

namespace {

QDateTime fromMs(const QVariant &value)
{
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), QTimeZone::UTC);
}

NoteProgress fromRow(const QSqlQuery &query)
{
    NoteProgress p;
    p.noteId = query.value(0).toString();
    p.firstOpened = fromMs(query.value(1));
    p.lastOpened = fromMs(query.value(2));
    if (!query.value(3).isNull())
        p.read = fromMs(query.value(3));
    p.scrollY = query.value(4).toDouble();
    return p;
}

const QString selectColumns =
    u"SELECT note_id, first_opened_at, last_opened_at, read_at, scroll_y FROM note_progress"_s;

} // namespace

ProgressStore::ProgressStore(Database &db)
    : m_db(db)
{}

bool ProgressStore::checkTime(const QDateTime &now)
{
    if (now.isValid())
        return true;
    m_db.setError(u"invalid time for note progress"_s);
    return false;
}

bool ProgressStore::markOpened(const QString &noteId, const QDateTime &now)
{
    if (!checkTime(now))
        return false;
    return m_db.transaction([&] {
        QSqlQuery query(m_db.connection());
        query.prepare(u"INSERT INTO note_progress(note_id, first_opened_at, last_opened_at) VALUES (?, ?, ?) "
                      "ON CONFLICT(note_id) DO UPDATE SET last_opened_at = excluded.last_opened_at"_s);
        query.addBindValue(noteId);
        query.addBindValue(now.toMSecsSinceEpoch());
        query.addBindValue(now.toMSecsSinceEpoch());
        return m_db.exec(query);
    });
}

bool ProgressStore::markRead(const QString &noteId, const QDateTime &now)
{
    if (!checkTime(now))
        return false;
    return m_db.transaction([&] {
        QSqlQuery query(m_db.connection());
        query.prepare(u"INSERT INTO note_progress(note_id, first_opened_at, last_opened_at, read_at) "
                      "VALUES (?, ?, ?, ?) "
                      "ON CONFLICT(note_id) DO UPDATE SET read_at = coalesce(read_at, excluded.read_at)"_s);
        query.addBindValue(noteId);
        for (int i = 0; i < 3; ++i)
            query.addBindValue(now.toMSecsSinceEpoch());
        return m_db.exec(query);
    });
}

bool ProgressStore::setScroll(const QString &noteId, double y)
{
    return m_db.transaction([&] {
        QSqlQuery query(m_db.connection());
        query.prepare(u"UPDATE note_progress SET scroll_y = ? WHERE note_id = ?"_s);
        query.addBindValue(y);
        query.addBindValue(noteId);
        if (!m_db.exec(query))
            return false;
        if (query.numRowsAffected() == 0) {
            m_db.setError(u"cannot store the scroll position of '%1': it was never opened"_s.arg(noteId));
            return false;
        }
        return true;
    });
}

std::optional<NoteProgress> ProgressStore::progress(const QString &noteId) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(selectColumns + u" WHERE note_id = ?"_s);
    query.addBindValue(noteId);
    if (!m_db.exec(query) || !query.next())
        return std::nullopt;
    return fromRow(query);
}

QHash<QString, NoteProgress> ProgressStore::all() const
{
    QHash<QString, NoteProgress> result;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(selectColumns);
    if (!m_db.exec(query))
        return result;
    while (query.next()) {
        NoteProgress p = fromRow(query);
        result.insert(p.noteId, p);
    }
    return result;
}

} // namespace pmg
