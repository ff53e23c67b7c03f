// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "migrations.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

using namespace Qt::StringLiterals;

namespace pmg {

namespace {

// SQLite's primary result codes (the low byte of an extended code).
constexpr int sqliteBusy = 5;
constexpr int sqliteLocked = 6;

QString nextConnectionName()
{
    static std::atomic<quint64> counter{0};
    return u"pmg-database-%1"_s.arg(++counter);
}

} // namespace

Database::Database()
    : m_connectionName(nextConnectionName())
{}

Database::~Database()
{
    close();
}

QString Database::fileName()
{
    return u"garden.sqlite"_s;
}

void Database::setBusyTimeout(int milliseconds)
{
    m_busyTimeout = milliseconds;
}

bool Database::open(const QString &path)
{
    close();
    m_path = path;
    m_error.clear();
    if (path != u":memory:") {
        const QFileInfo info(path);
        if (info.exists() && !info.isFile()) {
            setError(u"not a file"_s);
            return false;
        }
    }
    if (!QSqlDatabase::isDriverAvailable(u"QSQLITE"_s)) {
        setError(u"the Qt SQLite driver (QSQLITE) is not installed"_s);
        return false;
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(m_busyTimeout));
        if (!db.open()) {
            setError(db.lastError());
            close(); // keeps m_error
            return false;
        }
    }
    if (!configure() || !migrate()) {
        // Drop the connection (close() keeps the cause in m_error): a half-opened database must not be used.
        close();
        return false;
    }
    return true;
}

void Database::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    } // the last handle must be gone before removeDatabase()
    QSqlDatabase::removeDatabase(m_connectionName);
    m_schemaVersion = 0;
    m_transactionDepth = 0;
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

QString Database::error() const
{
    return m_error;
}

QString Database::path() const
{
    return m_path;
}

int Database::schemaVersion() const
{
    return m_schemaVersion;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

// Reading the version first matters: it is the first statement that touches the file, so a garbage or locked file
// fails here, and a file from a newer version is refused before anything (even the journal mode) is written to it.
bool Database::configure()
{
    if (!exec(u"PRAGMA foreign_keys = ON"_s))
        return false;
    const int version = readUserVersion();
    if (version < 0)
        return false;
    if (version > Migrations::latest()) {
        setError(u"written by a newer version (schema %1; this version knows up to %2)"_s.arg(version).arg(
            Migrations::latest()));
        return false;
    }
    QSqlQuery query(connection());
    if (!query.exec(u"PRAGMA journal_mode = WAL"_s) || !query.next()) {
        setError(query.lastError());
        return false;
    }
    const QString mode = query.value(0).toString();
    if (m_path != u":memory:" && mode != u"wal") {
        setError(u"cannot switch to the WAL journal (journal mode is '%1')"_s.arg(mode));
        return false;
    }
    // With WAL, NORMAL still never corrupts the file; it only lets a power cut (not an app crash) lose the last
    // commits, and it saves an fsync per transaction (the search index commits once per note).
    return exec(u"PRAGMA synchronous = NORMAL"_s);
}

bool Database::migrate()
{
    const QList<QStringList> &migrations = Migrations::all();
    int version = readUserVersion();
    if (version < 0)
        return false;
    for (int next = version + 1; next <= Migrations::latest(); ++next) {
        const bool ok = transaction([&] {
            // Another instance may have migrated since we looked; re-check under the write lock.
            const int current = readUserVersion();
            if (current < 0)
                return false;
            if (current >= next)
                return true;
            for (const QString &statement : migrations.at(next - 1)) {
                if (!exec(statement))
                    return false;
            }
            return exec(u"PRAGMA user_version = %1"_s.arg(next));
        });
        if (!ok) {
            if (m_error.isEmpty())
                setError(u"migration %1 failed"_s.arg(next));
            return false;
        }
    }
    m_schemaVersion = readUserVersion();
    return m_schemaVersion >= 0;
}

int Database::readUserVersion()
{
    QSqlQuery query(connection());
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next()) {
        setError(query.lastError());
        return -1;
    }
    return query.value(0).toInt();
}

bool Database::transaction(const std::function<bool()> &work)
{
    if (!isOpen()) {
        setError(u"the database is not open"_s);
        return false;
    }
    const bool nested = m_transactionDepth > 0;
    const QString savepoint = u"pmg_savepoint_%1"_s.arg(m_transactionDepth);
    if (!exec(nested ? u"SAVEPOINT "_s + savepoint : u"BEGIN IMMEDIATE"_s))
        return false;
    // Rolling back must not replace the error that made us roll back, so it bypasses exec().
    const auto rollback = [&] {
        QSqlQuery query(connection());
        if (nested) {
            query.exec(u"ROLLBACK TO "_s + savepoint);
            query.exec(u"RELEASE "_s + savepoint);
        } else {
            query.exec(u"ROLLBACK"_s);
        }
    };
    ++m_transactionDepth;
    bool ok = false;
    try {
        ok = work();
    } catch (...) {
        --m_transactionDepth;
        rollback();
        throw;
    }
    --m_transactionDepth;
    if (ok && exec(nested ? u"RELEASE "_s + savepoint : u"COMMIT"_s))
        return true;
    rollback();
    return false;
}

bool Database::exec(QSqlQuery &query)
{
    if (query.exec())
        return true;
    setError(query.lastError());
    return false;
}

bool Database::exec(const QString &sql)
{
    QSqlQuery query(connection());
    if (query.exec(sql))
        return true;
    setError(query.lastError());
    return false;
}

void Database::setError(const QString &cause)
{
    m_error = (m_path.isEmpty() ? u"database"_s : m_path) + u": "_s + cause;
}

void Database::setError(const QSqlError &sqlError)
{
    const int code = sqlError.nativeErrorCode().toInt() & 0xff;
    if (code == sqliteBusy || code == sqliteLocked) {
        setError(u"database is locked (is another Python Mastery Garden running?)"_s);
        return;
    }
    const QString cause = sqlError.databaseText().isEmpty() ? sqlError.driverText() : sqlError.databaseText();
    setError(cause.isEmpty() ? u"unknown database error"_s : cause);
}

} // namespace pmg
