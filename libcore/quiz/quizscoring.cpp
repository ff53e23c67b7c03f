// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quizscoring.h"

#include "curriculum/studyitems.h"
#include "quizanswer.h"

#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pmg {

namespace {

double singleChoice(const QuizQuestion &question, const QuizAnswer &answer)
{
    return answer.choices.size() == 1 && question.options.at(answer.choices.first()).correct ? 1.0 : 0.0;
}

// Counted in whole options and divided once, so that ticking all k correct options gives exactly 1.
double multipleChoice(const QuizQuestion &question, const QuizAnswer &answer)
{
    const auto k = std::count_if(question.options.cbegin(), question.options.cend(),
                                 [](const QuizOption &option) { return option.correct; });
    if (k == 0)
        return 0.0;
    qsizetype net = 0;
    for (const int i : answer.choices)
        net += question.options.at(i).correct ? 1 : -1;
    return std::max<double>(0.0, double(net) / double(k));
}

} // namespace

QString QuizScoring::normalizedOutput(const QString &text)
{
    QString unified = text;
    unified.replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u'\n');
    QStringList lines = unified.split(u'\n');
    for (QString &line : lines) {
        qsizetype end = line.size();
        while (end > 0 && line.at(end - 1).isSpace())
            --end;
        line.truncate(end);
    }
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines.join(u'\n');
}

double QuizScoring::score(const QuizQuestion &question, const QuizAnswer &answer)
{
    if (!answer.fits(question) || answer.isEmpty())
        return 0.0;
    switch (question.type) {
    case QuestionType::Single:
    case QuestionType::TrueFalse:
        return singleChoice(question, answer);
    case QuestionType::Multiple:
        return multipleChoice(question, answer);
    case QuestionType::Output:
        if (answer.kind == QuizAnswer::Kind::Choices)
            return singleChoice(question, answer);
        return normalizedOutput(answer.text) == normalizedOutput(question.expectedOutput) ? 1.0 : 0.0;
    case QuestionType::Short:
        return question.accepts(answer.text) ? 1.0 : 0.0;
    }
    return 0.0;
}

} // namespace pmg
