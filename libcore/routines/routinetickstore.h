// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "routinetick.h"

#include <QList>

namespace pmg {

class Database;

/// Routine ticks in the study database (table routine_ticks, see migrations.cpp): one row per routine, item and
/// period. Each write is one statement that joins the caller's transaction; failures are reported through the
/// Database's error().
class RoutineTickStore final
{
public:
    explicit RoutineTickStore(Database &db);

    /// The ticks of `routineId`, of one period when `periodKey` is given.
    QList<RoutineTick> ticks(const QString &routineId, const QString &periodKey = {}) const;
    std::optional<RoutineTick> tick(const QString &routineId, const QString &itemId, const QString &periodKey) const;
    /// Inserts or replaces the row of the tick's routine, item and period.
    bool put(const RoutineTick &tick);
    /// Removing a row that is not there is not an error.
    bool remove(const QString &routineId, const QString &itemId, const QString &periodKey);

private:
    Database &m_db;
};

} // namespace pmg
