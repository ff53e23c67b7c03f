// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quizattempt.h"

#include "curriculum/studyitems.h"
#include "quizscoring.h"
#include "quizshuffle.h"

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace pmg {

bool QuizResponse::isCorrect() const
{
    return isAnswered() && QuizScoring::isCorrect(score);
}

qsizetype QuizAttempt::answeredCount() const
{
    return std::count_if(questionIds.cbegin(), questionIds.cend(),
                         [&](const QString &questionId) { return responses.value(questionId).isAnswered(); });
}

qsizetype QuizAttempt::flaggedCount() const
{
    return std::count_if(questionIds.cbegin(), questionIds.cend(),
                         [&](const QString &questionId) { return responses.value(questionId).flagged; });
}

QList<int> QuizAttempt::optionOrder(const QuizQuestion &question) const
{
    if (question.type == QuestionType::TrueFalse) {
        QList<int> identity(question.options.size());
        std::iota(identity.begin(), identity.end(), 0);
        return identity;
    }
    return QuizShuffle::optionOrder(seed, question.id, question.options.size());
}

QString QuizAttempt::finishName(Finish finish)
{
    return finish == Finish::TimedOut ? u"timeout"_s : u"submitted"_s;
}

std::optional<QuizAttempt::Finish> QuizAttempt::finishFromString(const QString &text)
{
    if (text == u"timeout")
        return Finish::TimedOut;
    if (text == u"submitted")
        return Finish::Submitted;
    return std::nullopt;
}

} // namespace pmg
