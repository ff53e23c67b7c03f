// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace pmg {

/// `garden routines status --profile DIR`: each routine's current period, its items (block id, state, text, note)
/// and streak. `garden routines tick ITEM_ID [--note TEXT] --profile DIR` and `garden routines untick ITEM_ID
/// --profile DIR` change the current period, ITEM_ID being the item's ^block-id (or CHECKLIST/BLOCK-ID when the id
/// is used twice). An unknown id is a wrong command line (exit 2); a profile that cannot be written exits 4 or 5.
/// status only reads (beside the running app too); tick and untick need the profile to themselves.
class RoutinesCommand final
{
public:
    static int run(const QStringList &arguments);

private:
    static int status(const QStringList &arguments);
    static int change(const QStringList &arguments, bool tick);
};

} // namespace pmg
