// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quizanswer.h"

#include "curriculum/studyitems.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pmg {

namespace {

// The longest run of backticks in `text`, so that code around it can use a longer fence.
qsizetype longestBacktickRun(const QString &text)
{
    qsizetype longest = 0;
    qsizetype run = 0;
    for (const QChar c : text) {
        run = c == u'`' ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    return longest;
}

QString codeBlock(const QString &code)
{
    const QString fence(std::max<qsizetype>(3, longestBacktickRun(code) + 1), u'`');
    QString body = code;
    while (body.endsWith(u'\n'))
        body.chop(1);
    return fence + u"text\n"_s + body + u'\n' + fence;
}

QString inlineCode(const QString &text)
{
    const QString ticks(longestBacktickRun(text) + 1, u'`');
    // A space inside the ticks keeps a leading or trailing backtick of the text apart from the fence.
    const bool pad = text.startsWith(u'`') || text.endsWith(u'`');
    return ticks + (pad ? u" "_s : QString()) + text + (pad ? u" "_s : QString()) + ticks;
}

QString optionList(const QuizQuestion &question, const QList<int> &indices)
{
    QStringList lines;
    for (const int i : indices) {
        if (i >= 0 && i < question.options.size())
            lines.append(u"- "_s + question.options.at(i).text);
    }
    return lines.join(u'\n');
}

bool offersOptions(const QuizQuestion &question)
{
    return !question.options.isEmpty();
}

} // namespace

QuizAnswer QuizAnswer::chosen(QList<int> options)
{
    std::sort(options.begin(), options.end());
    options.erase(std::unique(options.begin(), options.end()), options.end());
    QuizAnswer answer;
    answer.kind = Kind::Choices;
    answer.choices = std::move(options);
    return answer;
}

QuizAnswer QuizAnswer::typed(const QString &text)
{
    QuizAnswer answer;
    answer.kind = Kind::Text;
    answer.text = text;
    return answer;
}

bool QuizAnswer::isEmpty() const
{
    return kind == Kind::Choices ? choices.isEmpty() : text.trimmed().isEmpty();
}

bool QuizAnswer::fits(const QuizQuestion &question) const
{
    if (kind == Kind::Text)
        return question.type == QuestionType::Short || question.type == QuestionType::Output;
    if (!offersOptions(question))
        return false;
    if (question.type != QuestionType::Multiple && choices.size() > 1)
        return false;
    return std::all_of(choices.cbegin(), choices.cend(), [&](int i) { return i >= 0 && i < question.options.size(); });
}

QString QuizAnswer::toJson() const
{
    QJsonObject object;
    if (kind == Kind::Text) {
        object.insert(u"text"_s, text);
    } else {
        QJsonArray array;
        for (const int i : choices)
            array.append(i);
        object.insert(u"choices"_s, array);
    }
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

std::optional<QuizAnswer> QuizAnswer::fromJson(const QString &json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8());
    if (!document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    if (object.value(u"text"_s).isString())
        return typed(object.value(u"text"_s).toString());
    if (!object.value(u"choices"_s).isArray())
        return std::nullopt;
    QList<int> choices;
    for (const QJsonValue &value : object.value(u"choices"_s).toArray()) {
        if (!value.isDouble())
            return std::nullopt;
        choices.append(value.toInt());
    }
    return chosen(choices);
}

QString QuizAnswerText::correct(const QuizQuestion &question)
{
    switch (question.type) {
    case QuestionType::Output:
        return codeBlock(question.expectedOutput);
    case QuestionType::Short: {
        QStringList accepted;
        for (const QString &answer : question.acceptedAnswers)
            accepted.append(inlineCode(answer));
        return accepted.join(u" or "_s);
    }
    case QuestionType::Single:
    case QuestionType::Multiple:
    case QuestionType::TrueFalse:
        break;
    }
    QList<int> correct;
    for (qsizetype i = 0; i < question.options.size(); ++i) {
        if (question.options.at(i).correct)
            correct.append(int(i));
    }
    return optionList(question, correct);
}

QString QuizAnswerText::given(const QuizQuestion &question, const QuizAnswer &answer)
{
    if (answer.isEmpty())
        return QString();
    if (answer.kind == QuizAnswer::Kind::Choices)
        return optionList(question, answer.choices);
    return question.type == QuestionType::Output ? codeBlock(answer.text) : inlineCode(answer.text.trimmed());
}

} // namespace pmg
