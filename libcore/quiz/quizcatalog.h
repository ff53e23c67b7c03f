// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "curriculum/level.h"
#include "quizdefinition.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

namespace pmg {

class Curriculum;
struct QuizQuestion;

/// The quizzes the curriculum offers ("Quizzes are views over the question bank", docs/curriculum-format.md): one per
/// level with every question of that level, one per part with every question whose Learn note is in that part, and
/// any composition the learner builds. Reads the curriculum it is given; cheap to build.
class QuizCatalog final
{
public:
    explicit QuizCatalog(const Curriculum &curriculum);

    /// The level quizzes, then the part quizzes; a quiz without questions is left out.
    QList<QuizDefinition> standard() const;
    /// A standard quiz by id.
    std::optional<QuizDefinition> find(const QString &quizId) const;
    /// The quiz of a learner's composition.
    QuizDefinition custom(const QuizComposition &composition) const;

    /// The questions a composition may draw from, in curriculum order (before `count` and ordering apply).
    QList<const QuizQuestion *> candidates(const QuizComposition &composition) const;
    const QuizQuestion *question(const QString &questionId) const;
    /// Every tag of a note that some question's Learn link points at, sorted: what a composition can filter by.
    QStringList tags() const;
    /// The parts that have questions, ascending.
    QList<int> parts() const;

    /// Time per question by level (45 s beginner, 60 s intermediate, 90 s expert), summed and rounded up to a minute.
    static int defaultTimeLimitSeconds(const QList<const QuizQuestion *> &questions);
    static int secondsPerQuestion(Level level);

private:
    QuizDefinition define(const QString &id, const QString &title, QuizDefinition::Kind kind,
                          const QuizComposition &composition) const;
    QString partTitle(int part) const;

    const Curriculum &m_curriculum;
    QHash<QString, const QuizQuestion *> m_questions;
};

} // namespace pmg
