// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stalenotes.h"

#include "curriculum/curriculum.h"

#include <algorithm>

namespace pmg {

QList<StaleNote> StaleNote::of(const Curriculum &curriculum, QDate today)
{
    QList<StaleNote> stale;
    for (const Note &note : curriculum.notes) {
        if (!note.factsAsOf.isValid())
            continue;
        const qint64 age = note.factsAsOf.daysTo(today);
        if (age > maxAgeDays)
            stale.append({note.id, note.title, note.relativePath, note.factsAsOf, age});
    }
    std::stable_sort(stale.begin(), stale.end(),
                     [](const StaleNote &a, const StaleNote &b) { return a.factsAsOf < b.factsAsOf; });
    return stale;
}

} // namespace pmg
