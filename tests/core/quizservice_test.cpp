// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// QuizService over a real profile on a FixedClock: listing, starting, answering, timeouts (no sleeping), resuming
// after the app was closed or crashed, results and history.
#include "store/studysummary.h"
#include "store/studywrites.h"
#include "support/qtprinters.h"
#include "support/quizfixture.h"

using namespace Qt::StringLiterals;

namespace pmg {
namespace {

class QuizServiceTest : public test::QuizFixture
{
protected:
    void SetUp() override
    {
        writeQuizCurriculum();
        openGarden();
    }

    QuizAttempt startEverything(QuizMode mode, int limitSeconds, quint64 seed = 7)
    {
        std::optional<QuizAttempt> attempt =
            quizzes().start(everything(), mode, {.timeLimitSeconds = limitSeconds, .seed = seed});
        EXPECT_TRUE(attempt.has_value()) << quizzes().lastError().toStdString();
        return attempt.value_or(QuizAttempt());
    }

    /// Reopens the garden as an app restart `seconds` after the clock's current time.
    void restartAfter(qint64 seconds)
    {
        startTime = gardenClock->now().addSecs(seconds);
        openGarden();
    }

    /// A correct answer to each question of the fixture.
    static QuizAnswer rightAnswer(const QString &id)
    {
        if (id == u"q-single")
            return QuizAnswer::chosen({1});
        if (id == u"q-multi")
            return QuizAnswer::chosen({0, 1, 3});
        if (id == u"q-tf")
            return QuizAnswer::chosen({0});
        if (id == u"q-output")
            return QuizAnswer::typed(u"Hello, garden!  \nHello, quiz!\n\n"_s);
        if (id == u"q-short")
            return QuizAnswer::typed(u" CONTINUE"_s);
        return QuizAnswer::typed(u"nohtyP"_s);
    }
};

TEST_F(QuizServiceTest, ListsTheLevelAndPartQuizzesWithCountsAndTimeLimits)
{
    const QList<QuizService::Listing> listings = quizzes().list();
    QStringList rows;
    for (const QuizService::Listing &l : listings)
        rows.append(u"%1|%2|%3|%4|%5"_s.arg(l.definition.id, l.definition.title, l.definition.scope())
                        .arg(l.definition.questionCount)
                        .arg(l.definition.timeLimitSeconds));
    EXPECT_EQ(rows, (QStringList{
                        u"level-beginner|Beginner quiz|beginner|4|180"_s,
                        u"level-intermediate|Intermediate quiz|intermediate|1|60"_s,
                        u"level-expert|Expert quiz|expert|1|120"_s,
                        u"part-1|Part 1 quiz – Note first|part 1|4|240"_s,
                        u"part-2|Part 2 quiz – Note third|part 2|2|180"_s,
                    }));
    EXPECT_FALSE(listings.first().bestPercent.has_value());
}

TEST_F(QuizServiceTest, StartingStoresTheDrawAndTheSameSeedGivesTheSameOrder)
{
    const QuizAttempt a = startEverything(QuizMode::Exam, 600, 11);
    const QuizAttempt b = startEverything(QuizMode::Exam, 600, 11);
    EXPECT_EQ(a.questionIds.size(), 6);
    EXPECT_EQ(a.questionIds, b.questionIds);
    EXPECT_NE(a.id, b.id);
    bool someOtherOrder = false;
    for (quint64 seed = 12; seed < 20 && !someOtherOrder; ++seed)
        someOtherOrder = startEverything(QuizMode::Exam, 600, seed).questionIds != a.questionIds;
    EXPECT_TRUE(someOtherOrder);

    const std::optional<QuizAttempt> stored = quizzes().attempt(a.id);
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->seed, 11u);
    EXPECT_EQ(stored->questionIds, a.questionIds);
    EXPECT_EQ(stored->timer.limitMs, 600'000);
    EXPECT_EQ(stored->timer.startedAt, startTime);
    const QuizQuestion *multi = quizzes().question(u"q-multi"_s);
    ASSERT_NE(multi, nullptr);
    EXPECT_EQ(stored->optionOrder(*multi), a.optionOrder(*multi));

    // A full 64-bit seed survives SQLite's signed integers.
    const QuizAttempt big = startEverything(QuizMode::Exam, 600, 0xfedcba9876543210ULL);
    EXPECT_EQ(quizzes().attempt(big.id)->seed, 0xfedcba9876543210ULL);
}

TEST_F(QuizServiceTest, AnswersAreScoredStoredAndSubmittedIntoResults)
{
    QuizAttempt attempt = startEverything(QuizMode::Exam, 600);
    for (const QString &id : attempt.questionIds) {
        gardenClock->advance(10);
        ASSERT_TRUE(quizzes().answer(attempt, id, rightAnswer(id))) << quizzes().lastError().toStdString();
    }
    // Change one answer (an exam allows it): q-multi partly right.
    ASSERT_TRUE(quizzes().answer(attempt, u"q-multi"_s, QuizAnswer::chosen({0, 1, 2})));
    EXPECT_DOUBLE_EQ(attempt.response(u"q-multi"_s).score, 1.0 / 3.0);
    ASSERT_TRUE(quizzes().submit(attempt)) << quizzes().lastError().toStdString();
    EXPECT_TRUE(attempt.isFinished());
    EXPECT_EQ(attempt.finish, QuizAttempt::Finish::Submitted);
    EXPECT_DOUBLE_EQ(attempt.score, 5.0 + 1.0 / 3.0);
    EXPECT_EQ(attempt.maxScore, 6.0);
    EXPECT_EQ(attempt.usedMs, 60'000);
    EXPECT_FALSE(quizzes().answer(attempt, u"q-single"_s, QuizAnswer::chosen({0})));
    EXPECT_EQ(quizzes().lastError(), u"the attempt is finished");

    const std::optional<QuizAttempt> stored = quizzes().attempt(attempt.id);
    ASSERT_TRUE(stored.has_value());
    const QuizResults results = quizzes().results(*stored);
    EXPECT_DOUBLE_EQ(results.score(), 5.0 + 1.0 / 3.0);
    EXPECT_EQ(results.correctCount(), 5);
    EXPECT_EQ(results.answeredCount(), 6);
    ASSERT_EQ(results.questions.size(), 6);
    for (const QuizQuestionResult &r : results.questions) {
        ASSERT_TRUE(r.question.has_value());
        EXPECT_FALSE(r.question->explanation.isEmpty());
        EXPECT_FALSE(r.question->learnNoteId.isEmpty());
        EXPECT_EQ(r.isCorrect(), r.questionId != u"q-multi") << r.questionId.toStdString();
    }
    const QList<Flashcard> missed = results.missedCards();
    ASSERT_EQ(missed.size(), 1);
    EXPECT_EQ(missed.first().id, u"qm-q-multi");
    EXPECT_EQ(missed.first().noteId, u"second");

    const QList<QuizAttempt> history = quizzes().history(attempt.quizId);
    ASSERT_EQ(history.size(), 1);
    EXPECT_EQ(history.first().usedMs, 60'000);
    EXPECT_NEAR(history.first().percent(), 100.0 * (5.0 + 1.0 / 3.0) / 6.0, 1e-9);
}

TEST_F(QuizServiceTest, AnExamIsSubmittedWhenItsTimeRunsOut)
{
    QuizAttempt attempt = startEverything(QuizMode::Exam, 60);
    const QString first = attempt.questionIds.at(0);
    gardenClock->advance(30);
    ASSERT_TRUE(quizzes().answer(attempt, first, rightAnswer(first)));
    EXPECT_EQ(quizzes().remainingMs(attempt), 30'000);
    EXPECT_FALSE(quizzes().pause(attempt)) << "no pause in an exam";
    gardenClock->advance(29);
    EXPECT_FALSE(quizzes().finishIfExpired(attempt));
    gardenClock->advance(2);
    EXPECT_EQ(quizzes().remainingMs(attempt), 0);
    EXPECT_FALSE(quizzes().answer(attempt, attempt.questionIds.at(1), rightAnswer(attempt.questionIds.at(1))));
    EXPECT_TRUE(quizzes().lastError().contains(u"time is up"_s)) << quizzes().lastError().toStdString();
    ASSERT_TRUE(attempt.isFinished());
    EXPECT_EQ(attempt.finish, QuizAttempt::Finish::TimedOut);
    EXPECT_EQ(attempt.finishedAt, startTime.addSecs(60)) << "finished when the time ran out";
    EXPECT_EQ(attempt.score, 1.0) << "with what was answered before";
    EXPECT_EQ(attempt.usedMs, 60'000);
    EXPECT_FALSE(quizzes().attempt(attempt.id)->response(attempt.questionIds.at(1)).isAnswered());
}

TEST_F(QuizServiceTest, AnExamDeadlineStandsWhileTheAppIsClosed)
{
    QuizAttempt attempt = startEverything(QuizMode::Exam, 120);
    ASSERT_TRUE(quizzes().answer(attempt, attempt.questionIds.at(0), rightAnswer(attempt.questionIds.at(0))));
    restartAfter(60);
    std::optional<QuizAttempt> resumed = quizzes().attempt(attempt.id);
    ASSERT_TRUE(resumed.has_value());
    EXPECT_FALSE(resumed->isFinished());
    EXPECT_EQ(quizzes().remainingMs(*resumed), 60'000) << "the minute the app was closed counted";
    restartAfter(3600);
    resumed = quizzes().attempt(attempt.id);
    ASSERT_TRUE(resumed->isFinished()) << "found out of time on reopening";
    EXPECT_EQ(resumed->finish, QuizAttempt::Finish::TimedOut);
    EXPECT_EQ(resumed->finishedAt, attempt.timer.startedAt.addSecs(120));
    EXPECT_EQ(resumed->score, 1.0);
    EXPECT_TRUE(quizzes().unfinished().isEmpty());
}

TEST_F(QuizServiceTest, PracticeTimeStopsWhilePausedAndWhileTheAppIsClosed)
{
    QuizAttempt attempt = startEverything(QuizMode::Practice, 300);
    gardenClock->advance(100);
    ASSERT_TRUE(quizzes().pause(attempt));
    EXPECT_FALSE(quizzes().answer(attempt, attempt.questionIds.at(0), rightAnswer(attempt.questionIds.at(0))));
    EXPECT_EQ(quizzes().lastError(), u"the attempt is paused");
    gardenClock->advance(5000);
    EXPECT_EQ(quizzes().remainingMs(attempt), 200'000);
    EXPECT_FALSE(quizzes().finishIfExpired(attempt));
    ASSERT_TRUE(quizzes().resume(attempt));
    gardenClock->advance(50);
    ASSERT_TRUE(quizzes().answer(attempt, attempt.questionIds.at(0), rightAnswer(attempt.questionIds.at(0))));
    EXPECT_FALSE(quizzes().answer(attempt, attempt.questionIds.at(0), QuizAnswer::chosen({0})))
        << "practice shows the answer right away: no second try";
    gardenClock->advance(10);
    restartAfter(86'400); // a clean quit, back the next day

    std::optional<QuizAttempt> resumed = quizzes().attempt(attempt.id);
    ASSERT_TRUE(resumed.has_value());
    EXPECT_FALSE(resumed->timer.isRunning()) << "comes back paused";
    EXPECT_EQ(quizzes().remainingMs(*resumed), 140'000);
    ASSERT_TRUE(quizzes().resume(*resumed));
    gardenClock->advance(140);
    EXPECT_TRUE(quizzes().finishIfExpired(*resumed));
    EXPECT_EQ(resumed->finish, QuizAttempt::Finish::TimedOut);
    EXPECT_EQ(resumed->usedMs, 300'000);
    EXPECT_EQ(resumed->finishedAt, gardenClock->now());
}

TEST_F(QuizServiceTest, APracticeAttemptLeftRunningByACrashComesBackPausedAtItsLastWrite)
{
    QuizAttempt attempt = startEverything(QuizMode::Practice, 300);
    gardenClock->advance(40);
    ASSERT_TRUE(quizzes().answer(attempt, attempt.questionIds.at(0), rightAnswer(attempt.questionIds.at(0))));
    gardenClock->advance(25); // then the app dies: nothing banks these 25 s
    // Another session over the same database, as the app after a crash: the first service never suspended.
    QuizService afterCrash(garden->writes(), *gardenClock, garden->curriculum());
    gardenClock->advance(1000);
    std::optional<QuizAttempt> resumed = afterCrash.attempt(attempt.id);
    ASSERT_TRUE(resumed.has_value());
    EXPECT_FALSE(resumed->timer.isRunning());
    EXPECT_EQ(afterCrash.remainingMs(*resumed), 260'000);
    EXPECT_TRUE(resumed->response(attempt.questionIds.at(0)).isAnswered());
}

TEST_F(QuizServiceTest, AnInterruptedExamResumesWhereItStopped)
{
    QuizAttempt attempt = startEverything(QuizMode::Exam, 600);
    const QString a = attempt.questionIds.at(0), b = attempt.questionIds.at(1), c = attempt.questionIds.at(2);
    ASSERT_TRUE(quizzes().answer(attempt, a, rightAnswer(a)));
    ASSERT_TRUE(quizzes().setFlagged(attempt, b, true));
    ASSERT_TRUE(quizzes().moveTo(attempt, 2));
    ASSERT_TRUE(quizzes().answer(attempt, c,
                                 QuizAnswer::typed(u"wrong"_s).fits(*quizzes().question(c))
                                     ? QuizAnswer::typed(u"wrong"_s)
                                     : QuizAnswer::chosen({0})));
    EXPECT_FALSE(quizzes().moveTo(attempt, 6));
    gardenClock->advance(100);
    restartAfter(20);

    const QList<QuizAttempt> open = quizzes().unfinished();
    ASSERT_EQ(open.size(), 1);
    const QuizAttempt &resumed = open.first();
    EXPECT_EQ(resumed.id, attempt.id);
    EXPECT_EQ(resumed.position, 2);
    EXPECT_EQ(resumed.questionIds, attempt.questionIds);
    EXPECT_EQ(resumed.response(a), attempt.response(a));
    EXPECT_TRUE(resumed.response(b).flagged);
    EXPECT_FALSE(resumed.response(b).isAnswered());
    EXPECT_TRUE(resumed.response(c).isAnswered());
    EXPECT_EQ(resumed.answeredCount(), 2);
    EXPECT_EQ(resumed.flaggedCount(), 1);
    EXPECT_EQ(quizzes().remainingMs(resumed), 480'000);

    // An empty answer in an exam takes the answer back.
    QuizAttempt again = resumed;
    ASSERT_TRUE(quizzes().answer(again, c, QuizAnswer::chosen({})));
    EXPECT_FALSE(quizzes().attempt(again.id)->response(c).isAnswered());
}

TEST_F(QuizServiceTest, RefusesAnswersThatDoNotFitAndQuestionsNotAsked)
{
    QuizAttempt attempt = startEverything(QuizMode::Exam, 600);
    EXPECT_FALSE(quizzes().answer(attempt, u"q-single"_s, QuizAnswer::chosen({9})));
    EXPECT_FALSE(quizzes().answer(attempt, u"q-single"_s, QuizAnswer::typed(u"None"_s)));
    EXPECT_FALSE(quizzes().answer(attempt, u"q-nope"_s, QuizAnswer::chosen({0})));
    EXPECT_TRUE(quizzes().lastError().contains(u"q-nope"_s));
    EXPECT_EQ(quizzes().attempt(attempt.id)->answeredCount(), 0);
}

TEST_F(QuizServiceTest, BestAndLastScoresAndWeakestTopicsFirst)
{
    const std::optional<QuizDefinition> part2 = quizzes().definition(u"part-2"_s);
    ASSERT_TRUE(part2.has_value());
    // Part 2 (topic "third"): first all wrong, then half right.
    for (const int right : {0, 1}) {
        std::optional<QuizAttempt> attempt = quizzes().start(*part2, QuizMode::Exam);
        ASSERT_TRUE(attempt.has_value());
        for (int i = 0; i < attempt->questionIds.size(); ++i) {
            const QString id = attempt->questionIds.at(i);
            ASSERT_TRUE(quizzes().answer(*attempt, id, i < right ? rightAnswer(id) : QuizAnswer::typed(u"no"_s)));
        }
        ASSERT_TRUE(quizzes().submit(*attempt));
        gardenClock->advance(60);
    }
    // Part 1: all right.
    std::optional<QuizAttempt> good = quizzes().start(*quizzes().definition(u"part-1"_s), QuizMode::Practice);
    ASSERT_TRUE(good.has_value());
    for (const QString &id : good->questionIds)
        ASSERT_TRUE(quizzes().answer(*good, id, rightAnswer(id)));
    ASSERT_TRUE(quizzes().submit(*good));

    for (const QuizService::Listing &l : quizzes().list()) {
        if (l.definition.id == u"part-2") {
            EXPECT_EQ(l.attempts, 2);
            EXPECT_EQ(l.bestPercent, 50.0);
            EXPECT_EQ(l.lastPercent, 50.0);
        } else if (l.definition.id == u"part-1") {
            EXPECT_EQ(l.bestPercent, 100.0);
        } else {
            EXPECT_EQ(l.attempts, 0);
        }
    }

    QuizComposition weakest;
    weakest.count = 3;
    weakest.weakestFirst = true;
    const QuizDefinition custom = quizzes().compose(weakest);
    EXPECT_TRUE(custom.id.startsWith(u"custom-"_s));
    EXPECT_EQ(quizzes().compose(weakest).id, custom.id) << "the same composition is the same quiz";
    EXPECT_EQ(custom.questionCount, 3);
    for (quint64 seed = 1; seed < 6; ++seed) {
        const std::optional<QuizAttempt> drawn = quizzes().start(custom, QuizMode::Practice, {.seed = seed});
        ASSERT_TRUE(drawn.has_value());
        QStringList firstTwo = drawn->questionIds.mid(0, 2);
        firstTwo.sort();
        EXPECT_EQ(firstTwo, (QStringList{u"q-case"_s, u"q-short"_s})) << "the weak topic first";
        EXPECT_EQ(drawn->composition, weakest.normalized());
    }
}

TEST_F(QuizServiceTest, BackupSummariesCountQuizAttempts)
{
    startEverything(QuizMode::Practice, 60);
    const StudySummary summary = StudySummary::of(QDir(profile.path()).filePath(Database::fileName()));
    EXPECT_TRUE(summary.toText().contains(u"1 quiz attempts"_s)) << summary.toText().toStdString();
}

TEST_F(QuizServiceTest, AReadOnlyProfileStartsNothing)
{
    garden->writes().setReadOnly(u"the profile folder cannot be written"_s);
    EXPECT_FALSE(quizzes().start(everything(), QuizMode::Exam).has_value());
    EXPECT_TRUE(quizzes().lastError().contains(u"cannot be written"_s)) << quizzes().lastError().toStdString();
    EXPECT_TRUE(quizzes().history().isEmpty());
}

} // namespace
} // namespace pmg
