// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "level.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pmg {

/// What every study item shares: a stable id (study history is stored against it), where it was written, and the note
/// it belongs to.
struct ItemOrigin {
    QString id;
    QString noteId;
    QString file;
    int line = 0;
};

struct Flashcard : ItemOrigin {
    QString front; ///< Markdown
    QString back;  ///< Markdown
    std::optional<Level> level;
};

enum class QuestionType { Single, Multiple, TrueFalse, Output, Short };

std::optional<QuestionType> questionTypeFromString(const QString &text);
QString questionTypeName(QuestionType type);

struct QuizOption {
    QString text; ///< Markdown (inline)
    bool correct = false;
};

struct QuizQuestion : ItemOrigin {
    QuestionType type = QuestionType::Single;
    Level level = Level::Beginner;
    QString prompt;              ///< Markdown, including the code of an output question
    QList<QuizOption> options;   ///< single, multiple, truefalse
    QString code;                ///< output: the Python code whose output is asked for
    QString expectedOutput;      ///< output: what it prints
    QStringList acceptedAnswers; ///< short
    bool caseSensitive = false;  ///< short
    QString explanation;         ///< Markdown
    QString learnNoteId;         ///< the note that teaches it
    int learnLine = 0;

    /// Whether `answer` (the learner's text) is accepted for a short question.
    bool accepts(const QString &answer) const;
};

/// What judges a challenge besides its tests (`check=` on the callout).
enum class ChallengeCheck {
    Tests,      ///< the tests alone (no check= attribute)
    MypyStrict, ///< `check=mypy-strict`: the tests, and `mypy --strict` on the solution must report no error
};

std::optional<ChallengeCheck> challengeCheckFromString(const QString &text);
QString challengeCheckName(ChallengeCheck check);

struct Challenge : ItemOrigin {
    Level level = Level::Beginner;
    ChallengeCheck check = ChallengeCheck::Tests;
    QString title;
    QString statement; ///< Markdown
    QString starter;
    QString solution;
    QString tests;
    int starterLine = 0;
    int solutionLine = 0;
    int testsLine = 0;
};

enum class Cadence { Daily, Weekly, ThirtyDay, Monthly, NinetyDay };

std::optional<Cadence> cadenceFromString(const QString &text);
QString cadenceName(Cadence cadence);

struct ChecklistEntry {
    QString id; ///< the Obsidian block id after '^', unique within its checklist
    QString text;
    int line = 0;
};

struct Checklist : ItemOrigin {
    Cadence cadence = Cadence::Daily;
    QString title;
    QList<ChecklistEntry> entries;
};

} // namespace pmg
