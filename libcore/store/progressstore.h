// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "noteprogress.h"

#include <QHash>

namespace pmg {

class Database;

/// Which notes were opened and read, and where reading stopped. The caller passes the time (so tests and replays are
/// deterministic); failures are reported through the Database's error().
class ProgressStore final
{
public:
    explicit ProgressStore(Database &db);

    /// Records an opening: the first one sets firstOpened, every one sets lastOpened.
    bool markOpened(const QString &noteId, const QDateTime &now);
    /// Marks the note as read (keeping the first time it was); counts as an opening if it never was opened.
    bool markRead(const QString &noteId, const QDateTime &now);
    /// The scroll position of an opened note; false for a note that was never opened.
    bool setScroll(const QString &noteId, double y);

    std::optional<NoteProgress> progress(const QString &noteId) const;
    QHash<QString, NoteProgress> all() const;

private:
    bool checkTime(const QDateTime &now);

    Database &m_db;
};

} // namespace pmg
