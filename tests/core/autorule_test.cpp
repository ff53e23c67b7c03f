// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Auto-rules against a StudyActivity whose facts the test sets: thresholds, the period asked about, unknown facts
// (manual), and every rule keyed to an item that exists in the bundled curriculum.
#include "curriculum/curriculumloader.h"
#include "routines/autorule.h"
#include "routines/studyactivity.h"
#include "support/qtprinters.h"

#include <QSet>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace pmg;
using namespace Qt::StringLiterals;

namespace {

class FakeActivity final : public StudyActivity
{
public:
    std::optional<int> cards, read, edited, quizzes, expertQuizzes, challenges, projectChallenges, stale;
    mutable QDateTime from, to;
    mutable QDate asOf;

    std::optional<int> cardsReviewed(const QDateTime &f, const QDateTime &t) const override
    {
        return seen(f, t, cards);
    }
    std::optional<int> notesRead(const QDateTime &f, const QDateTime &t) const override { return seen(f, t, read); }
    std::optional<int> notesEdited(const QDateTime &f, const QDateTime &t) const override { return seen(f, t, edited); }
    std::optional<int> quizAttempts(const QDateTime &f, const QDateTime &t, const QString &quizId) const override
    {
        return seen(f, t, quizId == u"level-expert" ? expertQuizzes : quizId.isEmpty() ? quizzes : std::nullopt);
    }
    std::optional<int> challengesSolved(const QDateTime &f, const QDateTime &t, const QString &prefix) const override
    {
        return seen(f, t, prefix == u"ch-p2-" ? projectChallenges : prefix.isEmpty() ? challenges : std::nullopt);
    }
    std::optional<int> notesToRecheck(QDate day) const override
    {
        asOf = day;
        return stale;
    }

private:
    std::optional<int> seen(const QDateTime &f, const QDateTime &t, std::optional<int> value) const
    {
        from = f;
        to = t;
        return value;
    }
};

const QDateTime monday(QDate(2026, 11, 30), QTime(3, 0), QTimeZone(QTimeZone::UTC));

std::optional<bool> holds(const char *itemId, const FakeActivity &facts)
{
    const AutoRule *rule = AutoRule::find(QString::fromLatin1(itemId));
    EXPECT_NE(rule, nullptr) << itemId;
    if (!rule)
        return std::nullopt;
    return rule->holds({facts, monday, monday.addDays(7), QDate(2026, 12, 2)});
}

} // namespace

TEST(AutoRuleTest, FiveCardsTickTheDailyCards)
{
    FakeActivity facts;
    EXPECT_EQ(holds("daily-cards", facts), std::nullopt); // no review source yet: manual
    facts.cards = 4;
    EXPECT_EQ(holds("daily-cards", facts), std::optional<bool>(false));
    facts.cards = 5;
    EXPECT_EQ(holds("daily-cards", facts), std::optional<bool>(true));
    EXPECT_EQ(facts.from, monday);
    EXPECT_EQ(facts.to, monday.addDays(7));
    EXPECT_EQ(AutoRule::find(u"daily-cards"_s)->description, u"at least 5 cards reviewed today"_s);
}

TEST(AutoRuleTest, EachRuleReadsItsOwnFact)
{
    FakeActivity facts;
    facts.read = 1;
    facts.edited = 0;
    facts.quizzes = 2;
    facts.expertQuizzes = 0;
    EXPECT_EQ(holds("daily-read", facts), std::optional<bool>(true));
    EXPECT_EQ(holds("daily-takeaway", facts), std::optional<bool>(false));
    EXPECT_EQ(holds("add-patterns", facts), std::optional<bool>(false));
    EXPECT_EQ(holds("weekly-quiz", facts), std::optional<bool>(true));
    EXPECT_EQ(holds("quarter-expert-quiz", facts), std::optional<bool>(false));
    // Challenges: unknown until a source is set; mini-project items count ch-p2- challenges only.
    EXPECT_EQ(holds("weekly-challenge", facts), std::nullopt);
    facts.challenges = 1;
    facts.projectChallenges = 0;
    EXPECT_EQ(holds("weekly-challenge", facts), std::optional<bool>(true));
    EXPECT_EQ(holds("weekly-refactor", facts), std::optional<bool>(false));
    EXPECT_EQ(holds("p2-challenge", facts), std::optional<bool>(false));
    facts.projectChallenges = 1;
    EXPECT_EQ(holds("p2-challenge", facts), std::optional<bool>(true));
}

TEST(AutoRuleTest, RecheckingIsDoneWhenNoNoteIsStale)
{
    FakeActivity facts;
    facts.stale = 2;
    EXPECT_EQ(holds("recheck-stale-notes", facts), std::optional<bool>(false));
    EXPECT_EQ(facts.asOf, QDate(2026, 12, 2));
    facts.stale = 0;
    EXPECT_EQ(holds("recheck-stale-notes", facts), std::optional<bool>(true));
}

TEST(AutoRuleTest, ItemsWithoutARuleHaveNone)
{
    EXPECT_EQ(AutoRule::find(u"daily-honest-grades"_s), nullptr);
    EXPECT_EQ(AutoRule::find(QString()), nullptr);
}

TEST(AutoRuleTest, EveryRuleKeysAnItemOfTheBundledCurriculum)
{
    const Curriculum curriculum = CurriculumLoader::loadDirectory(QStringLiteral(PMG_SOURCE_DIR "/curriculum"));
    QSet<QString> items;
    for (const Checklist &checklist : curriculum.checklists) {
        for (const ChecklistEntry &entry : checklist.entries)
            items.insert(entry.id);
    }
    ASSERT_GE(items.size(), 50);
    for (const AutoRule &rule : AutoRule::all()) {
        EXPECT_TRUE(items.contains(rule.itemId)) << rule.itemId.toStdString();
        EXPECT_FALSE(rule.description.isEmpty());
        EXPECT_FALSE(rule.needs.isEmpty());
    }
}
