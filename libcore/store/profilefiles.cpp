// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilefiles.h"

#include "backups.h"
#include "database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <unistd.h>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace pmg {

namespace {

const QStringList journalSuffixes = {u"-wal"_s, u"-shm"_s};

QString stamp(const QDateTime &now)
{
    return now.toUTC().toString(u"yyyy-MM-dd'T'HHmmss"_s);
}

bool canWrite(const QString &path)
{
    return ::access(QFile::encodeName(path).constData(), W_OK) == 0;
}

} // namespace

ProfileFiles::ProfileFiles(QString profileDir)
    : m_dir(std::move(profileDir))
{}

QString ProfileFiles::studyDatabase() const
{
    return QDir(m_dir).filePath(Database::fileName());
}

QString ProfileFiles::indexDatabase() const
{
    return QDir(m_dir).filePath(u"index.sqlite"_s);
}

// access() rather than QFileInfo::isWritable(): it also sees a read-only mount, not just the permission bits.
bool ProfileFiles::isWritable() const
{
    const QString study = studyDatabase();
    return canWrite(m_dir) && (!QFileInfo::exists(study) || canWrite(study));
}

StoreError ProfileFiles::renameWithJournal(const QString &to) const
{
    const QString from = studyDatabase();
    // The log first: a crash between the two renames must not leave a log beside a database it does not belong to.
    for (const QString &suffix : journalSuffixes) {
        if (QFileInfo::exists(from + suffix) && !QFile::rename(from + suffix, to + suffix))
            return {StoreError::Kind::Io, from + suffix, u"cannot rename it to %1"_s.arg(to + suffix)};
    }
    if (QFileInfo::exists(from) && !QFile::rename(from, to))
        return {StoreError::Kind::Io, from, u"cannot rename it to %1"_s.arg(to)};
    return {};
}

// The current file gets a second name (a hard link, or a copy where links are not supported) before the restored copy
// replaces it. Its write-ahead log is folded in first when the file is healthy; a damaged file is never written, so its
// log moves along with the new name instead.
StoreError ProfileFiles::keepCopyOfCurrent(const QString &keptAs) const
{
    const QString study = studyDatabase();
    if (QFileInfo::exists(study + u"-wal"_s) && !Database::inspect(study, true).error) {
        Database db;
        if (db.open(study, Database::Options{.asIs = true}))
            db.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    } // closing the last connection removes the log
    for (const QString &suffix : journalSuffixes) {
        if (QFileInfo::exists(study + suffix) && !QFile::rename(study + suffix, keptAs + suffix))
            return {StoreError::Kind::Io, study + suffix, u"cannot rename it to %1"_s.arg(keptAs + suffix)};
    }
    if (::link(QFile::encodeName(study).constData(), QFile::encodeName(keptAs).constData()) != 0
        && !QFile::copy(study, keptAs))
        return {StoreError::Kind::Io, study, u"cannot keep a copy as %1"_s.arg(keptAs)};
    return {};
}

StoreError ProfileFiles::moveAside(const QDateTime &now, QString *keptAs) const
{
    const QString target = studyDatabase() + u".damaged-"_s + stamp(now);
    if (const StoreError error = renameWithJournal(target))
        return error;
    if (keptAs)
        *keptAs = target;
    return {};
}

StoreError ProfileFiles::restore(const QString &backup, const QDateTime &now, QString *keptAs) const
{
    const Database::Inspection inspection = Database::inspect(backup, true);
    if (inspection.error)
        return inspection.error;
    if (!inspection.exists)
        return {StoreError::Kind::Io, backup, u"does not exist"_s};
    if (!isWritable())
        return {StoreError::Kind::ReadOnly, m_dir, u"the profile folder cannot be written"_s};

    // Copy into the profile first (same file system, so the final rename is atomic), checked like a backup.
    const QString incoming = studyDatabase() + u".restoring"_s;
    QFile::remove(incoming);
    if (const StoreError error = Backups::snapshot(backup, incoming)) {
        QFile::remove(incoming);
        return error;
    }
    QString replaced;
    if (QFileInfo::exists(studyDatabase())) {
        replaced = studyDatabase() + u".replaced-"_s + stamp(now);
        if (const StoreError error = keepCopyOfCurrent(replaced)) {
            QFile::remove(incoming);
            return error;
        }
    }
    // rename() replaces the target in one step: at every moment garden.sqlite is either the old or the restored file.
    if (::rename(QFile::encodeName(incoming).constData(), QFile::encodeName(studyDatabase()).constData()) != 0) {
        QFile::remove(incoming);
        return {StoreError::Kind::Io, studyDatabase(), u"cannot move the restored copy into place"_s};
    }
    if (keptAs)
        *keptAs = replaced;
    return {};
}

} // namespace pmg
