// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/database.h"
#include "store/migrations.h"
#include "support/qtprinters.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <stdexcept>

using namespace Qt::StringLiterals;

namespace pmg {
namespace {

QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return QVariant();
    return query.value(0);
}

int countRows(const Database &db, const QString &table)
{
    return scalar(db.connection(), u"SELECT count(*) FROM "_s + table).toInt();
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// A second, raw connection to the same file, as another program (or an older build) would have.
class RawConnection
{
public:
    explicit RawConnection(const QString &path)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=100"_s);
        opened = db.open();
    }
    ~RawConnection()
    {
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
    bool exec(const QString &sql) const
    {
        QSqlQuery query(QSqlDatabase::database(name, false));
        return query.exec(sql);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(name, false); }

    const QString name = u"raw-test-connection"_s;
    bool opened = false;
};

class DatabaseTest : public ::testing::Test
{
protected:
    QString file() const { return dir.filePath(Database::fileName()); }
    QTemporaryDir dir;
};

TEST_F(DatabaseTest, FreshFileIsWalWithForeignKeysAtTheLatestVersion)
{
    Database db;
    ASSERT_TRUE(db.open(file())) << db.error().toStdString();
    EXPECT_TRUE(db.isOpen());
    EXPECT_EQ(db.path(), file());
    EXPECT_EQ(db.schemaVersion(), Migrations::latest());
    EXPECT_GE(Migrations::latest(), 2);
    EXPECT_EQ(scalar(db.connection(), u"PRAGMA journal_mode"_s).toString(), u"wal");
    EXPECT_EQ(scalar(db.connection(), u"PRAGMA foreign_keys"_s).toInt(), 1);
    EXPECT_EQ(scalar(db.connection(), u"PRAGMA user_version"_s).toInt(), Migrations::latest());
    for (const QString &table : {u"settings"_s, u"note_progress"_s, u"user_notes"_s, u"search_notes"_s})
        EXPECT_EQ(countRows(db, table), 0) << table.toStdString();
}

TEST_F(DatabaseTest, ReopeningKeepsDataAndDoesNotRerunMigrations)
{
    {
        Database db;
        ASSERT_TRUE(db.open(file())) << db.error().toStdString();
        ASSERT_TRUE(db.exec(u"INSERT INTO settings VALUES ('k', 'v')"_s)) << db.error().toStdString();
    }
    Database db;
    // Re-running migration 1 would fail on CREATE TABLE settings; the row proves nothing was recreated either.
    ASSERT_TRUE(db.open(file())) << db.error().toStdString();
    EXPECT_EQ(scalar(db.connection(), u"SELECT value FROM settings WHERE key = 'k'"_s).toString(), u"v");
    EXPECT_EQ(db.schemaVersion(), Migrations::latest());
}

TEST_F(DatabaseTest, OlderFileIsMigratedForwardOnly)
{
    {
        RawConnection raw(file());
        ASSERT_TRUE(raw.opened);
        for (const QString &statement : Migrations::all().at(0))
            ASSERT_TRUE(raw.exec(statement));
        ASSERT_TRUE(raw.exec(u"PRAGMA user_version = 1"_s));
        ASSERT_TRUE(raw.exec(u"INSERT INTO settings VALUES ('theme', 'dark')"_s));
    }
    Database db;
    ASSERT_TRUE(db.open(file())) << db.error().toStdString();
    EXPECT_EQ(db.schemaVersion(), Migrations::latest());
    EXPECT_EQ(scalar(db.connection(), u"SELECT value FROM settings"_s).toString(), u"dark");
    EXPECT_EQ(countRows(db, u"search_rows"_s), 0);
}

TEST_F(DatabaseTest, FailedMigrationIsRolledBackAndReported)
{
    {
        RawConnection raw(file());
        for (const QString &statement : Migrations::all().at(0))
            ASSERT_TRUE(raw.exec(statement));
        ASSERT_TRUE(raw.exec(u"PRAGMA user_version = 1"_s));
        // Something in the way of migration 2's first table.
        ASSERT_TRUE(raw.exec(u"CREATE TABLE search_rows(x)"_s));
    }
    Database db;
    EXPECT_FALSE(db.open(file()));
    EXPECT_FALSE(db.isOpen());
    EXPECT_TRUE(db.error().startsWith(file() + u": "_s)) << db.error().toStdString();
    EXPECT_TRUE(db.error().contains(u"search_rows"_s)) << db.error().toStdString();
    RawConnection raw(file());
    EXPECT_EQ(scalar(raw.db(), u"PRAGMA user_version"_s).toInt(), 1);
    EXPECT_EQ(scalar(raw.db(), u"SELECT count(*) FROM sqlite_schema WHERE name = 'search_notes'"_s).toInt(), 0);
}

TEST_F(DatabaseTest, NewerSchemaIsRefusedAndLeftUntouched)
{
    {
        RawConnection raw(file());
        ASSERT_TRUE(raw.exec(u"CREATE TABLE future(x)"_s));
        ASSERT_TRUE(raw.exec(u"PRAGMA user_version = 9"_s));
    }
    const QByteArray before = readAll(file());
    Database db;
    EXPECT_FALSE(db.open(file()));
    EXPECT_FALSE(db.isOpen());
    EXPECT_EQ(
        db.error(),
        file() + u": written by a newer version (schema 9; this version knows up to %1)"_s.arg(Migrations::latest()));
    EXPECT_EQ(readAll(file()), before);
    EXPECT_FALSE(QFile::exists(file() + u"-wal"_s)); // not even switched to WAL
}

TEST_F(DatabaseTest, GarbageFileGivesAClearErrorAndIsNotModified)
{
    QByteArray garbage(8192, '\0');
    QRandomGenerator random(42);
    for (char &c : garbage)
        c = static_cast<char>(random.bounded(256));
    {
        QFile f(file());
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(garbage);
    }
    Database db;
    EXPECT_FALSE(db.open(file()));
    EXPECT_FALSE(db.isOpen());
    EXPECT_EQ(db.error(), file() + u": file is not a database"_s);
    EXPECT_EQ(readAll(file()), garbage);
    EXPECT_FALSE(QFile::exists(file() + u"-wal"_s));
}

TEST_F(DatabaseTest, FolderInsteadOfFileIsAnError)
{
    Database db;
    EXPECT_FALSE(db.open(dir.path()));
    EXPECT_EQ(db.error(), dir.path() + u": not a file"_s);
}

TEST_F(DatabaseTest, ExclusivelyLockedFileReportsLocked)
{
    RawConnection locker(file());
    ASSERT_TRUE(locker.exec(u"CREATE TABLE t(x)"_s));
    ASSERT_TRUE(locker.exec(u"BEGIN EXCLUSIVE"_s));
    ASSERT_TRUE(locker.exec(u"INSERT INTO t VALUES (1)"_s));
    Database db;
    db.setBusyTimeout(50);
    EXPECT_FALSE(db.open(file()));
    EXPECT_EQ(db.error(), file() + u": database is locked (is another program using it?)"_s);
    ASSERT_TRUE(locker.exec(u"ROLLBACK"_s));
    EXPECT_TRUE(db.open(file())) << db.error().toStdString(); // and fine once the lock is gone
}

TEST_F(DatabaseTest, WriterWaitingForAnotherWriterReportsLocked)
{
    Database first;
    Database second;
    second.setBusyTimeout(50);
    ASSERT_TRUE(first.open(file())) << first.error().toStdString();
    ASSERT_TRUE(second.open(file())) << second.error().toStdString();
    bool inner = true;
    ASSERT_TRUE(first.transaction([&] {
        inner = second.transaction([] { return true; });
        return first.exec(u"INSERT INTO settings VALUES ('a', 'b')"_s);
    }));
    EXPECT_FALSE(inner);
    EXPECT_TRUE(second.error().endsWith(u"database is locked (is another program using it?)"_s))
        << second.error().toStdString();
    EXPECT_EQ(countRows(second, u"settings"_s), 1); // WAL: the reader sees the committed row
}

TEST_F(DatabaseTest, TransactionCommitsOnTrueAndRollsBackOnFalse)
{
    Database db;
    ASSERT_TRUE(db.open(u":memory:"_s)) << db.error().toStdString();
    EXPECT_TRUE(db.transaction([&] { return db.exec(u"INSERT INTO settings VALUES ('kept', '1')"_s); }));
    EXPECT_FALSE(db.transaction([&] {
        db.exec(u"INSERT INTO settings VALUES ('dropped', '1')"_s);
        return false;
    }));
    EXPECT_EQ(countRows(db, u"settings"_s), 1);
    EXPECT_EQ(scalar(db.connection(), u"SELECT key FROM settings"_s).toString(), u"kept");
}

TEST_F(DatabaseTest, NestedTransactionsAreSavepoints)
{
    Database db;
    ASSERT_TRUE(db.open(u":memory:"_s)) << db.error().toStdString();
    EXPECT_TRUE(db.transaction([&] {
        db.exec(u"INSERT INTO settings VALUES ('outer', '1')"_s);
        EXPECT_FALSE(db.transaction([&] {
            db.exec(u"INSERT INTO settings VALUES ('inner', '1')"_s);
            return false;
        }));
        return true;
    }));
    EXPECT_EQ(countRows(db, u"settings"_s), 1);
    EXPECT_EQ(scalar(db.connection(), u"SELECT key FROM settings"_s).toString(), u"outer");
}

TEST_F(DatabaseTest, ThrowingWorkRollsBackAndRethrows)
{
    Database db;
    ASSERT_TRUE(db.open(u":memory:"_s)) << db.error().toStdString();
    EXPECT_THROW(db.transaction([&]() -> bool {
        db.exec(u"INSERT INTO settings VALUES ('x', '1')"_s);
        throw std::runtime_error("boom");
    }),
                 std::runtime_error);
    EXPECT_EQ(countRows(db, u"settings"_s), 0);
    EXPECT_TRUE(db.transaction([&] { return db.exec(u"INSERT INTO settings VALUES ('y', '1')"_s); }))
        << db.error().toStdString();
}

TEST_F(DatabaseTest, FailedStatementNamesTheFile)
{
    Database db;
    ASSERT_TRUE(db.open(file())) << db.error().toStdString();
    EXPECT_FALSE(db.exec(u"INSERT INTO no_such_table VALUES (1)"_s));
    EXPECT_TRUE(db.error().startsWith(file() + u": "_s)) << db.error().toStdString();
    EXPECT_TRUE(db.error().contains(u"no_such_table"_s)) << db.error().toStdString();
}

TEST_F(DatabaseTest, InMemoryDatabasesAreSeparateAndConnectionsAreRemoved)
{
    QString name;
    {
        Database a;
        Database b;
        ASSERT_TRUE(a.open(u":memory:"_s)) << a.error().toStdString();
        ASSERT_TRUE(b.open(u":memory:"_s)) << b.error().toStdString();
        ASSERT_TRUE(a.exec(u"INSERT INTO settings VALUES ('a', '1')"_s));
        EXPECT_EQ(countRows(b, u"settings"_s), 0);
        name = a.connection().connectionName();
        EXPECT_TRUE(QSqlDatabase::contains(name));
    }
    EXPECT_FALSE(QSqlDatabase::contains(name));
}

TEST_F(DatabaseTest, DriverHasFts5WithDiacriticRemoval)
{
    Database db;
    ASSERT_TRUE(db.open(u":memory:"_s)) << db.error().toStdString();
    EXPECT_TRUE(db.exec(u"CREATE VIRTUAL TABLE probe USING fts5(x, tokenize='unicode61 remove_diacritics 2')"_s))
        << db.error().toStdString();
}

// The files of released schema versions (tests/data/db) open with today's code, their study data intact.
class ReleasedSchemaTest : public DatabaseTest, public ::testing::WithParamInterface<int>
{};

TEST_P(ReleasedSchemaTest, MigratesToTheLatestSchemaKeepingEveryRow)
{
    const QString source = QStringLiteral(PMG_SOURCE_DIR "/tests/data/db/v%1.sqlite").arg(GetParam());
    ASSERT_TRUE(QFile::copy(source, file()));
    QFile::setPermissions(file(), QFile::ReadOwner | QFile::WriteOwner);
    Database db;
    ASSERT_TRUE(db.open(file())) << db.error().toStdString();
    EXPECT_EQ(db.schemaVersion(), Migrations::latest());
    EXPECT_EQ(scalar(db.connection(), u"SELECT value FROM settings WHERE key = 'ui/theme'"_s).toString(), u"dark");
    EXPECT_EQ(countRows(db, u"settings"_s), 3);
    EXPECT_EQ(countRows(db, u"note_progress"_s), 2);
    EXPECT_EQ(scalar(db.connection(), u"SELECT scroll_y FROM note_progress WHERE note_id = 'second'"_s).toDouble(),
              812.5);
    EXPECT_EQ(scalar(db.connection(), u"SELECT read_at FROM note_progress WHERE note_id = 'first'"_s).toLongLong(),
              1764100000000);
    EXPECT_TRUE(scalar(db.connection(), u"SELECT content FROM user_notes"_s).toByteArray().contains("My own words"));
    // Derived data left the study database (migration 3): the index lives in index.sqlite now.
    EXPECT_FALSE(scalar(db.connection(), u"SELECT 1 FROM sqlite_master WHERE name LIKE 'search%'"_s).isValid());
    QSqlQuery check(db.connection());
    ASSERT_TRUE(check.exec(u"PRAGMA integrity_check"_s) && check.next());
    EXPECT_EQ(check.value(0).toString(), u"ok");
}

INSTANTIATE_TEST_SUITE_P(Versions, ReleasedSchemaTest, ::testing::Values(1, 2),
                         [](const ::testing::TestParamInfo<int> &version) {
                             return "v" + std::to_string(version.param);
                         });

} // namespace
} // namespace pmg
