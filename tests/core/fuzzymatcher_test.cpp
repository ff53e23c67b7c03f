// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "search/fuzzymatcher.h"
#include "support/qtprinters.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace pmg {
namespace {

Curriculum sampleCurriculum()
{
    Curriculum c;
    const QList<std::pair<QString, QString>> notes = {
        {u"2"_s, u"Applied practice"_s},      {u"2.1"_s, u"Code examples"_s},
        {u"2.1.1"_s, u"Basic examples"_s},    {u"2.1.2"_s, u"Intermediate examples"_s},
        {u"2.1.3"_s, u"Advanced examples"_s}, {u"2.3.1"_s, u"Design patterns"_s},
        {u"3.1"_s, u"Cheatsheets"_s},         {u"1.5"_s, u"Internals"_s},
    };
    for (const auto &[section, title] : notes) {
        Note note;
        note.id = title.toLower().replace(u' ', u'-');
        note.section = section;
        note.title = title;
        c.notes.append(note);
    }
    c.reindex();
    return c;
}

QStringList titles(const QList<const Note *> &notes)
{
    QStringList t;
    for (const Note *note : notes)
        t.append(note->title);
    return t;
}

TEST(FuzzyMatcherTest, MatchesSubsequencesCaseInsensitively)
{
    EXPECT_TRUE(FuzzyMatcher::score(u"gnr"_s, u"Generators"_s).has_value());
    EXPECT_TRUE(FuzzyMatcher::score(u"GEN"_s, u"generators"_s).has_value());
    EXPECT_TRUE(FuzzyMatcher::score(u"adv ex"_s, u"2.1.3 Advanced examples"_s).has_value());
    EXPECT_FALSE(FuzzyMatcher::score(u"rg"_s, u"Generators"_s).has_value()); // order matters
    EXPECT_FALSE(FuzzyMatcher::score(u"xyz"_s, u"Generators"_s).has_value());
    EXPECT_FALSE(FuzzyMatcher::score(u"generatorsss"_s, u"Generators"_s).has_value());
    EXPECT_EQ(FuzzyMatcher::score(u""_s, u"anything"_s), std::optional<int>(0));
}

TEST(FuzzyMatcherTest, WordStartsAndRunsBeatScatteredMatches)
{
    // "gen" at a word start beats "gen" inside a word.
    EXPECT_GT(*FuzzyMatcher::score(u"gen"_s, u"Generators"_s), *FuzzyMatcher::score(u"gen"_s, u"Intelligence"_s));
    // A consecutive run beats the same letters spread out.
    EXPECT_GT(*FuzzyMatcher::score(u"ab"_s, u"xx abyyyy"_s), *FuzzyMatcher::score(u"ab"_s, u"xx ayyyb"_s));
    // Initials of words beat letters inside one word.
    EXPECT_GT(*FuzzyMatcher::score(u"dp"_s, u"Design patterns"_s), *FuzzyMatcher::score(u"dp"_s, u"Adapters"_s));
}

TEST(FuzzyMatcherTest, ShorterCandidateWinsTies)
{
    EXPECT_GT(*FuzzyMatcher::score(u"basic"_s, u"Basic"_s), *FuzzyMatcher::score(u"basic"_s, u"Basic examples"_s));
}

TEST(FuzzyMatcherTest, RanksNotesBySectionAndTitle)
{
    const Curriculum c = sampleCurriculum();
    EXPECT_EQ(titles(FuzzyMatcher::rank(c, u"213"_s)).value(0), u"Advanced examples");
    EXPECT_EQ(titles(FuzzyMatcher::rank(c, u"adv ex"_s)).value(0), u"Advanced examples");
    EXPECT_EQ(titles(FuzzyMatcher::rank(c, u"advex"_s)).value(0), u"Advanced examples");
    EXPECT_EQ(titles(FuzzyMatcher::rank(c, u"2.1.1"_s)).value(0), u"Basic examples");
    EXPECT_EQ(titles(FuzzyMatcher::rank(c, u"cheat"_s)), QStringList{u"Cheatsheets"_s});
    EXPECT_EQ(titles(FuzzyMatcher::rank(c, u"int"_s)).mid(0, 2),
              (QStringList{u"Internals"_s, u"Intermediate examples"_s})); // same match, shorter first

    const QStringList examples = titles(FuzzyMatcher::rank(c, u"examples"_s));
    EXPECT_EQ(examples.size(), 4);
    EXPECT_EQ(examples.value(0), u"Code examples"); // shortest of the equal matches
    EXPECT_EQ(FuzzyMatcher::rank(c, u"examples"_s, 2).size(), 2);
    EXPECT_TRUE(FuzzyMatcher::rank(c, u"zzz"_s).isEmpty());
}

TEST(FuzzyMatcherTest, EmptyPatternListsNotesInCurriculumOrder)
{
    const Curriculum c = sampleCurriculum();
    EXPECT_EQ(titles(FuzzyMatcher::rank(c, u" "_s, 3)),
              (QStringList{u"Applied practice"_s, u"Code examples"_s, u"Basic examples"_s}));
}

} // namespace
} // namespace pmg
