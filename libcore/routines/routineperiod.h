// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "period.h"
#include "routineitem.h"

#include <QList>

#include <algorithm>

namespace pmg {

/// One routine (a checklist of the curriculum) in one period: its items and where each stands.
struct RoutinePeriod {
    QString routineId;
    QString title;
    QString noteId; ///< the note the checklist is written in
    Period period;
    bool isCurrent = false;
    /// False for a period that ended before the learner's routines began (RoutineService::since()).
    bool isTracked = true;
    QList<RoutineItem> items;

    Cadence cadence() const { return period.cadence; }
    int ticked() const
    {
        return int(std::count_if(items.cbegin(), items.cend(), [](const RoutineItem &i) { return i.isTicked(); }));
    }
    int total() const { return int(items.size()); }
    /// Every item ticked (by hand or by its auto-rule).
    bool isComplete() const { return !items.isEmpty() && ticked() == total(); }
    const RoutineItem *item(const QString &itemId) const
    {
        const auto it =
            std::find_if(items.cbegin(), items.cend(), [&](const RoutineItem &i) { return i.id == itemId; });
        return it == items.cend() ? nullptr : &*it;
    }
};

/// How far a routine got in one period, for a calendar coloured by completion.
struct PeriodSummary {
    Period period;
    int ticked = 0;
    int total = 0;
    bool isTracked = true;
    bool isCurrent = false;

    bool isComplete() const { return total > 0 && ticked == total; }
};

} // namespace pmg
