// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/database.h"

namespace pmg {

/// The search index's own database (PROFILE/index.sqlite). Everything in it is derived from the curriculum, so it
/// trades durability for speed (synchronous=NORMAL) and, when it is damaged, unreadable or from another version, it is
/// deleted and created afresh instead of blocking the app: the next index update fills it again.
class IndexDatabase final
{
public:
    /// Its schema history, for Database::Options::migrations.
    static const QList<QStringList> &schema();

    /// Opens `path` in `db`, replacing a file that cannot be used. `rebuilt` is set when an old file was thrown
    /// away. An empty `path` gives an in-memory index other connections of this process can share (see
    /// the path of `db`), for profiles that cannot be written.
    static StoreError open(Database &db, const QString &path, bool *rebuilt = nullptr);

    static Database::Options options();
};

} // namespace pmg
