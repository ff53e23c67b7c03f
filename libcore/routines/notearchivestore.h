// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QSet>
#include <QString>

namespace pmg {

class Database;

/// The notes the learner archived ("Archive outdated notes", 5.6.4): hidden from the default tree, still searchable.
/// Kept by note id in the study database (table archived_notes); failures are reported through the Database's error().
class NoteArchiveStore final
{
public:
    explicit NoteArchiveStore(Database &db);

    QSet<QString> archived() const;
    bool isArchived(const QString &noteId) const;
    /// Archiving an archived note, or restoring one that is not, changes nothing and is not an error.
    bool setArchived(const QString &noteId, bool archived, const QDateTime &now);

private:
    Database &m_db;
};

} // namespace pmg
