// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storeerror.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace pmg {

/// Copies of the study database in PROFILE/backups, made with SQLite's `VACUUM INTO` (a consistent snapshot, safe
/// while the app has the file open), checked with `integrity_check` before they count, and thinned out over time.
///
/// Rotation keeps: the 7 newest daily backups; the newest backup of each of the last 12 months; the 10 newest manual
/// ones (`garden backup`); safety copies taken before a migration or a restore for 90 days (at least the newest 3).
/// That is about a year of history in ~25 files, close to Anki's "12 daily, 10 weekly, 9 monthly".
class Backups final
{
public:
    enum class Kind { Daily, Manual, BeforeMigration, BeforeRestore };

    struct Info {
        QString path;
        QDateTime createdAt; ///< UTC, from the file name
        Kind kind = Kind::Daily;
        qint64 size = 0;
    };

    explicit Backups(const QString &profileDir);

    /// "backups".
    static QString folderName();
    static QString kindName(Kind kind);
    QString folder() const { return m_folder; }

    /// Every finished backup, newest first (files being written are not listed).
    QList<Info> list() const;
    /// True when no backup was made in the last 20 hours ("at most one a day", without drifting later every day).
    bool isDailyDue(const QDateTime &now) const;

    /// Writes a backup of `databasePath` and checks it; only a backup that passed the check gets its final name, so an
    /// interrupted one never looks finished. `createdPath` receives the file. Rotates afterwards.
    StoreError create(const QString &databasePath, Kind kind, const QDateTime &now, QString *createdPath = nullptr);
    /// Deletes what the policy above does not keep, and leftovers of interrupted backups.
    void rotate(const QDateTime &now);

    /// Copies `source` to `target` (which must not exist) with `VACUUM INTO` and runs `integrity_check` on the copy.
    static StoreError snapshot(const QString &source, const QString &target);

private:
    QString m_folder;
};

} // namespace pmg
