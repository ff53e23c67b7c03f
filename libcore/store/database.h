// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

#include <functional>

class QSqlError;
class QSqlQuery;

namespace pmg {

/// The profile's SQLite database: one file per profile (WAL journal, foreign keys on), its schema brought up to date by
/// Migrations when opened. Every failure is reported through error() as "<file>: <cause>"; an unreadable, locked or
/// newer file is never modified.
///
/// Owns one uniquely named QSqlDatabase connection, so several Database objects (profiles, tests) can coexist. Like any
/// QSqlDatabase it must only be used from the thread that created it.
class Database final
{
public:
    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// "garden.sqlite": the file inside a profile folder.
    static QString fileName();

    /// How long a statement waits for another connection's lock before failing with "database is locked". Takes
    /// effect at the next open(). Default 2000 ms.
    void setBusyTimeout(int milliseconds);

    /// Creates or opens `path` (":memory:" for a private in-memory database), sets the pragmas and runs the
    /// migrations this file has not seen yet. false → error().
    bool open(const QString &path);
    void close();
    bool isOpen() const;

    /// The last failure, e.g. "/p/garden.sqlite: file is not a database".
    QString error() const;
    QString path() const;
    /// PRAGMA user_version: the number of migrations applied (0 when closed).
    int schemaVersion() const;
    QSqlDatabase connection() const;

    /// Runs `work` inside BEGIN IMMEDIATE … COMMIT, or ROLLBACK when it returns false (or throws; the exception is
    /// rethrown). Nested calls become savepoints, so a repository call inside a caller's transaction joins it.
    bool transaction(const std::function<bool()> &work);

    /// Runs a prepared query; on failure records "<file>: <cause>" as error() and returns false.
    bool exec(QSqlQuery &query);
    /// Runs one SQL statement without parameters.
    bool exec(const QString &sql);
    /// Records a failure for error(), prefixed with the file name.
    void setError(const QString &cause);
    void setError(const QSqlError &sqlError);

private:
    bool configure();
    bool migrate();
    int readUserVersion();

    QString m_connectionName;
    QString m_path;
    QString m_error;
    int m_busyTimeout = 2000;
    int m_schemaVersion = 0;
    int m_transactionDepth = 0;
};

} // namespace pmg
