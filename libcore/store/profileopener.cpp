// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "profileopener.h"

#include "backups.h"
#include "database.h"
#include "profilelock.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace pmg {

ProfileOpener::ProfileOpener(ProfileFiles files, ProfileLock &lock)
    : m_files(std::move(files))
    , m_lock(lock)
{}

ProfileOpener::Result ProfileOpener::open(Database &study, const QDateTime &now, const Options &options)
{
    Result result;
    const QString dir = m_files.folder();
    if (!QFileInfo(dir).isDir() && !QDir().mkpath(dir)) {
        result.error = {StoreError::Kind::Io, dir, u"cannot create the profile folder"_s};
        return result;
    }

    if (options.readOnly) {
        result.readOnlyReason = u"the profile was opened read-only"_s;
    } else if (!m_files.isWritable()) {
        result.readOnlyReason = QFileInfo::exists(m_files.studyDatabase()) && QFileInfo(dir).isWritable()
                                    ? u"the database file cannot be written"_s
                                    : u"the profile folder cannot be written"_s;
    } else if (const StoreError locked = m_lock.acquire()) {
        if (locked.kind == StoreError::Kind::HeldByAnotherInstance && !options.readOnlyWhenHeld) {
            result.error = locked;
            return result;
        }
        result.readOnlyReason = locked.cause;
    }

    const QString path = m_files.studyDatabase();
    const Database::Inspection inspection = Database::inspect(path, true);
    if (inspection.error) {
        result.error = inspection.error;
        return result;
    }

    if (!result.readOnlyReason.isEmpty()) {
        if (!inspection.exists) {
            result.error = {StoreError::Kind::ReadOnly, dir,
                            result.readOnlyReason + u", and it holds no study database yet"_s};
        } else if (!study.open(path, Database::Options{.readOnly = true})) {
            result.error = study.lastError();
        }
        return result;
    }

    Database::Options rw;
    rw.beforeMigration = [&](int from, int) {
        if (!inspection.exists || from == 0)
            return true; // a new file holds nothing to protect
        const StoreError error = Backups(dir).create(path, Backups::Kind::BeforeMigration, now, &result.backupMade);
        if (error)
            study.setError(u"no upgrade without a backup first: "_s + error.message(), error.kind);
        return !error;
    };
    if (!study.open(path, rw))
        result.error = study.lastError();
    return result;
}

} // namespace pmg
