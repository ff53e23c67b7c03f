// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>

#include <optional>

namespace pmg {

class Database;

/// The learner's edited or newly written notes, kept in the profile rather than in the (read-only, bundled)
/// curriculum. Keys are paths relative to the curriculum root ("1-foundations/1.1-definitions.md"); failures are
/// reported through the Database's error().
class UserNoteStore final
{
public:
    explicit UserNoteStore(Database &db);

    QHash<QString, QByteArray> all() const;
    std::optional<QByteArray> content(const QString &path) const;
    /// Rejects paths that are absolute, not normalised or lead outside the curriculum ("../x.md").
    bool save(const QString &path, const QByteArray &content, const QDateTime &now);
    /// Removing a path that is not stored is not an error.
    bool remove(const QString &path);

    static bool isValidPath(const QString &path);

private:
    Database &m_db;
};

} // namespace pmg
