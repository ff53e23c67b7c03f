// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "autorule.h"

#include "studyactivity.h"

using namespace Qt::StringLiterals;

namespace pmg {

namespace {

using Count = std::function<std::optional<int>(const AutoRule::Context &)>;

AutoRule::Test atLeast(int minimum, Count count)
{
    return [minimum, count = std::move(count)](const AutoRule::Context &c) -> std::optional<bool> {
        const std::optional<int> n = count(c);
        return n ? std::optional<bool>(*n >= minimum) : std::nullopt;
    };
}

std::optional<int> cards(const AutoRule::Context &c)
{
    return c.facts.cardsReviewed(c.from, c.to);
}

std::optional<int> read(const AutoRule::Context &c)
{
    return c.facts.notesRead(c.from, c.to);
}

std::optional<int> edited(const AutoRule::Context &c)
{
    return c.facts.notesEdited(c.from, c.to);
}

std::optional<int> quizzes(const AutoRule::Context &c)
{
    return c.facts.quizAttempts(c.from, c.to);
}

std::optional<int> expertQuizzes(const AutoRule::Context &c)
{
    return c.facts.quizAttempts(c.from, c.to, u"level-expert"_s);
}

std::optional<int> challenges(const AutoRule::Context &c)
{
    return c.facts.challengesSolved(c.from, c.to);
}

// The mini-projects' challenges (2.2) are the ones with ids "ch-p2-…".
std::optional<int> projectChallenges(const AutoRule::Context &c)
{
    return c.facts.challengesSolved(c.from, c.to, u"ch-p2-"_s);
}

std::optional<bool> nothingToRecheck(const AutoRule::Context &c)
{
    const std::optional<int> stale = c.facts.notesToRecheck(c.asOf);
    return stale ? std::optional<bool>(*stale == 0) : std::nullopt;
}

} // namespace

const QList<AutoRule> &AutoRule::all()
{
    static const QList<AutoRule> rules = {
        // 2.2 Weekly mini-project practice
        {u"p2-challenge"_s, u"a mini-project challenge (ch-p2-…) solved this week"_s, u"challenge runs"_s,
         atLeast(1, projectChallenges)},
        // 4.5 Spaced repetition plan
        {u"daily-cards"_s, u"at least 5 cards reviewed today"_s, u"card reviews"_s, atLeast(5, cards)},
        {u"daily-read"_s, u"a garden note read for the first time today"_s, u"reading progress"_s, atLeast(1, read)},
        {u"daily-takeaway"_s, u"a note edited or written in the garden today"_s, u"edited notes"_s, atLeast(1, edited)},
        {u"weekly-challenge"_s, u"a challenge solved this week"_s, u"challenge runs"_s, atLeast(1, challenges)},
        {u"weekly-refactor"_s, u"a mini-project challenge (ch-p2-…) solved this week"_s, u"challenge runs"_s,
         atLeast(1, projectChallenges)},
        {u"weekly-quiz"_s, u"a quiz finished this week"_s, u"quiz attempts"_s, atLeast(1, quizzes)},
        {u"quarter-expert-quiz"_s, u"the expert quiz finished in these 90 days"_s, u"quiz attempts"_s,
         atLeast(1, expertQuizzes)},
        // 5.6 Monthly upgrade ritual
        {u"recheck-stale-notes"_s, u"no note's facts_as_of date is more than 60 days old"_s, u"the curriculum"_s,
         nothingToRecheck},
        {u"add-patterns"_s, u"a note edited or written in the garden this month"_s, u"edited notes"_s,
         atLeast(1, edited)},
    };
    return rules;
}

const AutoRule *AutoRule::find(const QString &itemId)
{
    for (const AutoRule &rule : all()) {
        if (rule.itemId == itemId)
            return &rule;
    }
    return nullptr;
}

} // namespace pmg
