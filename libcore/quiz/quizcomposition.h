// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "curriculum/level.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace pmg {

class Curriculum;
struct QuizQuestion;

/// Which questions of the bank a quiz draws: those whose Learn note is in one of `parts`, whose Learn note has one of
/// `tags` and whose level is one of `levels` (an empty list does not filter), at most `count` of them (0: all),
/// optionally the weakest topics (Learn notes with the lowest past scores) first. The level and part quizzes are
/// compositions too; a learner's own is stored with each attempt as JSON.
struct QuizComposition {
    QList<int> parts;
    QStringList tags;
    QList<Level> levels;
    int count = 0;
    bool weakestFirst = false;

    static QuizComposition ofLevel(Level level);
    static QuizComposition ofPart(int part);

    bool matches(const QuizQuestion &question, const Curriculum &curriculum) const;

    /// Sorted and without duplicates, so that equal compositions have equal JSON (and the same custom quiz id).
    QuizComposition normalized() const;
    QJsonObject toJson() const;
    static QuizComposition fromJson(const QJsonObject &json);
    /// "10 questions · parts 1, 2 · beginner, expert · tags: oop · weakest topics first".
    QString describe() const;

    bool operator==(const QuizComposition &) const = default;
};

} // namespace pmg
