// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "quizcomposition.h"

#include <QString>

namespace pmg {

/// A quiz the learner can take: a named view over the question bank (see QuizComposition) with a time limit.
/// Level quizzes have the ids `level-beginner` …, part quizzes `part-1` …; a composed quiz `custom-<hash>` derived
/// from its composition, so that taking the same composition again adds to the same history.
struct QuizDefinition {
    enum class Kind { Level, Part, Custom };

    QString id;
    QString title;
    Kind kind = Kind::Custom;
    QuizComposition composition;
    int questionCount = 0;    ///< how many questions an attempt draws (with the curriculum it was built from)
    int timeLimitSeconds = 0; ///< the default limit; an attempt may be given another one

    /// "beginner", "part 1" or "custom": what `garden quiz list` shows as the quiz's level or part.
    QString scope() const;
};

} // namespace pmg
