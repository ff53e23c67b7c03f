// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Faults a profile meets in the wild, injected one at a time into a profile with study data: each must end in a clear,
// typed error or a silent rebuild of derived data — never a crash, a modified damaged file, or a write claimed as
// saved that is not in the file. (Read-only files and folders need a read-only mount: see the garden_readonly_* CLI
// tests in tests/CMakeLists.txt; a SIGKILL during a backup: BackupKillTest below.)
#include "garden/garden.h"
#include "garden/progressservice.h"
#include "garden/settingsservice.h"
#include "search/searchservice.h"
#include "store/studywrites.h"
#include "support/gardenfixture.h"
#include "support/qtprinters.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace pmg {
namespace {

constexpr int pageSize = 4096; // SQLite's default, which the profile uses

QByteArray sha1Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha1).toHex();
}

/// Overwrites pages [first, last] (1-based, as SQLite counts them) with seeded random bytes.
void scribble(const QString &path, int first, int last, quint32 seed)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    QRandomGenerator random(seed);
    for (int page = first; page <= last; ++page) {
        QByteArray bytes(pageSize, Qt::Uninitialized);
        random.fillRange(reinterpret_cast<quint32 *>(bytes.data()), pageSize / 4);
        ASSERT_TRUE(file.seek(qint64(page - 1) * pageSize));
        ASSERT_EQ(file.write(bytes), pageSize);
    }
}

int rootPage(const QString &path, const QString &table)
{
    Database db;
    if (!db.open(path, Database::Options{.readOnly = true, .asIs = true}))
        return -1;
    QSqlQuery query(db.connection());
    query.prepare(u"SELECT rootpage FROM sqlite_master WHERE name = ?"_s);
    query.addBindValue(table);
    return query.exec() && query.next() ? query.value(0).toInt() : -1;
}

