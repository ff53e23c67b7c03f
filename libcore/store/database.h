// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storeerror.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

class QSqlError;
class QSqlQuery;

namespace pmg {

/// One SQLite database file (WAL journal, foreign keys on), its schema brought up to date by a list of migrations when
/// opened read-write. Every failure is kept as a typed StoreError ("<file>: <cause>"); a damaged, locked, read-only or
/// newer file is never modified.
///
/// Owns one uniquely named QSqlDatabase connection, so several Database objects (profiles, worker threads, tests) can
/// coexist. Like any QSqlDatabase it must only be used from the thread that opened it.
class Database final
{
public:
    /// FULL: every commit is on disk before it returns (study data: a power cut loses nothing acknowledged). NORMAL:
    /// with WAL still never corrupts, but may lose the last commits on a power cut (derived, rebuildable data).
    enum class Durability { Full, Normal };

    struct Options {
        bool readOnly = false;
        Durability durability = Durability::Full;
        /// The schema history (see Migrations); null means the study database's.
        const QList<QStringList> *migrations = nullptr;
        /// Called once, before the first pending migration runs, with the file's version and the target; returning
        /// false cancels the open (e.g. the backup that must precede a migration failed).
        std::function<bool(int from, int to)> beforeMigration = nullptr;
        /// Open the file as it is, whatever its schema version (backups, restores); implies no migrations.
        bool asIs = false;
    };

    /// What a look at a file without writing to it found.
    struct Inspection {
        StoreError error; ///< Damaged, NewerSchema, Io …; None when the file looks healthy
        int version = 0;  ///< PRAGMA user_version
        bool exists = false;
    };

    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// "garden.sqlite": the study database inside a profile folder.
    static QString fileName();

    /// Reads the schema version of `path` and, with `quickCheck`, runs SQLite's quick_check, over a read-only
    /// connection that creates no journal files when the file has no write-ahead log to read. Never writes.
    static Inspection inspect(const QString &path, bool quickCheck, const QList<QStringList> *migrations = nullptr);

    /// How long a statement waits for another connection's lock before failing with "database is locked". Takes
    /// effect at the next open(). Default 2000 ms.
    void setBusyTimeout(int milliseconds);

    /// Creates or opens `path` (":memory:" for a private in-memory database). Read-write: sets the pragmas and runs the
    /// migrations this file has not seen yet. Read-only: opens without writing anything, and fails for a file that
    /// would need migrating. false → lastError().
    bool open(const QString &path, const Options &options);
    bool open(const QString &path) { return open(path, Options{}); }
    void close();
    bool isOpen() const;
    bool isReadOnly() const { return m_readOnly; }

    /// The last failure, e.g. "/p/garden.sqlite: file is not a database".
    QString error() const { return m_error.message(); }
    StoreError lastError() const { return m_error; }
    QString path() const;
    /// PRAGMA user_version: the number of migrations applied (0 when closed).
    int schemaVersion() const;
    QSqlDatabase connection() const;

    /// Runs `work` inside BEGIN IMMEDIATE … COMMIT, or ROLLBACK when it returns false (or throws; the exception is
    /// rethrown). Nested calls become savepoints, so a store called inside a service's transaction joins it.
    bool transaction(const std::function<bool()> &work);
    bool inTransaction() const { return m_transactionDepth > 0; }

    /// Runs a prepared query; on failure records "<file>: <cause>" as the error and returns false.
    bool exec(QSqlQuery &query);
    /// Runs one SQL statement without parameters.
    bool exec(const QString &sql);
    /// Records a failure, prefixed with the file name.
    void setError(const QString &cause, StoreError::Kind kind = StoreError::Kind::Io);
    void setError(const QSqlError &sqlError);

private:
    bool openConnection(const QString &name, bool readOnly);
    bool configure(const Options &options);
    bool migrate(const Options &options);
    int readUserVersion();
    const QList<QStringList> &migrationsOf(const Options &options) const;

    QString m_connectionName;
    QString m_path;
    StoreError m_error;
    int m_busyTimeout = 2000;
    int m_schemaVersion = 0;
    int m_transactionDepth = 0;
    bool m_readOnly = false;
};

} // namespace pmg
