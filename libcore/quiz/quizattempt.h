// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "quizanswer.h"
#include "quizcomposition.h"
#include "quizmode.h"
#include "quiztimer.h"

#include <QDateTime>
#include <QHash>
#include <QStringList>

#include <optional>

namespace pmg {

struct QuizQuestion;

/// The learner's state on one question of an attempt.
struct QuizResponse {
    std::optional<QuizAnswer> answer; ///< none: not answered (perhaps only flagged)
    double score = 0;                 ///< as marked when the answer was given (QuizScoring)
    std::optional<QDateTime> answeredAt;
    bool flagged = false;

    bool isAnswered() const { return answer.has_value(); }
    bool isCorrect() const;

    bool operator==(const QuizResponse &) const = default;
};

/// One attempt at a quiz, as stored: the questions drawn (in order) from the stored seed, the answers so far, the
/// position, the time. The drawn order is stored too, so an attempt resumes with the same questions even when the
/// curriculum gained or lost questions since it started.
struct QuizAttempt {
    enum class Finish { Submitted, TimedOut };

    qint64 id = 0;
    QString quizId;
    QString title;
    QuizComposition composition;
    QuizMode mode = QuizMode::Practice;
    quint64 seed = 0;
    QStringList questionIds;
    QuizTimer timer;
    int position = 0; ///< the question the learner is on (index into questionIds)
    std::optional<QDateTime> finishedAt;
    std::optional<Finish> finish;
    double score = 0;    ///< when finished
    double maxScore = 0; ///< when finished: the number of questions
    qint64 usedMs = 0;   ///< when finished: the time it took (practice: only while it was being taken)
    QHash<QString, QuizResponse> responses;

    bool isFinished() const { return finishedAt.has_value(); }
    qsizetype answeredCount() const;
    qsizetype flaggedCount() const;
    QuizResponse response(const QString &questionId) const { return responses.value(questionId); }
    /// The order in which `question`'s options are shown: shuffled from the seed per question; True and False keep
    /// their order.
    QList<int> optionOrder(const QuizQuestion &question) const;
    double percent() const { return maxScore > 0 ? 100.0 * score / maxScore : 0.0; }

    static QString finishName(Finish finish);
    static std::optional<Finish> finishFromString(const QString &text);
};

} // namespace pmg
