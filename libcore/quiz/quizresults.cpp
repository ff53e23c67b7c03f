// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quizresults.h"

#include "quizcatalog.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pmg {

double QuizResults::score() const
{
    double sum = 0;
    for (const QuizQuestionResult &result : questions)
        sum += result.response.isAnswered() ? result.response.score : 0.0;
    return sum;
}

double QuizResults::percent() const
{
    return questions.isEmpty() ? 0.0 : 100.0 * score() / maxScore();
}

qsizetype QuizResults::correctCount() const
{
    return std::count_if(questions.cbegin(), questions.cend(),
                         [](const QuizQuestionResult &result) { return result.isCorrect(); });
}

qsizetype QuizResults::answeredCount() const
{
    return std::count_if(questions.cbegin(), questions.cend(),
                         [](const QuizQuestionResult &result) { return result.response.isAnswered(); });
}

QList<Flashcard> QuizResults::missedCards() const
{
    QList<Flashcard> cards;
    for (const QuizQuestionResult &result : questions) {
        if (result.isMissed() && result.question)
            cards.append(QuizMissedCards::cardFor(*result.question));
    }
    return cards;
}

QuizResults QuizResults::of(const QuizAttempt &attempt, const QuizCatalog &catalog)
{
    QuizResults results;
    results.attempt = attempt;
    results.questions.reserve(attempt.questionIds.size());
    for (const QString &id : attempt.questionIds) {
        QuizQuestionResult result;
        result.questionId = id;
        result.response = attempt.response(id);
        if (const QuizQuestion *question = catalog.question(id)) {
            result.question = *question;
            result.correctMarkdown = QuizAnswerText::correct(*question);
            if (result.response.answer)
                result.givenMarkdown = QuizAnswerText::given(*question, *result.response.answer);
        }
        results.questions.append(result);
    }
    return results;
}

QString QuizMissedCards::cardId(const QString &questionId)
{
    return u"qm-"_s + questionId;
}

Flashcard QuizMissedCards::cardFor(const QuizQuestion &question)
{
    Flashcard card;
    card.id = cardId(question.id);
    card.noteId = question.learnNoteId.isEmpty() ? question.noteId : question.learnNoteId;
    card.file = question.file;
    card.line = question.line;
    card.level = question.level;
    card.front = question.prompt;
    if (!question.options.isEmpty()) {
        // "Which of these …?" means nothing without the options.
        QStringList options;
        for (const QuizOption &option : question.options)
            options.append(u"- "_s + option.text);
        card.front += u"\n\n"_s + options.join(u'\n');
    }
    card.back = QuizAnswerText::correct(question);
    if (!question.explanation.isEmpty())
        card.back += u"\n\n"_s + question.explanation;
    return card;
}

} // namespace pmg
