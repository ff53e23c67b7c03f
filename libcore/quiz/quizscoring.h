// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace pmg {

struct QuizAnswer;
struct QuizQuestion;

/// How an answer is marked: a score from 0 to 1 per question (a quiz's maximum is its number of questions). Pure.
class QuizScoring final
{
public:
    /// - single, true/false: 1 for the correct option, else 0;
    /// - multiple: with k correct options, +1/k for each correct option ticked and −1/k for each wrong one, floored
    ///   at 0 (so ticking everything is not a strategy);
    /// - output: the typed text equals the expected output once trailing whitespace is normalised (see
    ///   normalizedOutput()), or the correct option is picked when the question offers options;
    /// - short: one of the accepted answers, ignoring case and surrounding spaces unless the question says
    ///   `case=sensitive` (QuizQuestion::accepts()).
    /// An answer that does not fit the question (see QuizAnswer::fits()) scores 0.
    static double score(const QuizQuestion &question, const QuizAnswer &answer);

    /// Whether `score` is full marks (a partially right multiple-choice answer is not correct).
    static bool isCorrect(double score) { return score >= 1.0; }

    /// Output as compared: line endings unified, trailing whitespace removed from every line, and trailing empty
    /// lines dropped (what `print` adds at the end is invisible on screen). Leading whitespace counts.
    static QString normalizedOutput(const QString &text);
};

} // namespace pmg
