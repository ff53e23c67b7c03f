// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace pmg {

/// `garden backup [--list] --profile DIR` and `garden restore FILE --profile DIR`: the study database's backups from
/// the command line (cron jobs, and the way out when the app cannot start).
class BackupCommand final
{
public:
    static int runBackup(const QStringList &arguments);
    static int runRestore(const QStringList &arguments);
};

} // namespace pmg
