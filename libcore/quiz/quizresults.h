// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "curriculum/studyitems.h"
#include "quizattempt.h"

#include <QList>

#include <optional>

namespace pmg {

class QuizCatalog;

/// How one question of a finished (or running) attempt went, with what the results screen shows beside it.
struct QuizQuestionResult {
    QString questionId;
    std::optional<QuizQuestion> question; ///< none when the curriculum no longer has it
    QuizResponse response;
    QString givenMarkdown;   ///< the learner's answer (QuizAnswerText::given); empty when unanswered
    QString correctMarkdown; ///< the correct answer (QuizAnswerText::correct)

    bool isCorrect() const { return response.isCorrect(); }
    /// Answered but without full marks (wrong, or partly right), or not answered at all.
    bool isMissed() const { return !isCorrect(); }
};

/// An attempt's results: the score, the time used and every question with its answer, explanation and Learn note.
struct QuizResults {
    QuizAttempt attempt;
    QList<QuizQuestionResult> questions; ///< in the order asked

    double score() const;
    double maxScore() const { return double(questions.size()); }
    double percent() const;
    qsizetype correctCount() const;
    qsizetype answeredCount() const;
    /// The missed questions as flashcards for spaced repetition (QuizMissedCards), one per question.
    QList<Flashcard> missedCards() const;

    static QuizResults of(const QuizAttempt &attempt, const QuizCatalog &catalog);
};

/// A missed question as a flashcard: its id is `qm-<question id>`, so feeding the same miss twice gives the same
/// card (the spaced-repetition store keeps one). Front: the question (with its code and, for choice questions, the
/// options); back: the correct answer and the explanation. The card belongs to the question's Learn note. Pure.
class QuizMissedCards final
{
public:
    static QString cardId(const QString &questionId);
    static Flashcard cardFor(const QuizQuestion &question);
};

} // namespace pmg
