// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quizcomposition.h"

#include "curriculum/curriculum.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pmg {

namespace {

template<typename T>
QList<T> sortedUnique(QList<T> list)
{
    std::sort(list.begin(), list.end());
    list.erase(std::unique(list.begin(), list.end()), list.end());
    return list;
}

} // namespace

QuizComposition QuizComposition::ofLevel(Level level)
{
    QuizComposition composition;
    composition.levels = {level};
    return composition;
}

QuizComposition QuizComposition::ofPart(int part)
{
    QuizComposition composition;
    composition.parts = {part};
    return composition;
}

bool QuizComposition::matches(const QuizQuestion &question, const Curriculum &curriculum) const
{
    if (!levels.isEmpty() && !levels.contains(question.level))
        return false;
    if (parts.isEmpty() && tags.isEmpty())
        return true;
    const Note *learn = curriculum.note(question.learnNoteId);
    if (!learn)
        return false; // a question whose Learn note is missing belongs to no part and has no tags
    if (!parts.isEmpty() && !parts.contains(learn->part))
        return false;
    return tags.isEmpty()
           || std::any_of(tags.cbegin(), tags.cend(), [&](const QString &tag) { return learn->tags.contains(tag); });
}

QuizComposition QuizComposition::normalized() const
{
    QuizComposition n = *this;
    n.parts = sortedUnique(parts);
    n.tags = sortedUnique(tags);
    n.levels = sortedUnique(levels);
    n.count = std::max(0, count);
    return n;
}

QJsonObject QuizComposition::toJson() const
{
    const QuizComposition n = normalized();
    QJsonArray partArray, tagArray, levelArray;
    for (const int part : n.parts)
        partArray.append(part);
    for (const QString &tag : n.tags)
        tagArray.append(tag);
    for (const Level level : n.levels)
        levelArray.append(levelName(level));
    return {{u"parts"_s, partArray},
            {u"tags"_s, tagArray},
            {u"levels"_s, levelArray},
            {u"count"_s, n.count},
            {u"weakestFirst"_s, n.weakestFirst}};
}

QuizComposition QuizComposition::fromJson(const QJsonObject &json)
{
    QuizComposition c;
    for (const QJsonValue &value : json.value(u"parts"_s).toArray())
        c.parts.append(value.toInt());
    for (const QJsonValue &value : json.value(u"tags"_s).toArray())
        c.tags.append(value.toString());
    for (const QJsonValue &value : json.value(u"levels"_s).toArray()) {
        if (const std::optional<Level> level = levelFromString(value.toString()))
            c.levels.append(*level);
    }
    c.count = json.value(u"count"_s).toInt();
    c.weakestFirst = json.value(u"weakestFirst"_s).toBool();
    return c.normalized();
}

QString QuizComposition::describe() const
{
    const QuizComposition n = normalized();
    QStringList words;
    words.append(n.count > 0 ? u"%1 questions"_s.arg(n.count) : u"all questions"_s);
    if (!n.parts.isEmpty()) {
        QStringList numbers;
        for (const int part : n.parts)
            numbers.append(QString::number(part));
        words.append((n.parts.size() == 1 ? u"part "_s : u"parts "_s) + numbers.join(u", "_s));
    }
    if (!n.levels.isEmpty()) {
        QStringList names;
        for (const Level level : n.levels)
            names.append(levelName(level));
        words.append(names.join(u", "_s));
    }
    if (!n.tags.isEmpty())
        words.append(u"tags: "_s + n.tags.join(u", "_s));
    if (n.weakestFirst)
        words.append(u"weakest topics first"_s);
    return words.join(u" · "_s);
}

} // namespace pmg
