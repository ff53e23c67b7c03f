// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

class QSqlError;

namespace pmg {

/// Why the profile could not be opened or a write did not happen, with a kind the GUI and `garden` can act on
/// (offer a backup for a damaged file, name the running instance, …) and a message naming the file and the cause.
struct StoreError {
    enum class Kind {
        None,
        Busy,                  ///< another connection held a lock for longer than the busy timeout
        HeldByAnotherInstance, ///< the profile's lock file belongs to a running copy of the app
        Damaged,               ///< not a database, or an integrity check failed
        ReadOnly,              ///< the file or its folder cannot be written
        DiskFull,              ///< no space left (or SQLite's max_page_count reached)
        NewerSchema,           ///< written by a newer version of the app
        Io,                    ///< any other failure to read or write
    };

    Kind kind = Kind::None;
    QString path;  ///< the file concerned (may be empty)
    QString cause; ///< what went wrong, in words

    StoreError() = default;
    StoreError(Kind k, QString filePath, QString why)
        : kind(k)
        , path(std::move(filePath))
        , cause(std::move(why))
    {}

    bool isError() const { return kind != Kind::None; }
    explicit operator bool() const { return isError(); }
    /// "<path>: <cause>", or the cause alone without a path.
    QString message() const;
    /// "damaged", "read-only", … (stable words for logs and tests).
    static QString kindName(Kind kind);

    /// Classifies a Qt SQL error by SQLite's primary result code.
    static StoreError fromSql(const QSqlError &error, const QString &path);
};

} // namespace pmg

Q_DECLARE_METATYPE(pmg::StoreError)
