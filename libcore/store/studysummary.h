// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storeerror.h"

#include <QList>
#include <QString>

namespace pmg {

/// What a study database holds, in a learner's words ("12 notes read · 3 edited notes"), so a list of backups can
/// say what each would bring back. Read over a read-only connection; tables a schema version does not have yet are
/// simply not counted.
struct StudySummary {
    struct Count {
        QString label; ///< "notes read"
        qint64 value = 0;
    };
    QList<Count> counts;
    int schemaVersion = 0;

    /// "12 notes read · 3 edited notes", or "no study data yet".
    QString toText() const;

    static StudySummary of(const QString &databasePath, StoreError *error = nullptr);
};

} // namespace pmg
