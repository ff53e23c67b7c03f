// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/database.h"
#include "store/usernotestore.h"
#include "support/qtprinters.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace pmg {
namespace {

const QDateTime now = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, QTimeZone::UTC);

class UserNoteStoreTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(db.open(u":memory:"_s)) << db.error().toStdString(); }
    Database db;
};

TEST_F(UserNoteStoreTest, SaveOverwriteRemoveRoundTrip)
{
    UserNoteStore store(db);
    const QString path = u"1-foundations/1.1-definitions.md"_s;
    EXPECT_FALSE(store.content(path).has_value());
    static const char raw[] = "---\nid: x\n---\nbinary-safe \x00\xff bytes\n";
    const QByteArray bytes(raw, sizeof(raw) - 1); // with the NUL inside
    ASSERT_TRUE(store.save(path, bytes, now)) << db.error().toStdString();
    EXPECT_EQ(store.content(path), std::optional<QByteArray>(bytes));
    ASSERT_TRUE(store.save(path, "edited", now.addSecs(60))) << db.error().toStdString();
    EXPECT_EQ(store.content(path), std::optional<QByteArray>("edited"));
    ASSERT_TRUE(store.save(u"9-mine/new.md"_s, QByteArray(), now))
        << db.error().toStdString(); // an empty note is a note
    EXPECT_EQ(store.content(u"9-mine/new.md"_s), std::optional<QByteArray>(QByteArray()));

    const QHash<QString, QByteArray> all = store.all();
    EXPECT_EQ(all.size(), 2);
    EXPECT_EQ(all.value(path), "edited");

    ASSERT_TRUE(store.remove(path)) << db.error().toStdString();
    EXPECT_FALSE(store.content(path).has_value());
    EXPECT_TRUE(store.remove(path)) << db.error().toStdString(); // already gone: fine
    EXPECT_EQ(store.all().size(), 1);
}

TEST_F(UserNoteStoreTest, PathsOutsideTheCurriculumAreRejected)
{
    UserNoteStore store(db);
    for (const QString &bad : {u""_s, u"/etc/passwd"_s, u"../x.md"_s, u"a/../../x.md"_s, u"a//b.md"_s, u"a\\b.md"_s}) {
        EXPECT_FALSE(store.save(bad, "x", now)) << bad.toStdString();
        EXPECT_FALSE(store.content(bad).has_value()) << bad.toStdString();
    }
    EXPECT_TRUE(db.error().contains(u"not a path inside the curriculum"_s)) << db.error().toStdString();
    EXPECT_TRUE(store.all().isEmpty());
}

} // namespace
} // namespace pmg
