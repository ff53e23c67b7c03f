// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "studyitems.h"

#include <array>
#include <utility>

namespace pmg {

namespace {

constexpr std::array<std::pair<QuestionType, const char *>, 5> questionTypes{{
    {QuestionType::Single, "single"},
    {QuestionType::Multiple, "multiple"},
    {QuestionType::TrueFalse, "truefalse"},
    {QuestionType::Output, "output"},
    {QuestionType::Short, "short"},
}};

constexpr std::array<std::pair<Cadence, const char *>, 5> cadences{{
    {Cadence::Daily, "daily"},
    {Cadence::Weekly, "weekly"},
    {Cadence::ThirtyDay, "30-day"},
    {Cadence::Monthly, "monthly"},
    {Cadence::NinetyDay, "90-day"},
}};

constexpr std::array<std::pair<ChallengeCheck, const char *>, 2> challengeChecks{{
    {ChallengeCheck::Tests, "tests"},
    {ChallengeCheck::MypyStrict, "mypy-strict"},
}};

template<typename Enum, std::size_t N>
std::optional<Enum> lookup(const std::array<std::pair<Enum, const char *>, N> &table, const QString &text)
{
    for (const auto &[value, name] : table) {
        if (text == QLatin1String(name))
            return value;
    }
    return std::nullopt;
}

template<typename Enum, std::size_t N>
QString nameOf(const std::array<std::pair<Enum, const char *>, N> &table, Enum value)
{
    for (const auto &[candidate, name] : table) {
        if (candidate == value)
            return QLatin1String(name);
    }
    return {};
}

QString normalizedAnswer(const QString &text, bool caseSensitive)
{
    const QString simplified = text.simplified();
    return caseSensitive ? simplified : simplified.toCaseFolded();
}

} // namespace

std::optional<QuestionType> questionTypeFromString(const QString &text)
{
    return lookup(questionTypes, text);
}

QString questionTypeName(QuestionType type)
{
    return nameOf(questionTypes, type);
}

std::optional<Cadence> cadenceFromString(const QString &text)
{
    return lookup(cadences, text);
}

QString cadenceName(Cadence cadence)
{
    return nameOf(cadences, cadence);
}

std::optional<ChallengeCheck> challengeCheckFromString(const QString &text)
{
    return lookup(challengeChecks, text);
}

QString challengeCheckName(ChallengeCheck check)
{
    return nameOf(challengeChecks, check);
}

bool QuizQuestion::accepts(const QString &answer) const
{
    const QString given = normalizedAnswer(answer, caseSensitive);
    for (const QString &accepted : acceptedAnswers) {
        if (normalizedAnswer(accepted, caseSensitive) == given)
            return true;
    }
    return false;
}

} // namespace pmg
