// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storeerror.h"

#include <QDateTime>
#include <QString>

namespace pmg {

/// The files of a profile folder and the operations on whole files that the open sequence offers when something is
/// wrong: restore a backup, or move a damaged database aside and start afresh. Neither deletes anything: the file
/// that is replaced keeps its data under a new name next to it. Call them only while no database connection to the
/// profile is open (the app closes its own first; another running copy holds the profile's lock).
class ProfileFiles final
{
public:
    explicit ProfileFiles(QString profileDir);

    QString folder() const { return m_dir; }
    /// PROFILE/garden.sqlite: study data (sacred).
    QString studyDatabase() const;
    /// PROFILE/index.sqlite: derived data (search index, caches), rebuilt whenever it is missing or damaged.
    QString indexDatabase() const;

    /// True when the folder and (if it exists) the study database can be written.
    bool isWritable() const;

    /// Replaces the study database with a checked copy of `backup`; the replaced file (with its -wal/-shm, if any)
    /// is kept as garden.sqlite.replaced-<time>. `keptAs` receives that name. Atomic: a crash leaves either the old
    /// file or the restored one.
    StoreError restore(const QString &backup, const QDateTime &now, QString *keptAs = nullptr) const;
    /// Renames the study database (and its -wal/-shm) to garden.sqlite.damaged-<time>, so the next open starts a new
    /// one. `keptAs` receives the new name.
    StoreError moveAside(const QDateTime &now, QString *keptAs = nullptr) const;

private:
    StoreError renameWithJournal(const QString &to) const;
    StoreError keepCopyOfCurrent(const QString &keptAs) const;

    QString m_dir;
};

} // namespace pmg
