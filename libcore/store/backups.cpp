// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backups.h"

#include "database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace pmg {

namespace {

constexpr int keepDaily = 7;
constexpr int keepMonths = 12;
constexpr int keepManual = 10;
constexpr int keepSafetyDays = 90;
constexpr int keepSafetyAtLeast = 3;
const QString partialSuffix = u".partial"_s;
const QString stampFormat = u"yyyy-MM-dd'T'HHmmsszzz"_s;

const QList<Backups::Kind> &allKinds()
{
    static const QList<Backups::Kind> kinds = {Backups::Kind::Daily, Backups::Kind::Manual,
                                               Backups::Kind::BeforeMigration, Backups::Kind::BeforeRestore};
    return kinds;
}

// garden-2026-12-04T165012345-daily.sqlite
const QRegularExpression &namePattern()
{
    static const QRegularExpression pattern(u"^garden-(\\d{4}-\\d{2}-\\d{2}T\\d{9})-([a-z-]+)\\.sqlite$"_s);
    return pattern;
}

bool isSafetyCopy(Backups::Kind kind)
{
    return kind == Backups::Kind::BeforeMigration || kind == Backups::Kind::BeforeRestore;
}

} // namespace

Backups::Backups(const QString &profileDir)
    : m_folder(QDir(profileDir).filePath(folderName()))
{}

QString Backups::folderName()
{
    return u"backups"_s;
}

QString Backups::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Daily:
        return u"daily"_s;
    case Kind::Manual:
        return u"manual"_s;
    case Kind::BeforeMigration:
        return u"before-upgrade"_s;
    case Kind::BeforeRestore:
        break;
    }
    return u"before-restore"_s;
}

QList<Backups::Info> Backups::list() const
{
    QList<Info> result;
    const QFileInfoList files = QDir(m_folder).entryInfoList({u"garden-*.sqlite"_s}, QDir::Files, QDir::Name);
    for (const QFileInfo &file : files) {
        const QRegularExpressionMatch match = namePattern().match(file.fileName());
        if (!match.hasMatch())
            continue;
        Info info;
        info.path = file.absoluteFilePath();
        info.createdAt = QDateTime::fromString(match.captured(1), stampFormat);
        info.createdAt.setTimeZone(QTimeZone::UTC);
        info.size = file.size();
        const auto kind = std::find_if(allKinds().cbegin(), allKinds().cend(),
                                       [&](Kind k) { return kindName(k) == match.captured(2); });
        if (!info.createdAt.isValid() || kind == allKinds().cend())
            continue;
        info.kind = *kind;
        result.append(info);
    }
    std::sort(result.begin(), result.end(), [](const Info &a, const Info &b) { return a.createdAt > b.createdAt; });
    return result;
}

bool Backups::isDailyDue(const QDateTime &now) const
{
    const QList<Info> existing = list();
    return std::none_of(existing.cbegin(), existing.cend(), [&](const Info &info) {
        return !isSafetyCopy(info.kind) && info.createdAt.secsTo(now) < 20 * 3600 && info.createdAt <= now;
    });
}

StoreError Backups::snapshot(const QString &source, const QString &target)
{
    const Database::Inspection inspection = Database::inspect(source, false);
    if (inspection.error)
        return inspection.error;
    if (!inspection.exists)
        return {StoreError::Kind::Io, source, u"does not exist"_s};
    {
        Database db;
        if (!db.open(source, Database::Options{.readOnly = true, .asIs = true}))
            return db.lastError();
        QSqlQuery vacuum(db.connection());
        vacuum.prepare(u"VACUUM INTO ?"_s);
        vacuum.addBindValue(target);
        if (!vacuum.exec()) {
            const StoreError error = StoreError::fromSql(vacuum.lastError(), target);
            QFile::remove(target);
            return error;
        }
    }
    Database copy;
    if (!copy.open(target, Database::Options{.readOnly = true, .asIs = true}))
        return copy.lastError();
    QSqlQuery check(copy.connection());
    if (!check.exec(u"PRAGMA integrity_check"_s) || !check.next() || check.value(0).toString() != u"ok")
        return {StoreError::Kind::Damaged, target, u"the backup did not pass its integrity check"_s};
    return {};
}

StoreError Backups::create(const QString &databasePath, Kind kind, const QDateTime &now, QString *createdPath)
{
    if (!QDir().mkpath(m_folder))
        return {StoreError::Kind::Io, m_folder, u"cannot create the backup folder"_s};
    const QString name = u"garden-%1-%2.sqlite"_s.arg(now.toUTC().toString(stampFormat), kindName(kind));
    const QString finalPath = QDir(m_folder).filePath(name);
    const QString partialPath = finalPath + partialSuffix;
    QFile::remove(partialPath);
    if (QFileInfo::exists(finalPath))
        return {StoreError::Kind::Io, finalPath, u"a backup with this name already exists"_s};
    if (const StoreError error = snapshot(databasePath, partialPath)) {
        QFile::remove(partialPath);
        return error;
    }
    if (!QFile::rename(partialPath, finalPath)) {
        QFile::remove(partialPath);
        return {StoreError::Kind::Io, finalPath, u"cannot give the backup its name"_s};
    }
    if (createdPath)
        *createdPath = finalPath;
    rotate(now);
    return {};
}

void Backups::rotate(const QDateTime &now)
{
    const QList<Info> all = list(); // newest first
    QSet<QString> keep;
    int daily = 0;
    int manual = 0;
    int safety = 0;
    QSet<QString> months;
    for (const Info &info : all) {
        const QString month = info.createdAt.toString(u"yyyy-MM"_s);
        const bool recentMonth = info.createdAt.date() > now.date().addMonths(-keepMonths);
        if (recentMonth && !months.contains(month)) {
            months.insert(month);
            keep.insert(info.path);
        }
        if (info.kind == Kind::Daily && daily++ < keepDaily)
            keep.insert(info.path);
        if (info.kind == Kind::Manual && manual++ < keepManual)
            keep.insert(info.path);
        if (isSafetyCopy(info.kind) && (safety++ < keepSafetyAtLeast || info.createdAt.daysTo(now) <= keepSafetyDays))
            keep.insert(info.path);
    }
    for (const Info &info : all) {
        if (!keep.contains(info.path))
            QFile::remove(info.path);
    }
    // Leftovers of a backup that was interrupted (the app killed while writing one) are never valid backups.
    const QFileInfoList partials = QDir(m_folder).entryInfoList({u"*"_s + partialSuffix}, QDir::Files);
    for (const QFileInfo &partial : partials) {
        if (partial.lastModified().secsTo(now) > 3600)
            QFile::remove(partial.absoluteFilePath());
    }
}

} // namespace pmg
