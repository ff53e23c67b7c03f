// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Search over the real bundled curriculum: what a learner would type, and what they must find.
#include "curriculum/curriculumloader.h"
#include "search/indexdatabase.h"
#include "search/searchindex.h"
#include "store/database.h"
#include "support/qtprinters.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace pmg {
namespace {

class CurriculumSearchTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        curriculum = new Curriculum(CurriculumLoader::loadDirectory(QStringLiteral(PMG_SOURCE_DIR "/curriculum")));
    }
    static void TearDownTestSuite()
    {
        delete curriculum;
        curriculum = nullptr;
    }
    void SetUp() override
    {
        ASSERT_TRUE(db.open(u":memory:"_s, IndexDatabase::options())) << db.error().toStdString();
        const IndexUpdate update = SearchIndex(db).update(*curriculum);
        ASSERT_TRUE(update.ok) << update.error.toStdString();
        ASSERT_EQ(update.total, curriculum->notes.size());
        ASSERT_EQ(update.reindexed, update.total);
    }

    static Curriculum *curriculum;
    Database db;
};

Curriculum *CurriculumSearchTest::curriculum = nullptr;

TEST_F(CurriculumSearchTest, GeneratorFindsTheGeneratorSections)
{
    const QList<SearchHit> hits = SearchIndex(db).search(u"generator"_s, 10);
    ASSERT_FALSE(hits.isEmpty());
    // The best hits are sections about generators (title hits), e.g. 1.1's "### Generator".
    EXPECT_TRUE(hits[0].title.contains(u"enerator"_s)) << hits[0].title.toStdString();
    bool definitions = false;
    for (const SearchHit &hit : hits)
        definitions = definitions || (hit.noteId == u"definitions" && hit.anchor == u"generator");
    EXPECT_TRUE(definitions);
    EXPECT_TRUE(hits[0].firstMatch.startsWith(u"generator"_s, Qt::CaseInsensitive)) << hits[0].firstMatch.toStdString();
}

TEST_F(CurriculumSearchTest, PrefixFindsWholeWords)
{
    const QList<SearchHit> hits = SearchIndex(db).search(u"gener"_s, 50);
    EXPECT_EQ(hits.size(), 50);
}

TEST_F(CurriculumSearchTest, WalrusFindsTheCardTheDefinitionAndTheCheatsheet)
{
    const QList<SearchHit> hits = SearchIndex(db).search(u"walrus"_s);
    QStringList where;
    for (const SearchHit &hit : hits)
        where.append(hit.itemId.isEmpty() ? hit.noteId : hit.itemId);
    EXPECT_TRUE(where.contains(u"c-p1-walrus"_s)) << where.join(u' ').toStdString();
    EXPECT_TRUE(where.contains(u"definitions"_s)) << where.join(u' ').toStdString();
    EXPECT_TRUE(where.contains(u"cheatsheets"_s)) << where.join(u' ').toStdString();
    // ":=" has no letters or numbers: the tokenizer cannot index it, so it is not a query either.
    EXPECT_TRUE(SearchIndex(db).search(u":="_s).isEmpty());
}

TEST_F(CurriculumSearchTest, DiacriticsInTheCurriculumMatchPlainLetters)
{
    const QList<SearchHit> hits = SearchIndex(db).search(u"cafe"_s);
    ASSERT_FALSE(hits.isEmpty());
    EXPECT_EQ(hits[0].firstMatch, u"café");
}

TEST_F(CurriculumSearchTest, SecondUpdateChangesNothing)
{
    const IndexUpdate again = SearchIndex(db).update(*curriculum);
    EXPECT_TRUE(again.ok);
    EXPECT_EQ(again.reindexed, 0);
    EXPECT_EQ(again.removed, 0);
}

} // namespace
} // namespace pmg
