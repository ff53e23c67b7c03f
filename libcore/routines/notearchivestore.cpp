// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "notearchivestore.h"

#include "store/database.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace pmg {

NoteArchiveStore::NoteArchiveStore(Database &db)
    : m_db(db)
{}

QSet<QString> NoteArchiveStore::archived() const
{
    QSet<QString> ids;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT note_id FROM archived_notes"_s);
    if (!m_db.exec(query))
        return ids;
    while (query.next())
        ids.insert(query.value(0).toString());
    return ids;
}

bool NoteArchiveStore::isArchived(const QString &noteId) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(u"SELECT 1 FROM archived_notes WHERE note_id = ?"_s);
    query.addBindValue(noteId);
    return m_db.exec(query) && query.next();
}

bool NoteArchiveStore::setArchived(const QString &noteId, bool archived, const QDateTime &now)
{
    if (noteId.isEmpty() || (archived && !now.isValid())) {
        m_db.setError(u"cannot archive a note without an id or a time"_s);
        return false;
    }
    QSqlQuery query(m_db.connection());
    if (archived) {
        query.prepare(u"INSERT OR IGNORE INTO archived_notes(note_id, archived_at) VALUES (?, ?)"_s);
        query.addBindValue(noteId);
        query.addBindValue(now.toMSecsSinceEpoch());
    } else {
        query.prepare(u"DELETE FROM archived_notes WHERE note_id = ?"_s);
        query.addBindValue(noteId);
    }
    return m_db.exec(query);
}

} // namespace pmg
