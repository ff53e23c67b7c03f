// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "search/searchquery.h"
#include "support/qtprinters.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace pmg {
namespace {

TEST(SearchQueryTest, SplitsIntoWordsLikeTheTokenizer)
{
    EXPECT_EQ(SearchQuery::terms(u"Generators: yield!"_s), (QStringList{u"Generators"_s, u"yield"_s}));
    EXPECT_EQ(SearchQuery::terms(u"__init__ self.x"_s), (QStringList{u"init"_s, u"self"_s, u"x"_s}));
    EXPECT_EQ(SearchQuery::terms(u"café naïve 3.13"_s), (QStringList{u"café"_s, u"naïve"_s, u"3"_s, u"13"_s}));
    EXPECT_TRUE(SearchQuery::terms(u" := () \"* "_s).isEmpty());
}

TEST(SearchQueryTest, QuotesEveryTermAsAPrefix)
{
    EXPECT_EQ(SearchQuery::matchExpression(u"a AND ("_s), u"\"a\"* \"AND\"*"_s);
    EXPECT_EQ(SearchQuery::matchExpression(u"\"near\""_s), u"\"near\"*"_s);
    EXPECT_TRUE(SearchQuery::matchExpression(u"\""_s).isEmpty());
}

TEST(SearchQueryTest, LongInputIsCapped)
{
    QString input;
    for (int i = 0; i < 100; ++i)
        input += u"w%1 "_s.arg(i);
    EXPECT_EQ(SearchQuery::terms(input).size(), SearchQuery::maxTerms);
}

} // namespace
} // namespace pmg
