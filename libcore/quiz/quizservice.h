// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "quizattempt.h"
#include "quizcatalog.h"
#include "quizdefinition.h"
#include "quizdraw.h"
#include "quizresults.h"
#include "quizstore.h"

#include <QSet>

#include <functional>
#include <optional>

namespace pmg {

class Clock;
class Curriculum;
class StudyWrites;

/// Timed quizzes as the GUI and `garden quiz` use them: the quizzes on offer with their best and last scores,
/// attempts started, answered, flagged, navigated, paused and submitted, their results and the history. Built by
/// Garden; times come from the garden's Clock, the seeds of new attempts from an injectable source.
///
/// Every answer is committed (synchronous=FULL) before answer() returns true, in one transaction through StudyWrites,
/// together with the attempt's position and time; a failed write leaves the caller's QuizAttempt unchanged and says
/// why in lastError() (and through StudyWrites::failed()). An attempt whose time ran out is finished as timed out,
/// at the moment the time ran out, by whichever call notices it first.
///
/// Practice time runs only while an attempt is being taken in this session: an attempt that was running when the app
/// closed or crashed comes back paused, and the time since its last write is not counted.
class QuizService final
{
public:
    struct Listing {
        QuizDefinition definition;
        int attempts = 0; ///< finished attempts
        std::optional<double> bestPercent;
        std::optional<double> lastPercent;
    };
    struct StartOptions {
        std::optional<int> timeLimitSeconds = std::nullopt; ///< instead of the quiz's; 0: untimed
        std::optional<quint64> seed = std::nullopt;         ///< instead of a fresh one from the seed source
    };
    using SeedSource = std::function<quint64()>;

    QuizService(StudyWrites &writes, const Clock &clock, const Curriculum &curriculum);

    /// Where the seeds of new attempts come from (default: the system's random generator).
    void setSeedSource(SeedSource source) { m_seedSource = std::move(source); }

    /// Over the garden's current curriculum; do not keep it across a curriculumChanged().
    QuizCatalog catalog() const { return QuizCatalog(m_curriculum); }
    /// The level and part quizzes with their results so far.
    QList<Listing> list() const;
    std::optional<QuizDefinition> definition(const QString &quizId) const;
    QuizDefinition compose(const QuizComposition &composition) const { return catalog().custom(composition); }
    const QuizQuestion *question(const QString &questionId) const;

    /// Draws, shuffles and stores a new attempt; none (lastError()) when the quiz has no questions or the write failed.
    std::optional<QuizAttempt> start(const QuizDefinition &quiz, QuizMode mode, const StartOptions &options);
    std::optional<QuizAttempt> start(const QuizDefinition &quiz, QuizMode mode) { return start(quiz, mode, {}); }
    /// An attempt with its answers (finished first when its time ran out).
    std::optional<QuizAttempt> attempt(qint64 attemptId);
    /// The attempts not finished yet, oldest first, ready to resume.
    QList<QuizAttempt> unfinished();

    /// Stores `answer` to `questionId`. Practice: once per question (the answer is shown right after). Exam: may be
    /// changed until the end; an empty answer clears it. False (lastError()) when finished, paused, out of time or
    /// not stored.
    bool answer(QuizAttempt &attempt, const QString &questionId, const QuizAnswer &answer);
    bool setFlagged(QuizAttempt &attempt, const QString &questionId, bool flagged);
    /// Goes to the question at `position` (kept, so that the attempt resumes there).
    bool moveTo(QuizAttempt &attempt, int position);
    /// Practice only: stops and restarts the attempt's time.
    bool pause(QuizAttempt &attempt);
    bool resume(QuizAttempt &attempt);
    /// Finishes the attempt with what was answered (as timed out if its time had already run out).
    bool submit(QuizAttempt &attempt);
    /// Finishes the attempt as timed out when its time has run out; true when it did so now.
    bool finishIfExpired(QuizAttempt &attempt);

    std::optional<qint64> remainingMs(const QuizAttempt &attempt) const;
    qint64 usedMs(const QuizAttempt &attempt) const;

    QuizResults results(const QuizAttempt &attempt) const;
    /// Every attempt (finished or not, without answers), oldest first; only those of `quizId` when given.
    QList<QuizAttempt> history(const QString &quizId = {}) const;

    /// Pauses the practice attempts running in this session, banking their time (Garden::close()).
    void suspend();

    QString lastError() const { return m_error; }

private:
    bool fail(const QString &message);
    bool write(const std::function<bool()> &work);
    bool finishAt(QuizAttempt &attempt, const QDateTime &when, QuizAttempt::Finish finish);
    bool settle(QuizAttempt &attempt);
    bool checkTaking(QuizAttempt &attempt, const QString &questionId);
    QuizDraw::TopicScores topicScores() const;

    StudyWrites &m_writes;
    const Clock &m_clock;
    const Curriculum &m_curriculum;
    QuizStore m_store;
    SeedSource m_seedSource;
    QSet<qint64> m_session; ///< attempts whose practice time was started by this service
    QString m_error;
};

} // namespace pmg
