// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/curriculumfixture.h"

namespace pmg {
namespace {

using ItemTest = test::CurriculumFixture;

TEST_F(ItemTest, ParsesAFlashcard)
{
    write(QStringLiteral("1-a/a.md"), note("a", "1.1",
                                           "> [!card] id=c-one level=expert\n> **Q:** Why?\n>\n"
                                           "> **A:** Because\n> ```python\n> x = 1\n> ```\n"));
    const Curriculum c = load();
    ASSERT_FALSE(c.hasErrors()) << messages(c);
    ASSERT_EQ(c.flashcards.size(), 1);
    EXPECT_EQ(c.flashcards[0].id, u"c-one");
    EXPECT_EQ(c.flashcards[0].noteId, u"a");
    EXPECT_EQ(c.flashcards[0].front, u"Why?");
    EXPECT_EQ(c.flashcards[0].back, u"Because\n```python\nx = 1\n```");
    EXPECT_EQ(c.flashcards[0].level, std::optional<Level>(Level::Expert));
    EXPECT_EQ(c.flashcards[0].line, 8);
}

TEST_F(ItemTest, ParsesEveryQuestionType)
{
    write(QStringLiteral("1-a/a.md"),
          note("a", "1.1",
               "> [!quiz] id=q-single type=single level=beginner\n> Pick.\n>\n> - [ ] no\n> - [x] yes\n>\n"
               "> **Explanation:** because\n>\n> **Learn:** [[a]]\n\n"
               "> [!quiz] id=q-multi type=multiple level=intermediate\n> Pick all.\n> - [x] a\n> - [x] b\n> - [ ] c\n"
               "> **Explanation:** e\n> **Learn:** [[a|note]]\n\n"
               "> [!quiz] id=q-tf type=truefalse level=expert\n> Sure?\n> - [ ] True\n> - [x] False\n"
               "> **Explanation:** e\n> **Learn:** [[a]]\n\n"
               "> [!quiz] id=q-out type=output level=beginner\n> What prints?\n> ```python\n> print(1 + 1)\n> ```\n>\n"
               "> ```output\n> 2\n> ```\n> **Explanation:** e\n> **Learn:** [[a]]\n\n"
               "> [!quiz] id=q-short type=short level=beginner\n> Name it.\n> **Accept:** `len` | len()\n"
               "> **Explanation:** e\n> **Learn:** [[a]]\n"));
    const Curriculum c = load();
    ASSERT_FALSE(c.hasErrors()) << messages(c);
    ASSERT_EQ(c.questions.size(), 5);
    const QuizQuestion &single = c.questions[0];
    EXPECT_EQ(single.type, QuestionType::Single);
    EXPECT_EQ(single.prompt, u"Pick.");
    ASSERT_EQ(single.options.size(), 2);
    EXPECT_TRUE(single.options[1].correct);
    EXPECT_EQ(single.explanation, u"because");
    EXPECT_EQ(single.learnNoteId, u"a");
    EXPECT_EQ(c.questions[1].options.size(), 3);
    EXPECT_EQ(c.questions[2].type, QuestionType::TrueFalse);
    const QuizQuestion &output = c.questions[3];
    EXPECT_EQ(output.code, u"print(1 + 1)\n");
    EXPECT_EQ(output.expectedOutput, u"2\n");
    EXPECT_EQ(output.prompt, u"What prints?\n```python\nprint(1 + 1)\n```");
    const QuizQuestion &shortQ = c.questions[4];
    EXPECT_EQ(shortQ.acceptedAnswers, (QStringList{QStringLiteral("len"), QStringLiteral("len()")}));
    EXPECT_TRUE(shortQ.accepts(QStringLiteral("  LEN ")));
    EXPECT_FALSE(shortQ.accepts(QStringLiteral("length")));
    // The output question's code is also a snippet, tied to the question.
    ASSERT_EQ(c.snippets.size(), 1);
    EXPECT_EQ(c.snippets[0].itemId, u"q-out");
}

TEST_F(ItemTest, QuestionErrorsAreSpecific)
{
    write(QStringLiteral("1-a/a.md"),
          note("a", "1.1",
               "> [!quiz] id=q-none type=single level=beginner\n> Pick.\n> - [ ] a\n> - [ ] b\n"
               "> **Explanation:** e\n> **Learn:** [[a]]\n\n"
               "> [!quiz] id=q-two type=single level=beginner\n> Pick.\n> - [x] a\n> - [x] b\n"
               "> **Explanation:** e\n> **Learn:** [[a]]\n\n"
               "> [!quiz] id=q-bare type=single level=beginner\n> Pick.\n> - [x] a\n> - [ ] b\n\n"
               "> [!quiz] id=q-kind type=essay level=beginner\n> Write.\n\n"
               "> [!quiz] id=q-lvl type=single\n> Pick.\n"));
    const Curriculum c = load();
    const std::string all = messages(c);
    EXPECT_NE(all.find("1-a/a.md:8: question q-none has no correct answer"), std::string::npos) << all;
    EXPECT_NE(all.find("1-a/a.md:15: single-choice question q-two has 2 correct answers"), std::string::npos) << all;
    EXPECT_NE(all.find("question q-bare needs an '**Explanation:**'"), std::string::npos) << all;
    EXPECT_NE(all.find("question q-bare needs '**Learn:** [[note-id]]'"), std::string::npos) << all;
    EXPECT_NE(all.find("unknown question type 'essay'"), std::string::npos) << all;
    EXPECT_NE(all.find("[!quiz] has no level= attribute"), std::string::npos) << all;
}

TEST_F(ItemTest, ParsesAChallenge)
{
    write(QStringLiteral("1-a/a.md"),
          note("a", "1.1",
               "> [!challenge] id=ch-x level=beginner title=\"Add two\"\n> Write `add`.\n>\n"
               "> ```python starter\n> def add(a, b):\n>     raise NotImplementedError\n> ```\n>\n"
               "> ```python solution\n> def add(a, b):\n>     return a + b\n> ```\n>\n"
               "> ```python tests\n> from solution import add\n>\n> def test_add():\n>     assert add(1, 2) == 3\n> "
               "```\n"));
    const Curriculum c = load();
    ASSERT_FALSE(c.hasErrors()) << messages(c);
    ASSERT_EQ(c.challenges.size(), 1);
    const Challenge &ch = c.challenges[0];
    EXPECT_EQ(ch.title, u"Add two");
    EXPECT_EQ(ch.statement, u"Write `add`.");
    EXPECT_EQ(ch.solution, u"def add(a, b):\n    return a + b\n");
    EXPECT_TRUE(ch.tests.contains(QLatin1String("def test_add")));
    EXPECT_EQ(ch.starterLine, 11);
    EXPECT_TRUE(c.snippets.isEmpty()); // challenge code is verified as a challenge, not as snippets
}

TEST_F(ItemTest, ChallengeWithoutTestsIsAnError)
{
    write(QStringLiteral("1-a/a.md"), note("a", "1.1",
                                           "> [!challenge] id=ch-x level=beginner title=T\n> Do it.\n"
                                           "> ```python starter\n> pass\n> ```\n"));
    const Curriculum c = load();
    const std::string all = messages(c);
    EXPECT_NE(all.find("challenge ch-x lacks its ```python solution block"), std::string::npos) << all;
    EXPECT_NE(all.find("challenge ch-x lacks its ```python tests block"), std::string::npos) << all;
}

QByteArray challengeWith(const QByteArray &attributes, const QByteArray &statement)
{
    return "> [!challenge] id=ch-x level=beginner title=T " + attributes + "\n> " + statement
           + "\n>\n"
             "> ```python starter\n> pass\n> ```\n> ```python solution\n> pass\n> ```\n"
             "> ```python tests\n> def test_x():\n>     pass\n> ```\n";
}

TEST_F(ItemTest, ChallengeCheckAttribute)
{
    write(QStringLiteral("1-a/a.md"), note("a", "1.1", challengeWith("check=mypy-strict", "Make mypy happy.")));
    Curriculum c = load();
    ASSERT_FALSE(c.hasErrors()) << messages(c);
    ASSERT_EQ(c.challenges.size(), 1);
    EXPECT_EQ(c.challenges[0].check, ChallengeCheck::MypyStrict);

    write(QStringLiteral("1-a/a.md"), note("a", "1.1", challengeWith("", "No tool here.")));
    c = load();
    ASSERT_FALSE(c.hasErrors()) << messages(c);
    EXPECT_EQ(c.challenges.value(0).check, ChallengeCheck::Tests);

    write(QStringLiteral("1-a/a.md"), note("a", "1.1", challengeWith("check=pylint", "Lint it.")));
    c = load();
    EXPECT_NE(messages(c).find("unknown check 'pylint' for challenge ch-x (tests, mypy-strict)"), std::string::npos)
        << messages(c);
}

TEST_F(ItemTest, ChallengeThatSaysMypyMustRunIt)
{
    write(QStringLiteral("1-a/a.md"), note("a", "1.1", challengeWith("", "Annotate it so that MyPy --strict passes.")));
    const Curriculum c = load();
    EXPECT_NE(messages(c).find("challenge ch-x says mypy but has no check=mypy-strict"), std::string::npos)
        << messages(c);
}

TEST_F(ItemTest, ParsesAChecklistAndRequiresACadence)
{
    write(QStringLiteral("1-a/a.md"),
          note("a", "1.1",
               "> [!checklist] id=rl-daily cadence=daily title=\"Daily\"\n> - [ ] Review cards ^cards\n"
               "> - [ ] Read a PEP ^pep\n\n> [!checklist] id=rl-bad title=Bad\n> - [ ] Item without id\n"));
    const Curriculum c = load();
    ASSERT_EQ(c.checklists.size(), 2);
    EXPECT_EQ(c.checklists[0].cadence, Cadence::Daily);
    ASSERT_EQ(c.checklists[0].entries.size(), 2);
    EXPECT_EQ(c.checklists[0].entries[1].id, u"pep");
    EXPECT_EQ(c.checklists[0].entries[1].text, u"Read a PEP");
    const std::string all = messages(c);
    EXPECT_NE(all.find("1-a/a.md:12: checklist rl-bad has no cadence= attribute"), std::string::npos) << all;
    EXPECT_NE(all.find("1-a/a.md:13: checklist item needs a block id"), std::string::npos) << all;
}

TEST_F(ItemTest, UnknownAttributesAreErrors)
{
    write(QStringLiteral("1-a/a.md"), note("a", "1.1", "> [!card] id=c-x colour=red\n> **Q:** q\n> **A:** a\n"));
    const Curriculum c = load();
    EXPECT_NE(messages(c).find("unknown attribute 'colour'"), std::string::npos) << messages(c);
}

TEST_F(ItemTest, CalloutSyntaxInsideCodeIsIgnored)
{
    write(QStringLiteral("1-a/a.md"), note("a", "1.1", "```markdown\n> [!card] id=c-x\n> **Q:** q\n```\n"));
    const Curriculum c = load();
    EXPECT_FALSE(c.hasErrors()) << messages(c);
    EXPECT_TRUE(c.flashcards.isEmpty());
}

} // namespace
} // namespace pmg
