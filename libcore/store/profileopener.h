// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profilefiles.h"
#include "storeerror.h"

#include <QDateTime>

namespace pmg {

class Database;
class ProfileLock;

/// The open sequence of a profile, the same for the app and `garden`:
///  1. the single-instance lock (a second copy is refused, naming the first — or, for read-only uses such as
///     `garden search`, opens read-only beside it);
///  2. can the folder and file be written? If not, the profile opens read-only;
///  3. a quick integrity check over a read-only connection, before anything can write: a damaged or newer file is
///     refused and left byte-identical;
///  4. a backup before any migration, then the migrations.
/// The daily backup is not part of it (Garden runs it in the background).
class ProfileOpener final
{
public:
    struct Options {
        /// When another copy holds the lock: open read-only instead of failing.
        bool readOnlyWhenHeld = false;
        /// Open read-only even when the profile could be written (looking at a profile without changing it).
        bool readOnly = false;
    };
    struct Result {
        StoreError error;
        QString readOnlyReason; ///< non-empty when the profile was opened read-only
        QString backupMade;     ///< the backup taken before a migration, if any
    };

    ProfileOpener(ProfileFiles files, ProfileLock &lock);

    /// Opens the study database into `study`. On error `study` is closed and nothing was written.
    Result open(Database &study, const QDateTime &now, const Options &options);

private:
    ProfileFiles m_files;
    ProfileLock &m_lock;
};

} // namespace pmg
