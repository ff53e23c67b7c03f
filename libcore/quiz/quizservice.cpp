// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quizservice.h"

#include "clock/clock.h"
#include "curriculum/curriculum.h"
#include "quizdraw.h"
#include "quizscoring.h"
#include "store/studywrites.h"

#include <QRandomGenerator>

#include <utility>

using namespace Qt::StringLiterals;

namespace pmg {

QuizService::QuizService(StudyWrites &writes, const Clock &clock, const Curriculum &curriculum)
    : m_writes(writes)
    , m_clock(clock)
    , m_curriculum(curriculum)
    , m_store(writes.database())
    , m_seedSource([] { return QRandomGenerator::system()->generate64(); })
{}

bool QuizService::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool QuizService::write(const std::function<bool()> &work)
{
    if (m_writes.transact(work))
        return true;
    return fail(m_writes.lastFailure().message());
}

QList<QuizService::Listing> QuizService::list() const
{
    QHash<QString, QList<QuizAttempt>> finished;
    for (const QuizAttempt &attempt : m_store.attempts()) {
        if (attempt.isFinished())
            finished[attempt.quizId].append(attempt);
    }
    QList<Listing> listings;
    for (const QuizDefinition &quiz : catalog().standard()) {
        Listing listing;
        listing.definition = quiz;
        const QList<QuizAttempt> attempts = finished.value(quiz.id);
        listing.attempts = int(attempts.size());
        for (const QuizAttempt &attempt : attempts) {
            if (!listing.bestPercent || attempt.percent() > *listing.bestPercent)
                listing.bestPercent = attempt.percent();
        }
        if (!attempts.isEmpty())
            listing.lastPercent = attempts.last().percent(); // oldest first
        listings.append(listing);
    }
    return listings;
}

std::optional<QuizDefinition> QuizService::definition(const QString &quizId) const
{
    return catalog().find(quizId);
}

const QuizQuestion *QuizService::question(const QString &questionId) const
{
    for (const QuizQuestion &question : m_curriculum.questions) {
        if (question.id == questionId)
            return &question;
    }
    return nullptr;
}

QuizDraw::TopicScores QuizService::topicScores() const
{
    QHash<QString, QString> topicOfQuestion;
    for (const QuizQuestion &question : m_curriculum.questions)
        topicOfQuestion.insert(question.id, question.learnNoteId);
    return QuizDraw::topicScores(m_store.answeredScores(), topicOfQuestion);
}

std::optional<QuizAttempt> QuizService::start(const QuizDefinition &quiz, QuizMode mode, const StartOptions &options)
{
    m_error.clear();
    if (options.timeLimitSeconds && *options.timeLimitSeconds < 0) {
        fail(u"the time limit cannot be negative"_s);
        return std::nullopt;
    }
    QuizAttempt attempt;
    attempt.quizId = quiz.id;
    attempt.title = quiz.title;
    attempt.composition = quiz.composition.normalized();
    attempt.mode = mode;
    attempt.seed = options.seed ? *options.seed : m_seedSource();
    const QuizDraw::TopicScores scores = attempt.composition.weakestFirst ? topicScores() : QuizDraw::TopicScores();
    attempt.questionIds =
        QuizDraw::draw(catalog().candidates(attempt.composition), attempt.composition, attempt.seed, scores);
    if (attempt.questionIds.isEmpty()) {
        fail(u"the quiz '%1' has no questions"_s.arg(quiz.title));
        return std::nullopt;
    }
    const int limitSeconds = options.timeLimitSeconds.value_or(quiz.timeLimitSeconds);
    attempt.timer = QuizTimer::start(mode, qint64(limitSeconds) * 1000, m_clock.now());
    if (!write([&] { return m_store.insert(attempt); }))
        return std::nullopt;
    m_session.insert(attempt.id);
    return attempt;
}

// An attempt loaded from the store: practice time left running by an earlier session (the app was closed or crashed)
// stops where it was last written; an attempt whose time ran out is finished.
bool QuizService::settle(QuizAttempt &attempt)
{
    if (attempt.isFinished())
        return true;
    if (attempt.mode == QuizMode::Practice && attempt.timer.runningSince && !m_session.contains(attempt.id)) {
        QuizTimer paused = attempt.timer;
        paused.runningSince.reset();
        if (!m_writes.isReadOnly()
            && !write([&] { return m_store.saveProgress(attempt.id, paused, attempt.position); }))
            return false;
        attempt.timer = paused;
    }
    finishIfExpired(attempt);
    return true;
}

std::optional<QuizAttempt> QuizService::attempt(qint64 attemptId)
{
    m_error.clear();
    std::optional<QuizAttempt> attempt = m_store.attempt(attemptId);
    if (!attempt) {
        fail(u"there is no quiz attempt %1"_s.arg(attemptId));
        return std::nullopt;
    }
    settle(*attempt);
    return attempt;
}

QList<QuizAttempt> QuizService::unfinished()
{
    QList<QuizAttempt> attempts;
    for (const qint64 id : m_store.unfinishedIds()) {
        std::optional<QuizAttempt> attempt = this->attempt(id);
        if (attempt && !attempt->isFinished())
            attempts.append(*attempt);
    }
    return attempts;
}

bool QuizService::finishAt(QuizAttempt &attempt, const QDateTime &when, QuizAttempt::Finish finish)
{
    QuizAttempt finished = attempt;
    finished.finishedAt = when;
    finished.finish = finish;
    finished.usedMs = attempt.timer.usedMs(when);
    finished.maxScore = double(attempt.questionIds.size());
    finished.score = 0;
    for (const QString &id : attempt.questionIds) {
        const QuizResponse response = attempt.response(id);
        if (response.isAnswered())
            finished.score += response.score;
    }
    if (!write([&] { return m_store.finish(finished); }))
        return false;
    finished.timer = finished.timer.paused(when);
    attempt = finished;
    m_session.remove(attempt.id);
    return true;
}

bool QuizService::finishIfExpired(QuizAttempt &attempt)
{
    const QDateTime now = m_clock.now();
    if (attempt.isFinished() || !attempt.timer.isExpired(now))
        return false;
    // Finished when the time ran out, not when somebody noticed (an exam left over a weekend ends at its deadline).
    return finishAt(attempt, attempt.timer.expiresAt().value_or(now), QuizAttempt::Finish::TimedOut);
}

bool QuizService::checkTaking(QuizAttempt &attempt, const QString &questionId)
{
    m_error.clear();
    if (attempt.isFinished())
        return fail(u"the attempt is finished"_s);
    if (finishIfExpired(attempt))
        return fail(u"the time is up: the attempt was submitted with the answers given before"_s);
    if (!attempt.timer.isRunning())
        return fail(u"the attempt is paused"_s);
    if (!questionId.isNull() && !attempt.questionIds.contains(questionId))
        return fail(u"the question '%1' is not part of this attempt"_s.arg(questionId));
    return true;
}

bool QuizService::answer(QuizAttempt &attempt, const QString &questionId, const QuizAnswer &answer)
{
    if (!checkTaking(attempt, questionId))
        return false;
    const QuizQuestion *question = this->question(questionId);
    if (!question)
        return fail(u"the question '%1' is no longer in the curriculum"_s.arg(questionId));
    QuizResponse response = attempt.response(questionId);
    if (attempt.mode == QuizMode::Practice && response.isAnswered())
        return fail(u"this question was already answered"_s);
    if (answer.isEmpty() && attempt.mode == QuizMode::Practice)
        return fail(u"no answer was given"_s);
    if (!answer.isEmpty() && !answer.fits(*question))
        return fail(u"that kind of answer does not fit the question '%1'"_s.arg(questionId));

    const QDateTime now = m_clock.now();
    if (answer.isEmpty()) {
        response.answer.reset();
        response.answeredAt.reset();
        response.score = 0;
    } else {
        response.answer = answer;
        response.answeredAt = now;
        response.score = QuizScoring::score(*question, answer);
    }
    // The practice clock is written with every answer, so a crash loses at most the time since the last one.
    const QuizTimer timer = attempt.timer.running(now);
    if (!write([&] {
            return m_store.saveResponse(attempt.id, questionId, response)
                   && m_store.saveProgress(attempt.id, timer, attempt.position);
        }))
        return false;
    attempt.responses.insert(questionId, response);
    attempt.timer = timer;
    return true;
}

bool QuizService::setFlagged(QuizAttempt &attempt, const QString &questionId, bool flagged)
{
    if (!checkTaking(attempt, questionId))
        return false;
    QuizResponse response = attempt.response(questionId);
    response.flagged = flagged;
    if (!write([&] { return m_store.saveResponse(attempt.id, questionId, response); }))
        return false;
    attempt.responses.insert(questionId, response);
    return true;
}

bool QuizService::moveTo(QuizAttempt &attempt, int position)
{
    if (!checkTaking(attempt, QString()))
        return false;
    if (position < 0 || position >= attempt.questionIds.size())
        return fail(u"there is no question %1 in this attempt"_s.arg(position + 1));
    const QuizTimer timer = attempt.timer.running(m_clock.now());
    if (!write([&] { return m_store.saveProgress(attempt.id, timer, position); }))
        return false;
    attempt.position = position;
    attempt.timer = timer;
    return true;
}

bool QuizService::pause(QuizAttempt &attempt)
{
    if (attempt.mode == QuizMode::Exam)
        return fail(u"an exam cannot be paused"_s);
    if (!checkTaking(attempt, QString()))
        return false;
    const QuizTimer timer = attempt.timer.paused(m_clock.now());
    if (!write([&] { return m_store.saveProgress(attempt.id, timer, attempt.position); }))
        return false;
    attempt.timer = timer;
    m_session.remove(attempt.id);
    return true;
}

bool QuizService::resume(QuizAttempt &attempt)
{
    m_error.clear();
    if (attempt.isFinished())
        return fail(u"the attempt is finished"_s);
    if (finishIfExpired(attempt))
        return fail(u"the time is up: the attempt was submitted with the answers given before"_s);
    if (attempt.timer.isRunning()) {
        m_session.insert(attempt.id);
        return true;
    }
    const QuizTimer timer = attempt.timer.running(m_clock.now());
    if (!write([&] { return m_store.saveProgress(attempt.id, timer, attempt.position); }))
        return false;
    attempt.timer = timer;
    m_session.insert(attempt.id);
    return true;
}

bool QuizService::submit(QuizAttempt &attempt)
{
    m_error.clear();
    if (attempt.isFinished())
        return fail(u"the attempt is already finished"_s);
    if (finishIfExpired(attempt))
        return true;
    if (!m_error.isEmpty())
        return false;
    return finishAt(attempt, m_clock.now(), QuizAttempt::Finish::Submitted);
}

std::optional<qint64> QuizService::remainingMs(const QuizAttempt &attempt) const
{
    if (attempt.isFinished())
        return attempt.timer.isTimed() ? std::optional<qint64>(0) : std::nullopt;
    return attempt.timer.remainingMs(m_clock.now());
}

qint64 QuizService::usedMs(const QuizAttempt &attempt) const
{
    return attempt.isFinished() ? attempt.usedMs : attempt.timer.usedMs(m_clock.now());
}

QuizResults QuizService::results(const QuizAttempt &attempt) const
{
    return QuizResults::of(attempt, catalog());
}

QList<QuizAttempt> QuizService::history(const QString &quizId) const
{
    return m_store.attempts(quizId);
}

void QuizService::suspend()
{
    if (m_writes.isReadOnly())
        return;
    const QDateTime now = m_clock.now();
    const QSet<qint64> running = std::exchange(m_session, {});
    for (const qint64 id : running) {
        std::optional<QuizAttempt> attempt = m_store.attempt(id);
        if (!attempt || attempt->isFinished() || finishIfExpired(*attempt) || attempt->mode != QuizMode::Practice
            || !attempt->timer.runningSince)
            continue;
        const QuizTimer timer = attempt->timer.paused(now);
        write([&] { return m_store.saveProgress(id, timer, attempt->position); });
    }
}

} // namespace pmg
