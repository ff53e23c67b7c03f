// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "quizattempt.h"

#include <QList>

#include <optional>
#include <utility>

namespace pmg {

class Database;

/// Quiz attempts and their answers in the study database (tables quiz_attempts and quiz_answers, see
/// migrations.cpp). Each write is one statement or one transaction that joins the caller's; failures are reported
/// through the Database's error().
class QuizStore final
{
public:
    explicit QuizStore(Database &db);

    /// Stores a new attempt (its questions, seed, timer, position) and sets its id.
    bool insert(QuizAttempt &attempt);
    /// The attempt with its responses.
    std::optional<QuizAttempt> attempt(qint64 id) const;
    /// Attempts without their responses, oldest first; only those of `quizId` when given.
    QList<QuizAttempt> attempts(const QString &quizId = {}) const;
    QList<qint64> unfinishedIds() const;

    bool saveResponse(qint64 attemptId, const QString &questionId, const QuizResponse &response);
    /// The timer's bookkeeping and the position.
    bool saveProgress(qint64 attemptId, const QuizTimer &timer, int position);
    /// Marks the attempt finished (finishedAt, finish, score, maxScore, usedMs).
    bool finish(const QuizAttempt &attempt);

    /// (question id, score) of every answer given in a finished attempt: what "weakest topics first" reads.
    QList<std::pair<QString, double>> answeredScores() const;

private:
    Database &m_db;
};

} // namespace pmg
