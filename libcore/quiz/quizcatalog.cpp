// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quizcatalog.h"

#include "curriculum/curriculum.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pmg {

namespace {

QString capitalized(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

int roundUpToMinute(qint64 seconds)
{
    return int((seconds + 59) / 60 * 60);
}

} // namespace

QuizCatalog::QuizCatalog(const Curriculum &curriculum)
    : m_curriculum(curriculum)
{
    m_questions.reserve(curriculum.questions.size());
    for (const QuizQuestion &question : curriculum.questions)
        m_questions.insert(question.id, &question);
}

int QuizCatalog::secondsPerQuestion(Level level)
{
    switch (level) {
    case Level::Beginner:
        return 45;
    case Level::Intermediate:
        return 60;
    case Level::Expert:
        return 90;
    }
    return 60;
}

int QuizCatalog::defaultTimeLimitSeconds(const QList<const QuizQuestion *> &questions)
{
    qint64 seconds = 0;
    for (const QuizQuestion *question : questions)
        seconds += secondsPerQuestion(question->level);
    return roundUpToMinute(seconds);
}

QuizDefinition QuizCatalog::define(const QString &id, const QString &title, QuizDefinition::Kind kind,
                                   const QuizComposition &composition) const
{
    QuizDefinition definition;
    definition.id = id;
    definition.title = title;
    definition.kind = kind;
    definition.composition = composition.normalized();
    const QList<const QuizQuestion *> pool = candidates(definition.composition);
    const qsizetype count =
        definition.composition.count > 0 ? std::min<qsizetype>(definition.composition.count, pool.size()) : pool.size();
    definition.questionCount = int(count);
    // A draw of `count` from the pool: the pool's average time per question, `count` times.
    const qint64 poolSeconds = defaultTimeLimitSeconds(pool);
    definition.timeLimitSeconds = pool.isEmpty() ? 0 : roundUpToMinute(poolSeconds * count / pool.size());
    return definition;
}

QString QuizCatalog::partTitle(int part) const
{
    const QString section = QString::number(part);
    for (const Note &note : m_curriculum.notes) {
        if (note.section != section)
            continue;
        // "Part 1 – Foundations: how Python works" → "Foundations".
        QString title = note.title;
        if (title.startsWith(u"Part "_s) && title.indexOf(u" – "_s) > 0)
            title = title.mid(title.indexOf(u" – "_s) + 3);
        for (const QString &separator : {u": "_s, u" – "_s}) {
            if (const qsizetype at = title.indexOf(separator); at > 0)
                title.truncate(at);
        }
        return u"Part %1 quiz – %2"_s.arg(part).arg(title.trimmed());
    }
    return u"Part %1 quiz"_s.arg(part);
}

QList<QuizDefinition> QuizCatalog::standard() const
{
    QList<QuizDefinition> quizzes;
    for (const Level level : {Level::Beginner, Level::Intermediate, Level::Expert}) {
        quizzes.append(define(u"level-"_s + levelName(level), capitalized(levelName(level)) + u" quiz"_s,
                              QuizDefinition::Kind::Level, QuizComposition::ofLevel(level)));
    }
    for (const int part : parts())
        quizzes.append(
            define(u"part-%1"_s.arg(part), partTitle(part), QuizDefinition::Kind::Part, QuizComposition::ofPart(part)));
    quizzes.removeIf([](const QuizDefinition &quiz) { return quiz.questionCount == 0; });
    return quizzes;
}

std::optional<QuizDefinition> QuizCatalog::find(const QString &quizId) const
{
    for (const QuizDefinition &quiz : standard()) {
        if (quiz.id == quizId)
            return quiz;
    }
    return std::nullopt;
}

QuizDefinition QuizCatalog::custom(const QuizComposition &composition) const
{
    const QuizComposition normalized = composition.normalized();
    const QByteArray json = QJsonDocument(normalized.toJson()).toJson(QJsonDocument::Compact);
    const QString hash = QString::fromLatin1(QCryptographicHash::hash(json, QCryptographicHash::Sha1).toHex().left(8));
    return define(u"custom-"_s + hash, u"Custom quiz: "_s + normalized.describe(), QuizDefinition::Kind::Custom,
                  normalized);
}

QList<const QuizQuestion *> QuizCatalog::candidates(const QuizComposition &composition) const
{
    QList<const QuizQuestion *> result;
    for (const QuizQuestion &question : m_curriculum.questions) {
        if (composition.matches(question, m_curriculum))
            result.append(&question);
    }
    return result;
}

const QuizQuestion *QuizCatalog::question(const QString &questionId) const
{
    return m_questions.value(questionId);
}

QStringList QuizCatalog::tags() const
{
    QSet<QString> tags;
    for (const QuizQuestion &question : m_curriculum.questions) {
        if (const Note *learn = m_curriculum.note(question.learnNoteId)) {
            for (const QString &tag : learn->tags)
                tags.insert(tag);
        }
    }
    QStringList sorted(tags.cbegin(), tags.cend());
    sorted.sort();
    return sorted;
}

QList<int> QuizCatalog::parts() const
{
    QSet<int> parts;
    for (const QuizQuestion &question : m_curriculum.questions) {
        if (const Note *learn = m_curriculum.note(question.learnNoteId))
            parts.insert(learn->part);
    }
    QList<int> sorted(parts.cbegin(), parts.cend());
    std::sort(sorted.begin(), sorted.end());
    return sorted;
}

} // namespace pmg
