// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>

namespace pmg {

/// The study database's schema history (garden.sqlite: data the learner made, never derived data). Migration N
/// (1-based) is the Nth entry: its statements run in one transaction that also sets `PRAGMA user_version = N`.
/// Forward-only: a released migration is never edited or removed; a schema change is a new entry at the end.
class Migrations final
{
public:
    /// Each migration as its list of SQL statements (one statement per string: QSqlQuery runs one at a time).
    static const QList<QStringList> &all();
    /// The schema version this build creates and understands.
    static int latest();
};

} // namespace pmg