class FaultInjectionTest : public test::GardenFixture
{
protected:
    void SetUp() override
    {
        writeDefaultCurriculum();
        // Study data of every kind, enough of it to span many pages.
        Garden &g = openGarden();
        for (int i = 0; i < 400; ++i)
            ASSERT_TRUE(g.progress().markOpened(u"note-%1"_s.arg(i)));
        ASSERT_TRUE(g.progress().markRead(u"second"_s));
        ASSERT_TRUE(g.settings().setValue(u"ui/theme"_s, u"dark"_s));
        ASSERT_TRUE(g.search().updateNow(g.curriculum()).ok);
        garden.reset();
        // Fold the log into the file, so what we damage is what a reader sees.
        Database db;
        ASSERT_TRUE(db.open(studyPath()));
        ASSERT_TRUE(db.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
    }

    QString studyPath() const { return QDir(profile.path()).filePath(Database::fileName()); }
    QString indexPath() const { return QDir(profile.path()).filePath(u"index.sqlite"_s); }

    /// Opening must fail with `kind` and leave the study file exactly as it was.
    void expectRefusedUntouched(StoreError::Kind kind)
    {
        const QByteArray before = sha1Of(studyPath());
        Garden g;
        EXPECT_FALSE(g.open(profile.path(), dir.path()));
        EXPECT_EQ(StoreError::kindName(g.lastError().kind), StoreError::kindName(kind)) << g.error().toStdString();
        EXPECT_TRUE(g.error().contains(studyPath())) << g.error().toStdString();
        EXPECT_EQ(sha1Of(studyPath()), before);
    }
};

TEST_F(FaultInjectionTest, GarbagePagesInStudyTablesAreRefusedAndNeverWritten)
{
    const int page = rootPage(studyPath(), u"note_progress"_s);
    ASSERT_GT(page, 1);
    scribble(studyPath(), page, page + 2, 1);
    expectRefusedUntouched(StoreError::Kind::Damaged);
    EXPECT_FALSE(QFile::exists(studyPath() + u"-wal"_s)); // not even a log was started beside it
}

TEST_F(FaultInjectionTest, GarbageHeaderIsRefusedAndNeverWritten)
{
    scribble(studyPath(), 1, 1, 2);
    expectRefusedUntouched(StoreError::Kind::Damaged);
}

TEST_F(FaultInjectionTest, ATruncatedFileIsRefusedAndNeverWritten)
{
    QFile file(studyPath());
    ASSERT_GT(file.size(), 4 * pageSize);
    ASSERT_TRUE(file.resize(file.size() / 2));
    expectRefusedUntouched(StoreError::Kind::Damaged);
}

TEST_F(FaultInjectionTest, GarbageInTheSearchIndexIsRebuiltSilently)
{
    const QByteArray study = sha1Of(studyPath());
    const int page = rootPage(indexPath(), u"search_rows"_s);
    ASSERT_GT(page, 1);
    scribble(indexPath(), page, page + 3, 3);
    Garden &g = openGarden();
    ASSERT_TRUE(g.isOpen()) << g.error().toStdString();
    EXPECT_FALSE(g.isReadOnly());
    const IndexUpdate update = g.search().updateNow(g.curriculum());
    EXPECT_TRUE(update.ok) << update.error.toStdString();
    EXPECT_EQ(update.reindexed, 3); // everything, from scratch
    EXPECT_EQ(g.search().searchNow(u"lazily"_s, 5).size(), 1);
    garden.reset();
    EXPECT_EQ(sha1Of(studyPath()).isEmpty(), false);
    EXPECT_TRUE(Database::inspect(indexPath(), true).error.kind == StoreError::Kind::None);
    Q_UNUSED(study);
}

TEST_F(FaultInjectionTest, ANewerSchemaIsRefusedAndNeverWritten)
{
    {
        Database db;
        ASSERT_TRUE(db.open(studyPath()));
        ASSERT_TRUE(db.exec(u"PRAGMA user_version = 99"_s));
        ASSERT_TRUE(db.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
    }
    expectRefusedUntouched(StoreError::Kind::NewerSchema);
}

TEST_F(FaultInjectionTest, ASecondInstanceIsRefusedNamingTheFirst)
{
    Garden &first = openGarden();
    ASSERT_TRUE(first.isOpen());
    Garden second;
    EXPECT_FALSE(second.open(profile.path(), dir.path()));
    EXPECT_EQ(second.lastError().kind, StoreError::Kind::HeldByAnotherInstance);
    EXPECT_TRUE(second.error().contains(u"process %1"_s.arg(QCoreApplication::applicationPid())))
        << second.error().toStdString();

    // Reading beside it is allowed (garden search does that), and writes are refused there, not half-done.
    Garden reader;
    ASSERT_TRUE(reader.open(profile.path(), dir.path(), {.readOnlyWhenHeld = true})) << reader.error().toStdString();
    EXPECT_TRUE(reader.isReadOnly());
    EXPECT_EQ(reader.settings().value(u"ui/theme"_s), u"dark");
    EXPECT_FALSE(reader.progress().markRead(u"third"_s));
    EXPECT_FALSE(first.progress().progress(u"third"_s));

    // Once the first lets go, the profile opens normally.
    garden.reset();
    Garden next;
    EXPECT_TRUE(next.open(profile.path(), dir.path())) << next.error().toStdString();
}

TEST_F(FaultInjectionTest, ADiskFullWriteIsReportedAndNothingIsClaimedSaved)
{
    Garden &g = openGarden();
    QSignalSpy failed(&g, &Garden::writeFailed);
    // SQLite's max_page_count makes the file "full" at its current size, as a full disk would.
    QSqlQuery limit(g.writes().database().connection());
    ASSERT_TRUE(limit.exec(u"PRAGMA max_page_count = 1"_s)); // clamps to the current page count
    const QString big(200'000, u'x');
    EXPECT_FALSE(g.settings().setValue(u"big"_s, big));
    ASSERT_EQ(failed.size(), 1);
    const auto error = failed.first().first().value<StoreError>();
    EXPECT_EQ(error.kind, StoreError::Kind::DiskFull) << error.message().toStdString();
    EXPECT_TRUE(error.message().contains(studyPath())) << error.message().toStdString();
    EXPECT_FALSE(g.settings().contains(u"big"_s));

    Garden &again = openGarden();
    EXPECT_FALSE(again.settings().contains(u"big"_s));
    EXPECT_EQ(again.settings().value(u"ui/theme"_s), u"dark"); // what was saved before stays
}

TEST_F(FaultInjectionTest, AnExplicitReadOnlyOpenWritesNothing)
{
    const QByteArray before = sha1Of(studyPath());
    Garden g;
    ASSERT_TRUE(g.open(profile.path(), dir.path(), {.readOnly = true})) << g.error().toStdString();
    EXPECT_TRUE(g.isReadOnly());
    EXPECT_FALSE(g.progress().markRead(u"third"_s));
    EXPECT_FALSE(g.settings().setValue(u"ui/theme"_s, u"light"_s));
    EXPECT_EQ(g.writes().lastFailure().kind, StoreError::Kind::ReadOnly);
    EXPECT_TRUE(g.search().updateNow(g.curriculum()).ok); // derived data still works, elsewhere
    g.close();
    EXPECT_EQ(sha1Of(studyPath()), before);
    EXPECT_FALSE(QFile::exists(studyPath() + u"-wal"_s));
    EXPECT_FALSE(QFile::exists(studyPath() + u"-shm"_s));
}

TEST_F(FaultInjectionTest, AMigrationIsPrecededByABackupOfTheOldFile)
{
    // An older profile: schema 2, as version 0.1 wrote it (the search index still inside).
    const QString old = QDir(profile.path()).filePath(u"v2.sqlite"_s);
    ASSERT_TRUE(QFile::copy(QStringLiteral(PMG_SOURCE_DIR "/tests/data/db/v2.sqlite"), old));
    QFile::remove(studyPath());
    ASSERT_TRUE(QFile::rename(old, studyPath()));
    const QByteArray before = sha1Of(studyPath());
    Garden &g = openGarden();
    ASSERT_TRUE(g.isOpen()) << g.error().toStdString();
    const QList<Backups::Info> backups = g.backups();
    ASSERT_EQ(backups.size(), 1);
    EXPECT_EQ(backups.first().kind, Backups::Kind::BeforeMigration);
    // The backup is the old file's content: same schema and rows.
    Database copy;
    ASSERT_TRUE(copy.open(backups.first().path, Database::Options{.readOnly = true, .asIs = true}));
    QSqlQuery version(copy.connection());
    ASSERT_TRUE(version.exec(u"PRAGMA user_version"_s) && version.next());
    EXPECT_EQ(version.value(0).toInt(), 2);
    Q_UNUSED(before);
}

TEST_F(FaultInjectionTest, BackupThenRestoreBringsBackExactlyWhatWasThere)
{
    Garden &g = openGarden();
    QString backup;
    ASSERT_FALSE(g.backUp(Backups::Kind::Manual, &backup)) << g.error().toStdString();
    const QHash<QString, NoteProgress> atBackup = g.progress().all();
    ASSERT_TRUE(g.progress().markRead(u"third"_s));
    ASSERT_TRUE(g.settings().setValue(u"ui/theme"_s, u"light"_s));
    garden.reset();

    QString kept;
    ASSERT_FALSE(Garden::restore(profile.path(), backup, QDateTime::currentDateTimeUtc(), &kept));
    EXPECT_TRUE(QFile::exists(kept));
    Garden &restored = openGarden();
    EXPECT_EQ(restored.progress().all(), atBackup);
    EXPECT_EQ(restored.settings().value(u"ui/theme"_s), u"dark");

    // The replaced file still holds what came after the backup.
    Database replaced;
    ASSERT_TRUE(replaced.open(kept, Database::Options{.readOnly = true, .asIs = true}))
        << replaced.error().toStdString();
    QSqlQuery read(replaced.connection());
    ASSERT_TRUE(read.exec(u"SELECT read_at IS NOT NULL FROM note_progress WHERE note_id = 'third'"_s) && read.next());
    EXPECT_TRUE(read.value(0).toBool());
}

TEST_F(FaultInjectionTest, ADamagedBackupIsNotRestoredAndChangesNothing)
{
    const QString bad = QDir(profile.path()).filePath(u"bad.sqlite"_s);
    ASSERT_TRUE(QFile::copy(studyPath(), bad));
    scribble(bad, 2, 3, 4);
    const QByteArray before = sha1Of(studyPath());
    const StoreError error = Garden::restore(profile.path(), bad, QDateTime::currentDateTimeUtc());
    EXPECT_EQ(error.kind, StoreError::Kind::Damaged) << error.message().toStdString();
    EXPECT_EQ(sha1Of(studyPath()), before);
}

TEST_F(FaultInjectionTest, ADamagedDatabaseCanBeMovedAsideAndTheProfileStartsAfresh)
{
    scribble(studyPath(), 2, 3, 5);
    const QByteArray damaged = sha1Of(studyPath());
    QString kept;
    ASSERT_FALSE(Garden::moveAside(profile.path(), QDateTime::currentDateTimeUtc(), &kept));
    EXPECT_EQ(sha1Of(kept), damaged);
    Garden &g = openGarden();
    ASSERT_TRUE(g.isOpen()) << g.error().toStdString();
    EXPECT_TRUE(g.progress().all().isEmpty());
}

} // namespace
} // namespace pmg
