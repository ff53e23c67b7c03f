// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

namespace pmg {

/// What SearchIndex::update() did.
struct IndexUpdate {
    int total = 0;     ///< notes in the curriculum
    int reindexed = 0; ///< notes (re)written because they were new or their content hash changed
    int removed = 0;   ///< notes dropped because they are no longer in the curriculum
    bool ok = true;
    bool cancelled = false; ///< stopped on request; what was committed stays, the next update goes on
    QString error;          ///< when !ok: the database error that stopped the update (what was committed stays)
};

} // namespace pmg

Q_DECLARE_METATYPE(pmg::IndexUpdate)
