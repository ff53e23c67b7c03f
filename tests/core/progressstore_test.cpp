// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/database.h"
#include "store/progressstore.h"
#include "support/qtprinters.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace pmg {
namespace {

QDateTime at(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::UTC);
}

class ProgressStoreTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(db.open(u":memory:"_s)) << db.error().toStdString(); }
    Database db;
};

TEST_F(ProgressStoreTest, OpeningsKeepTheFirstAndUpdateTheLast)
{
    ProgressStore store(db);
    EXPECT_FALSE(store.progress(u"generators"_s).has_value());
    ASSERT_TRUE(store.markOpened(u"generators"_s, at(1000))) << db.error().toStdString();
    ASSERT_TRUE(store.markOpened(u"generators"_s, at(5000))) << db.error().toStdString();
    const auto p = store.progress(u"generators"_s);
    ASSERT_TRUE(p.has_value());
    EXPECT_EQ(p->noteId, u"generators");
    EXPECT_EQ(p->firstOpened, at(1000));
    EXPECT_EQ(p->lastOpened, at(5000));
    EXPECT_FALSE(p->read.has_value());
    EXPECT_EQ(p->scrollY, 0.0);
}

TEST_F(ProgressStoreTest, ReadKeepsTheFirstTimeAndCountsAsOpening)
{
    ProgressStore store(db);
    ASSERT_TRUE(store.markRead(u"a"_s, at(2000))) << db.error().toStdString();
    ASSERT_TRUE(store.markRead(u"a"_s, at(9000))) << db.error().toStdString();
    const auto p = store.progress(u"a"_s);
    ASSERT_TRUE(p.has_value());
    EXPECT_EQ(p->read, std::optional<QDateTime>(at(2000)));
    EXPECT_EQ(p->firstOpened, at(2000));
}

TEST_F(ProgressStoreTest, ScrollRoundTripsOnlyForOpenedNotes)
{
    ProgressStore store(db);
    EXPECT_FALSE(store.setScroll(u"never"_s, 10));
    EXPECT_TRUE(db.error().contains(u"never"_s)) << db.error().toStdString();
    ASSERT_TRUE(store.markOpened(u"a"_s, at(1))) << db.error().toStdString();
    ASSERT_TRUE(store.setScroll(u"a"_s, 1234.5)) << db.error().toStdString();
    EXPECT_EQ(store.progress(u"a"_s)->scrollY, 1234.5);
}

TEST_F(ProgressStoreTest, AllReturnsEveryNote)
{
    ProgressStore store(db);
    ASSERT_TRUE(store.markOpened(u"a"_s, at(1)));
    ASSERT_TRUE(store.markOpened(u"b"_s, at(2)));
    ASSERT_TRUE(store.markRead(u"b"_s, at(3)));
    const QHash<QString, NoteProgress> all = store.all();
    ASSERT_EQ(all.size(), 2);
    EXPECT_EQ(all.value(u"a"_s).lastOpened, at(1));
    EXPECT_EQ(all.value(u"b"_s).read, std::optional<QDateTime>(at(3)));
    EXPECT_EQ(all.value(u"b"_s), *store.progress(u"b"_s));
}

TEST_F(ProgressStoreTest, InvalidTimeIsRejected)
{
    ProgressStore store(db);
    EXPECT_FALSE(store.markOpened(u"a"_s, QDateTime()));
    EXPECT_FALSE(store.progress(u"a"_s).has_value());
}

} // namespace
} // namespace pmg
