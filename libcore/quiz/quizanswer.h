// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace pmg {

struct QuizQuestion;

/// What the learner gave for one question: the options ticked or the text typed. Options are indices into the
/// question's own option list (the order written in the curriculum), so a shuffled presentation never changes what a
/// stored answer means.
struct QuizAnswer {
    enum class Kind { Choices, Text };

    Kind kind = Kind::Choices;
    QList<int> choices; ///< sorted, without duplicates
    QString text;

    static QuizAnswer chosen(QList<int> options);
    static QuizAnswer typed(const QString &text);

    /// Nothing ticked, or only whitespace typed.
    bool isEmpty() const;
    /// Whether this kind of answer fits the question (options for a choice question, text for a short one, either
    /// for an output question that offers options) and every option index exists.
    bool fits(const QuizQuestion &question) const;

    /// `{"choices":[0,2]}` or `{"text":"…"}`: how the store keeps it.
    QString toJson() const;
    static std::optional<QuizAnswer> fromJson(const QString &json);

    bool operator==(const QuizAnswer &) const = default;
};

/// The answers of a question and of a learner as Markdown, for results and flashcards.
class QuizAnswerText final
{
public:
    /// The correct answer: the ticked options (one per line for several), the expected output as a code block, the
    /// accepted short answers joined by "or".
    static QString correct(const QuizQuestion &question);
    /// What the learner gave, in the same form.
    static QString given(const QuizQuestion &question, const QuizAnswer &answer);
};

} // namespace pmg
