// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quizstore.h"

#include "store/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace pmg {

namespace {

QDateTime fromMs(const QVariant &value)
{
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), QTimeZone::UTC);
}

std::optional<QDateTime> optionalTime(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional(fromMs(value));
}

QVariant toMs(const std::optional<QDateTime> &time)
{
    return time ? QVariant(time->toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

QString idsToJson(const QStringList &ids)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact));
}

QStringList idsFromJson(const QString &json)
{
    QStringList ids;
    for (const QJsonValue &value : QJsonDocument::fromJson(json.toUtf8()).array())
        ids.append(value.toString());
    return ids;
}

const QString attemptColumns =
    u"SELECT id, quiz_id, title, composition, mode, seed, questions, started_at, finished_at, time_limit_ms, "
    "elapsed_ms, running_since, position, score, max_score, finish FROM quiz_attempts"_s;

QuizAttempt attemptFromRow(const QSqlQuery &q)
{
    QuizAttempt a;
    a.id = q.value(0).toLongLong();
    a.quizId = q.value(1).toString();
    a.title = q.value(2).toString();
    a.composition = QuizComposition::fromJson(QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object());
    a.mode = quizModeFromString(q.value(4).toString()).value_or(QuizMode::Practice);
    a.seed = static_cast<quint64>(q.value(5).toLongLong());
    a.questionIds = idsFromJson(q.value(6).toString());
    a.timer.mode = a.mode;
    a.timer.startedAt = fromMs(q.value(7));
    a.finishedAt = optionalTime(q.value(8));
    a.timer.limitMs = q.value(9).toLongLong();
    a.timer.bankedMs = q.value(10).toLongLong();
    a.timer.runningSince = optionalTime(q.value(11));
    a.position = q.value(12).toInt();
    a.score = q.value(13).toDouble();
    a.maxScore = q.value(14).toDouble();
    a.finish = QuizAttempt::finishFromString(q.value(15).toString());
    if (a.finishedAt)
        a.usedMs = a.timer.bankedMs; // a finished attempt's elapsed_ms is the time it took
    return a;
}

} // namespace

QuizStore::QuizStore(Database &db)
    : m_db(db)
{}

bool QuizStore::insert(QuizAttempt &attempt)
{
    QSqlQuery query(m_db.connection());
    query.prepare(u"INSERT INTO quiz_attempts(quiz_id, title, composition, mode, seed, questions, started_at, "
                  "time_limit_ms, elapsed_ms, running_since, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(attempt.quizId);
    query.addBindValue(attempt.title);
    query.addBindValue(QString::fromUtf8(QJsonDocument(attempt.composition.toJson()).toJson(QJsonDocument::Compact)));
    query.addBindValue(quizModeName(attempt.mode));
    query.addBindValue(static_cast<qint64>(attempt.seed)); // the same 64 bits; SQLite integers are signed
    query.addBindValue(idsToJson(attempt.questionIds));
    query.addBindValue(attempt.timer.startedAt.toMSecsSinceEpoch());
    query.addBindValue(attempt.timer.limitMs);
    query.addBindValue(attempt.timer.bankedMs);
    query.addBindValue(toMs(attempt.timer.runningSince));
    query.addBindValue(attempt.position);
    if (!m_db.exec(query))
        return false;
    attempt.id = query.lastInsertId().toLongLong();
    return true;
}

std::optional<QuizAttempt> QuizStore::attempt(qint64 id) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(attemptColumns + u" WHERE id = ?"_s);
    query.addBindValue(id);
    if (!m_db.exec(query) || !query.next())
        return std::nullopt;
    QuizAttempt attempt = attemptFromRow(query);

    QSqlQuery answers(m_db.connection());
    answers.setForwardOnly(true);
    answers.prepare(
        u"SELECT question_id, answer, score, answered_at, flagged FROM quiz_answers WHERE attempt_id = ?"_s);
    answers.addBindValue(id);
    if (!m_db.exec(answers))
        return std::nullopt;
    while (answers.next()) {
        QuizResponse response;
        if (!answers.value(1).isNull())
            response.answer = QuizAnswer::fromJson(answers.value(1).toString());
        response.score = answers.value(2).toDouble();
        response.answeredAt = optionalTime(answers.value(3));
        response.flagged = answers.value(4).toBool();
        attempt.responses.insert(answers.value(0).toString(), response);
    }
    return attempt;
}

