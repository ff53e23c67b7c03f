// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/database.h"
#include "store/settingsstore.h"
#include "support/qtprinters.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace pmg {
namespace {

TEST(SettingsStoreTest, RoundTripsAndOverwrites)
{
    Database db;
    ASSERT_TRUE(db.open(u":memory:"_s)) << db.error().toStdString();
    SettingsStore settings(db);
    EXPECT_EQ(settings.value(u"theme"_s, u"light"_s), u"light");
    EXPECT_FALSE(settings.contains(u"theme"_s));
    ASSERT_TRUE(settings.setValue(u"theme"_s, u"dark"_s)) << db.error().toStdString();
    EXPECT_EQ(settings.value(u"theme"_s, u"light"_s), u"dark");
    ASSERT_TRUE(settings.setValue(u"theme"_s, u"sépia ☕"_s)) << db.error().toStdString();
    EXPECT_EQ(settings.value(u"theme"_s), u"sépia ☕");
    ASSERT_TRUE(settings.setValue(u"empty"_s, QString())) << db.error().toStdString();
    EXPECT_TRUE(settings.contains(u"empty"_s));
    EXPECT_EQ(settings.value(u"empty"_s, u"fallback"_s), u"");
    ASSERT_TRUE(settings.remove(u"theme"_s)) << db.error().toStdString();
    EXPECT_EQ(settings.value(u"theme"_s, u"light"_s), u"light");
}

TEST(SettingsStoreTest, PersistsAcrossOpenings)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(Database::fileName());
    {
        Database db;
        ASSERT_TRUE(db.open(file)) << db.error().toStdString();
        ASSERT_TRUE(SettingsStore(db).setValue(u"last-note"_s, u"generators"_s)) << db.error().toStdString();
    }
    Database db;
    ASSERT_TRUE(db.open(file)) << db.error().toStdString();
    EXPECT_EQ(SettingsStore(db).value(u"last-note"_s), u"generators");
}

TEST(SettingsStoreTest, WriteOnClosedDatabaseFailsWithAnError)
{
    Database db;
    SettingsStore settings(db);
    EXPECT_FALSE(settings.setValue(u"a"_s, u"b"_s));
    EXPECT_TRUE(db.error().contains(u"not open"_s)) << db.error().toStdString();
    EXPECT_EQ(settings.value(u"a"_s, u"fallback"_s), u"fallback");
}

} // namespace
} // namespace pmg
