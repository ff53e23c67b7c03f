// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storeerror.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

namespace pmg {

namespace {

// SQLite's primary result codes (the low byte of an extended code), https://sqlite.org/rescode.html
enum SqliteCode {
    sqliteBusy = 5,
    sqliteLocked = 6,
    sqliteReadOnly = 8,
    sqliteIoErr = 10,
    sqliteCorrupt = 11,
    sqliteFull = 13,
    sqliteCantOpen = 14,
    sqliteNotADb = 26,
};

} // namespace

QString StoreError::message() const
{
    return path.isEmpty() ? cause : path + u": "_s + cause;
}

QString StoreError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return u"none"_s;
    case Kind::Busy:
        return u"busy"_s;
    case Kind::HeldByAnotherInstance:
        return u"held by another instance"_s;
    case Kind::Damaged:
        return u"damaged"_s;
    case Kind::ReadOnly:
        return u"read-only"_s;
    case Kind::DiskFull:
        return u"disk full"_s;
    case Kind::NewerSchema:
        return u"newer schema"_s;
    case Kind::Io:
        break;
    }
    return u"i/o"_s;
}

StoreError StoreError::fromSql(const QSqlError &error, const QString &path)
{
    const QString text = error.databaseText().isEmpty() ? error.driverText() : error.databaseText();
    const QString cause = text.isEmpty() ? u"unknown database error"_s : text;
    switch (error.nativeErrorCode().toInt() & 0xff) {
    case sqliteBusy:
    case sqliteLocked:
        return {Kind::Busy, path, u"database is locked (is another program using it?)"_s};
    case sqliteReadOnly:
        return {Kind::ReadOnly, path, cause};
    case sqliteCorrupt:
    case sqliteNotADb:
        return {Kind::Damaged, path, cause};
    case sqliteFull:
        return {Kind::DiskFull, path, cause};
    case sqliteIoErr:
    case sqliteCantOpen:
    default:
        return {Kind::Io, path, cause};
    }
}

} // namespace pmg
