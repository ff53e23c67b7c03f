// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "usernotestore.h"

#include "database.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace pmg {

UserNoteStore::UserNoteStore(Database &db)
    : m_db(db)
{}

bool UserNoteStore::isValidPath(const QString &path)
{
    // These paths become files again one day (export, "save to curriculum"), so only plain relative ones are stored.
    return !path.isEmpty() && !QDir::isAbsolutePath(path) && QDir::cleanPath(path) == path && !path.contains(u'\\')
           && path != u".." && !path.startsWith(u"../");
}

QHash<QString, QByteArray> UserNoteStore::all() const
{
    QHash<QString, QByteArray> result;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT path, content FROM user_notes"_s);
    if (!m_db.exec(query))
        return result;
    while (query.next())
        result.insert(query.value(0).toString(), query.value(1).toByteArray());
    return result;
}

std::optional<QByteArray> UserNoteStore::content(const QString &path) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(u"SELECT content FROM user_notes WHERE path = ?"_s);
    query.addBindValue(path);
    if (!m_db.exec(query) || !query.next())
        return std::nullopt;
    return query.value(0).toByteArray();
}

bool UserNoteStore::save(const QString &path, const QByteArray &content, const QDateTime &now)
{
    if (!isValidPath(path)) {
        m_db.setError(u"'%1' is not a path inside the curriculum"_s.arg(path));
        return false;
    }
    if (!now.isValid()) {
        m_db.setError(u"invalid time for saving '%1'"_s.arg(path));
        return false;
    }
    return m_db.transaction([&] {
        QSqlQuery query(m_db.connection());
        query.prepare(u"INSERT INTO user_notes(path, content, saved_at) VALUES (?, ?, ?) "
                      "ON CONFLICT(path) DO UPDATE SET content = excluded.content, saved_at = excluded.saved_at"_s);
        query.addBindValue(path);
        // A null QByteArray would be bound as SQL NULL; an empty note is still a note.
        query.addBindValue(content.isNull() ? QByteArray("") : content);
        query.addBindValue(now.toMSecsSinceEpoch());
        return m_db.exec(query);
    });
}

bool UserNoteStore::remove(const QString &path)
{
    return m_db.transaction([&] {
        QSqlQuery query(m_db.connection());
        query.prepare(u"DELETE FROM user_notes WHERE path = ?"_s);
        query.addBindValue(path);
        return m_db.exec(query);
    });
}

} // namespace pmg
