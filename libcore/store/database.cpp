// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "migrations.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <atomic>

using namespace Qt::StringLiterals;

namespace pmg {

namespace {

QString nextConnectionName()
{
    static std::atomic<quint64> counter{0};
    return u"pmg-database-%1"_s.arg(++counter);
}

bool isMemory(const QString &path)
{
    return path == u":memory:" || path.contains(u"mode=memory");
}

// A read-only connection to a WAL database normally creates -wal and -shm files next to it (and leaves them behind).
// With no log to read, "immutable" reads the file as it is and creates nothing: a file we must not touch stays alone.
QString readOnlyUri(const QString &path, bool immutable)
{
    QUrl url = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
    url.setQuery(immutable ? u"mode=ro&immutable=1"_s : u"mode=ro"_s);
    return url.toString(QUrl::FullyEncoded);
}

bool hasWriteAheadLog(const QString &path)
{
    const QFileInfo wal(path + u"-wal"_s);
    return wal.exists() && wal.size() > 0;
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

const QList<QStringList> &Database::migrationsOf(const Options &options) const
{
    return options.migrations ? *options.migrations : Migrations::all();
}

bool Database::openConnection(const QString &name, bool readOnly)
{
    if (!QSqlDatabase::isDriverAvailable(u"QSQLITE"_s)) {
        setError(u"the Qt SQLite driver (QSQLITE) is not installed"_s);
        return false;
    }
    QString options = u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(m_busyTimeout);
    QString databaseName = m_path;
    if (readOnly && !isMemory(m_path)) {
        databaseName = readOnlyUri(m_path, !hasWriteAheadLog(m_path));
        options += u";QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"_s;
    } else if (m_path.startsWith(u"file:")) {
        options += u";QSQLITE_OPEN_URI"_s;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    db.setDatabaseName(databaseName);
    db.setConnectOptions(options);
    if (!db.open()) {
        setError(db.lastError());
        return false;
    }
    return true;
}

Database::Inspection Database::inspect(const QString &path, bool quickCheck, const QList<QStringList> *migrations)
{
    Inspection result;
    const QFileInfo info(path);
    result.exists = info.exists();
    if (!result.exists)
        return result;
    if (!info.isFile()) {
        result.error = {StoreError::Kind::Io, path, u"not a file"_s};
        return result;
    }
    Database db;
    db.m_path = path;
    if (!db.openConnection(db.m_connectionName, true)) {
        result.error = db.m_error;
        return result;
    }
    result.version = db.readUserVersion();
    const int latest = static_cast<int>((migrations ? *migrations : Migrations::all()).size());
    if (result.version < 0) {
        result.error = db.m_error;
    } else if (result.version > latest) {
        result.error = {
            StoreError::Kind::NewerSchema, path,
            u"written by a newer version (schema %1; this version knows up to %2)"_s.arg(result.version).arg(latest)};
    } else if (quickCheck) {
        QSqlQuery query(db.connection());
        if (!query.exec(u"PRAGMA quick_check"_s)) {
            result.error = StoreError::fromSql(query.lastError(), path);
        } else if (!query.next() || query.value(0).toString() != u"ok") {
            result.error = {StoreError::Kind::Damaged, path,
                            u"the integrity check failed (%1)"_s.arg(query.value(0).toString().left(200))};
        }
    }
    return result;
}

bool Database::open(const QString &path, const Options &options)
{
    close();
    m_path = path;
    m_error = {};
    m_readOnly = options.readOnly;
    if (!isMemory(path)) {
        const QFileInfo info(path);
        if (info.exists() && !info.isFile()) {
            setError(u"not a file"_s);
            return false;
        }
        if (options.readOnly && !info.exists()) {
            setError(u"does not exist"_s);
            return false;
        }
    }
    const bool ok = openConnection(m_connectionName, options.readOnly)
                    && (options.readOnly ? readUserVersion() >= 0 : configure(options))
                    && (options.asIs || migrate(options));
    if (!ok) {
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
bool Database::configure(const Options &options)
{
    if (!exec(u"PRAGMA foreign_keys = ON"_s))
        return false;
    const int version = readUserVersion();
    if (version < 0)
        return false;
    const int latest = static_cast<int>(migrationsOf(options).size());
    if (version > latest && !options.asIs) {
        setError(u"written by a newer version (schema %1; this version knows up to %2)"_s.arg(version).arg(latest),
                 StoreError::Kind::NewerSchema);
        return false;
    }
    QSqlQuery query(connection());
    if (!query.exec(u"PRAGMA journal_mode = WAL"_s) || !query.next()) {
        setError(query.lastError());
        return false;
    }
    const QString mode = query.value(0).toString();
    if (!isMemory(m_path) && mode != u"wal") {
        setError(u"cannot switch to the WAL journal (journal mode is '%1')"_s.arg(mode));
        return false;
    }
    // FULL syncs the log on every commit: study history survives a power cut. NORMAL never corrupts either (WAL) but
    // may lose the last commits; it is for rebuildable data whose bulk writes should not pay an fsync each.
    return exec(options.durability == Durability::Full ? u"PRAGMA synchronous = FULL"_s
                                                       : u"PRAGMA synchronous = NORMAL"_s);
}

bool Database::migrate(const Options &options)
{
    const QList<QStringList> &migrations = migrationsOf(options);
    const int latest = static_cast<int>(migrations.size());
    int version = readUserVersion();
    if (version < 0)
        return false;
    if (version > latest) {
        setError(u"written by a newer version (schema %1; this version knows up to %2)"_s.arg(version).arg(latest),
                 StoreError::Kind::NewerSchema);
        return false;
    }
    if (version < latest && options.readOnly) {
        setError(u"needs upgrading to schema %1, but it cannot be written"_s.arg(latest), StoreError::Kind::ReadOnly);
        return false;
    }
    if (version < latest && options.beforeMigration && !options.beforeMigration(version, latest)) {
        if (!m_error.isError())
            setError(u"the step before upgrading the schema failed"_s);
        return false;
    }
    for (int next = version + 1; next <= latest; ++next) {
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
            if (!m_error.isError())
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
    if (m_readOnly) {
        setError(u"opened read-only; nothing can be saved"_s, StoreError::Kind::ReadOnly);
        return false;
    }
    const bool nested = m_transactionDepth > 0;
    if (!nested)
        m_error = {}; // what failed now, not an earlier operation's leftover
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

void Database::setError(const QString &cause, StoreError::Kind kind)
{
    m_error = {kind, m_path.isEmpty() ? u"database"_s : m_path, cause};
}

void Database::setError(const QSqlError &sqlError)
{
    m_error = StoreError::fromSql(sqlError, m_path.isEmpty() ? u"database"_s : m_path);
}

} // namespace pmg