QList<QuizAttempt> QuizStore::attempts(const QString &quizId) const
{
    QList<QuizAttempt> result;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(attemptColumns + (quizId.isEmpty() ? QString() : u" WHERE quiz_id = ?"_s)
                  + u" ORDER BY started_at, id"_s);
    if (!quizId.isEmpty())
        query.addBindValue(quizId);
    if (!m_db.exec(query))
        return result;
    while (query.next())
        result.append(attemptFromRow(query));
    return result;
}

QList<qint64> QuizStore::unfinishedIds() const
{
    QList<qint64> ids;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT id FROM quiz_attempts WHERE finished_at IS NULL ORDER BY started_at, id"_s);
    if (!m_db.exec(query))
        return ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

bool QuizStore::saveResponse(qint64 attemptId, const QString &questionId, const QuizResponse &response)
{
    QSqlQuery query(m_db.connection());
    query.prepare(u"INSERT INTO quiz_answers(attempt_id, question_id, answer, score, correct, answered_at, flagged) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(attempt_id, question_id) DO UPDATE SET "
                  "answer = excluded.answer, score = excluded.score, correct = excluded.correct, "
                  "answered_at = excluded.answered_at, flagged = excluded.flagged"_s);
    query.addBindValue(attemptId);
    query.addBindValue(questionId);
    const QVariant none(QMetaType(QMetaType::QString));
    query.addBindValue(response.answer ? QVariant(response.answer->toJson()) : none);
    query.addBindValue(response.answer ? QVariant(response.score) : QVariant(QMetaType(QMetaType::Double)));
    query.addBindValue(response.answer ? QVariant(int(response.isCorrect())) : QVariant(QMetaType(QMetaType::Int)));
    query.addBindValue(toMs(response.answeredAt));
    query.addBindValue(int(response.flagged));
    return m_db.exec(query);
}

bool QuizStore::saveProgress(qint64 attemptId, const QuizTimer &timer, int position)
{
    QSqlQuery query(m_db.connection());
    query.prepare(u"UPDATE quiz_attempts SET elapsed_ms = ?, running_since = ?, position = ? WHERE id = ?"_s);
    query.addBindValue(timer.bankedMs);
    query.addBindValue(toMs(timer.runningSince));
    query.addBindValue(position);
    query.addBindValue(attemptId);
    if (!m_db.exec(query))
        return false;
    if (query.numRowsAffected() != 1) {
        m_db.setError(u"there is no quiz attempt %1"_s.arg(attemptId));
        return false;
    }
    return true;
}

bool QuizStore::finish(const QuizAttempt &attempt)
{
    QSqlQuery query(m_db.connection());
    query.prepare(u"UPDATE quiz_attempts SET finished_at = ?, finish = ?, score = ?, max_score = ?, elapsed_ms = ?, "
                  "running_since = NULL, position = ? WHERE id = ? AND finished_at IS NULL"_s);
    query.addBindValue(toMs(attempt.finishedAt));
    query.addBindValue(QuizAttempt::finishName(attempt.finish.value_or(QuizAttempt::Finish::Submitted)));
    query.addBindValue(attempt.score);
    query.addBindValue(attempt.maxScore);
    query.addBindValue(attempt.usedMs);
    query.addBindValue(attempt.position);
    query.addBindValue(attempt.id);
    if (!m_db.exec(query))
        return false;
    if (query.numRowsAffected() != 1) {
        m_db.setError(u"quiz attempt %1 does not exist or is already finished"_s.arg(attempt.id));
        return false;
    }
    return true;
}

QList<std::pair<QString, double>> QuizStore::answeredScores() const
{
    QList<std::pair<QString, double>> scores;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT a.question_id, a.score FROM quiz_answers a JOIN quiz_attempts t ON t.id = a.attempt_id "
                  "WHERE t.finished_at IS NOT NULL AND a.answer IS NOT NULL"_s);
    if (!m_db.exec(query))
        return scores;
    while (query.next())
        scores.append({query.value(0).toString(), query.value(1).toDouble()});
    return scores;
}

} // namespace pmg
