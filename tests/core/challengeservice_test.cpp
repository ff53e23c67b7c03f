// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The learner's work on challenges in the profile: code saved and restored, runs recorded, solved, the reference
// solution shown, what reports count, and a read-only profile that refuses all of it.
#include "challenges/challengeservice.h"
#include "python/challengerunner.h"
#include "store/studysummary.h"
#include "store/studywrites.h"
#include "support/challengefixture.h"
#include "support/qtprinters.h"

#include <QSignalSpy>

#include <functional>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace pmg {
namespace {

ChallengeResult result(ChallengeResult::Status status, int passed, int total)
{
    ChallengeResult r;
    r.status = status;
    for (int i = 0; i < total; ++i)
        r.tests.append(
            {u"test_%1"_s.arg(i), i < passed ? TestResult::Status::Passed : TestResult::Status::Failed, {}, {}});
    r.elapsed = 120ms;
    return r;
}

const ChallengeResult onePassed = result(ChallengeResult::Status::Failed, 1, 2);
const ChallengeResult allPassed = result(ChallengeResult::Status::Passed, 2, 2);

class ChallengeServiceTest : public test::ChallengeFixture
{
protected:
    void SetUp() override { writeChallengeCurriculum(); }

    ChallengeService &challenges() { return garden->challenges(); }
    QDateTime now() const { return gardenClock->now(); }
};

TEST_F(ChallengeServiceTest, TheStarterIsShownUntilTheLearnerWritesSomething)
{
    openGarden();
    EXPECT_EQ(challenges().code(u"ch-double"_s), QString::fromLatin1(doubleStarter));
    EXPECT_FALSE(challenges().hasSavedCode(u"ch-double"_s));
    EXPECT_FALSE(challenges().progress(u"ch-double"_s).codeSavedAt);
    EXPECT_EQ(challenges().code(u"ch-nope"_s), QString());
}

TEST_F(ChallengeServiceTest, CodeIsSavedAndRestoredAcrossAReopen)
{
    openGarden();
    const QString mine = u"def double(x):\n    return x + x  # mine\n"_s;
    ASSERT_TRUE(challenges().saveCode(u"ch-double"_s, mine));
    const QDateTime savedAt = now();

    openGarden();
    EXPECT_EQ(challenges().code(u"ch-double"_s), mine);
    EXPECT_TRUE(challenges().hasSavedCode(u"ch-double"_s));
    EXPECT_EQ(challenges().progress(u"ch-double"_s).codeSavedAt, std::optional(savedAt));
    EXPECT_EQ(challenges().code(u"ch-greet"_s).left(9), u"def greet"_s) << "other challenges keep their starter";

    // Emptied code is still the learner's code.
    ASSERT_TRUE(challenges().saveCode(u"ch-double"_s, QString()));
    openGarden();
    EXPECT_EQ(challenges().code(u"ch-double"_s), QString());
    EXPECT_TRUE(challenges().hasSavedCode(u"ch-double"_s));
}

TEST_F(ChallengeServiceTest, ResetAndTheStarterItselfForgetTheSavedCode)
{
    openGarden();
    ASSERT_TRUE(challenges().saveCode(u"ch-double"_s, u"def double(x): ...\n"_s));
    ASSERT_TRUE(challenges().resetToStarter(u"ch-double"_s));
    EXPECT_FALSE(challenges().hasSavedCode(u"ch-double"_s));
    EXPECT_EQ(challenges().code(u"ch-double"_s), QString::fromLatin1(doubleStarter));
    EXPECT_TRUE(challenges().resetToStarter(u"ch-double"_s)) << "nothing to forget is not a failure";

    ASSERT_TRUE(challenges().saveCode(u"ch-double"_s, u"def double(x): ...\n"_s));
    ASSERT_TRUE(challenges().saveCode(u"ch-double"_s, QString::fromLatin1(doubleStarter)));
    EXPECT_FALSE(challenges().hasSavedCode(u"ch-double"_s));
}

TEST_F(ChallengeServiceTest, EveryRunIsRecordedAndTheFirstFullPassSolves)
{
    openGarden();
    ASSERT_TRUE(challenges().recordRun(u"ch-double"_s, onePassed));
    const QDateTime firstRun = now();
    ChallengeProgress p = challenges().progress(u"ch-double"_s);
    EXPECT_EQ(p.runCount, 1);
    EXPECT_FALSE(p.solved());
    ASSERT_TRUE(p.lastRun);
    EXPECT_EQ(p.lastRun->ranAt, firstRun);
    EXPECT_EQ(p.lastRun->status, ChallengeResult::Status::Failed);
    EXPECT_EQ(p.lastRun->passed, 1);
    EXPECT_EQ(p.lastRun->total, 2);
    EXPECT_EQ(p.lastRun->elapsedMs, 120);

    gardenClock->advance(60);
    ASSERT_TRUE(challenges().recordRun(u"ch-double"_s, allPassed));
    const QDateTime solvedAt = now();
    gardenClock->advance(60);
    ASSERT_TRUE(challenges().recordRun(u"ch-double"_s, result(ChallengeResult::Status::TimedOut, 0, 0)));
    gardenClock->advance(60);
    ASSERT_TRUE(challenges().recordRun(u"ch-double"_s, allPassed));

    openGarden(); // and it all survives a restart
    p = challenges().progress(u"ch-double"_s);
    EXPECT_EQ(p.runCount, 4);
    EXPECT_EQ(p.solvedAt, std::optional(solvedAt)) << "the first solved time is kept";
    ASSERT_TRUE(p.lastRun && p.bestRun);
    EXPECT_EQ(p.lastRun->ranAt, solvedAt.addSecs(120));
    EXPECT_EQ(p.bestRun->ranAt, solvedAt) << "the earliest of the best runs";
    EXPECT_TRUE(p.bestRun->passedAll());

    const QList<ChallengeRun> runs = challenges().runs(u"ch-double"_s);
    ASSERT_EQ(runs.size(), 4);
    EXPECT_EQ(runs.first().ranAt, solvedAt.addSecs(120)) << "newest first";
    EXPECT_EQ(runs.at(1).status, ChallengeResult::Status::TimedOut);
    EXPECT_EQ(runs.last().ranAt, firstRun);
    EXPECT_FALSE(challenges().progress(u"ch-greet"_s).solved());
}

TEST_F(ChallengeServiceTest, TheBestRunIsTheLargestShareOfTestsPassed)
{
    openGarden();
    ASSERT_TRUE(challenges().recordRun(u"ch-greet"_s, result(ChallengeResult::Status::Failed, 1, 4)));
    gardenClock->advance(1);
    ASSERT_TRUE(challenges().recordRun(u"ch-greet"_s, result(ChallengeResult::Status::Failed, 3, 4)));
    const QDateTime best = now();
    gardenClock->advance(1);
    ASSERT_TRUE(challenges().recordRun(u"ch-greet"_s, result(ChallengeResult::Status::Cancelled, 0, 0)));
    const ChallengeProgress p = challenges().progress(u"ch-greet"_s);
    ASSERT_TRUE(p.bestRun);
    EXPECT_EQ(p.bestRun->ranAt, best);
    EXPECT_EQ(p.bestRun->passed, 3);
    EXPECT_EQ(p.lastRun->status, ChallengeResult::Status::Cancelled);
    EXPECT_FALSE(p.solved());
}

TEST_F(ChallengeServiceTest, ARunThatNeverStartedIsNotRecorded)
{
    openGarden();
    ChallengeResult missing;
    missing.status = ChallengeResult::Status::ToolMissing;
    missing.missingTool = u"python3"_s;
    EXPECT_FALSE(ChallengeService::isRun(missing));
    EXPECT_TRUE(challenges().recordRun(u"ch-double"_s, missing));
    ChallengeResult error;
    error.status = ChallengeResult::Status::Error;
    EXPECT_TRUE(challenges().recordRun(u"ch-double"_s, error));
    EXPECT_EQ(challenges().progress(u"ch-double"_s).runCount, 0);
}

TEST_F(ChallengeServiceTest, TheRealRunnersResultsAreRecorded)
{
    openGarden();
    const Challenge *challenge = challenges().challenge(u"ch-double"_s);
    ASSERT_NE(challenge, nullptr);
    const ChallengeResult starter = ChallengeRunner::run(*challenge, challenge->starter);
    ASSERT_EQ(starter.status, ChallengeResult::Status::Failed) << starter.message.toStdString();
    ASSERT_TRUE(challenges().recordRun(challenge->id, starter));
    EXPECT_FALSE(challenges().progress(challenge->id).solved());
    const ChallengeResult solution = ChallengeRunner::run(*challenge, challenge->solution);
    ASSERT_EQ(solution.status, ChallengeResult::Status::Passed) << solution.message.toStdString();
    ASSERT_TRUE(challenges().recordRun(challenge->id, solution));
    const ChallengeProgress p = challenges().progress(challenge->id);
    EXPECT_TRUE(p.solved());
    EXPECT_EQ(p.lastRun->passed, 2);
    EXPECT_EQ(p.lastRun->elapsedMs, solution.elapsed.count());
}

TEST_F(ChallengeServiceTest, TheReferenceSolutionShownIsRecordedWithItsFirstTime)
{
    openGarden();
    ASSERT_TRUE(challenges().recordRun(u"ch-double"_s, allPassed));
    gardenClock->advance(300);
    ASSERT_TRUE(challenges().recordReferenceShown(u"ch-double"_s));
    const QDateTime shown = now();
    gardenClock->advance(300);
    ASSERT_TRUE(challenges().recordReferenceShown(u"ch-double"_s));
    ASSERT_TRUE(challenges().recordReferenceShown(u"ch-greet"_s));
    gardenClock->advance(300);
    ASSERT_TRUE(challenges().recordRun(u"ch-greet"_s, result(ChallengeResult::Status::Passed, 1, 1)));

    openGarden();
    const ChallengeProgress doubled = challenges().progress(u"ch-double"_s);
    EXPECT_EQ(doubled.referenceShownAt, std::optional(shown));
    EXPECT_TRUE(doubled.solvedUnaided());
    const ChallengeProgress greeted = challenges().progress(u"ch-greet"_s);
    EXPECT_TRUE(greeted.solved());
    EXPECT_FALSE(greeted.solvedUnaided()) << "solved after looking at the solution";
}

TEST_F(ChallengeServiceTest, AReadOnlyProfileRefusesEveryWriteAndSaysWhy)
{
    openGarden();
    ASSERT_TRUE(challenges().saveCode(u"ch-double"_s, u"mine = 1\n"_s));
    garden.reset();

    // Each write on a profile of its own, so that each must say for itself why it was refused.
    const std::function<bool(ChallengeService &)> writes[] = {
        [](ChallengeService &s) { return s.saveCode(u"ch-double"_s, u"changed = 2\n"_s); },
        [](ChallengeService &s) { return s.resetToStarter(u"ch-double"_s); },
        [](ChallengeService &s) { return s.recordRun(u"ch-double"_s, allPassed); },
        [](ChallengeService &s) { return s.recordReferenceShown(u"ch-double"_s); },
    };
    for (const auto &write : writes) {
        Garden reader;
        ASSERT_TRUE(reader.open(profile.path(), dir.path(), {.readOnly = true})) << reader.error().toStdString();
        ASSERT_TRUE(reader.isReadOnly());
        QSignalSpy failed(&reader, &Garden::writeFailed);
        ChallengeService &service = reader.challenges();
        EXPECT_EQ(service.code(u"ch-double"_s), u"mine = 1\n"_s) << "what was saved is still shown";
        EXPECT_FALSE(write(service));
        EXPECT_EQ(reader.writes().lastFailure().kind, StoreError::Kind::ReadOnly);
        EXPECT_EQ(reader.writes().lastFailure().message().contains(reader.readOnlyReason()), true)
            << reader.writes().lastFailure().message().toStdString();
        EXPECT_EQ(failed.size(), 0) << "read-only is shown by the banner, not as a failed write";
        EXPECT_EQ(service.code(u"ch-double"_s), u"mine = 1\n"_s);
        EXPECT_EQ(service.progress(u"ch-double"_s).runCount, 0);
        EXPECT_FALSE(service.progress(u"ch-double"_s).referenceShownAt);
    }
}

TEST_F(ChallengeServiceTest, ListsEveryChallengeWithItsPartAndState)
{
    openGarden();
    ASSERT_TRUE(challenges().recordRun(u"ch-greet"_s, result(ChallengeResult::Status::Passed, 1, 1)));
    const QList<ChallengeService::Entry> list = challenges().list();
    ASSERT_EQ(list.size(), 2);
    EXPECT_EQ(list.at(0).challenge->id, u"ch-double"_s);
    EXPECT_EQ(list.at(0).part, 1);
    EXPECT_EQ(list.at(0).progress.challengeId, u"ch-double"_s);
    EXPECT_FALSE(list.at(0).progress.solved());
    EXPECT_EQ(list.at(1).challenge->id, u"ch-greet"_s);
    EXPECT_EQ(list.at(1).part, 2);
    EXPECT_EQ(list.at(1).challenge->level, Level::Intermediate);
    EXPECT_TRUE(list.at(1).progress.solved());

    const QMap<int, ChallengeService::Tally> perPart = challenges().solvedPerPart();
    EXPECT_EQ(perPart.value(1), (ChallengeService::Tally{0, 1}));
    EXPECT_EQ(perPart.value(2), (ChallengeService::Tally{1, 1}));
}

// Study days turn at 04:00 in Berlin (the fixture's clock): a run at 01:30 belongs to the evening before.
TEST_F(ChallengeServiceTest, RunsAndSolvesAreCountedPerStudyDayAndWeek)
{
    openGarden();
    const QTimeZone berlin("Europe/Berlin");
    const auto runAt = [&](QDate day, QTime time, const ChallengeResult &r, const QString &id = u"ch-double"_s) {
        gardenClock->set(QDateTime(day, time, berlin));
        ASSERT_TRUE(challenges().recordRun(id, r));
    };
    const QDate monday(2026, 11, 23);
    runAt(monday, QTime(9, 0), onePassed);
    runAt(monday.addDays(1), QTime(1, 30), onePassed); // still Monday's study day
    runAt(monday.addDays(1), QTime(20, 0), allPassed);
    runAt(monday.addDays(8), QTime(10, 0), onePassed, u"ch-greet"_s); // Tuesday of the next week
    runAt(monday.addDays(8), QTime(10, 5), result(ChallengeResult::Status::Passed, 1, 1), u"ch-greet"_s);

    const QMap<QDate, int> perDay = challenges().runsPerDay(monday, monday.addDays(2));
    EXPECT_EQ(perDay, (QMap<QDate, int>{{monday, 2}, {monday.addDays(1), 1}, {monday.addDays(2), 0}}));
    const QMap<QDate, int> perWeek = challenges().runsPerWeek(monday.addDays(3), monday.addDays(13));
    EXPECT_EQ(perWeek, (QMap<QDate, int>{{monday, 3}, {monday.addDays(7), 2}}));
    const QMap<QDate, QStringList> solved = challenges().solvedPerDay(monday, monday.addDays(13));
    EXPECT_EQ(solved,
              (QMap<QDate, QStringList>{{monday.addDays(1), {u"ch-double"_s}}, {monday.addDays(8), {u"ch-greet"_s}}}));
    EXPECT_EQ(challenges()
                  .runsBetween(QDateTime(monday.addDays(8), QTime(0, 0), berlin),
                               QDateTime(monday.addDays(9), QTime(0, 0), berlin))
                  .size(),
              2);
}

TEST_F(ChallengeServiceTest, TheStudySummaryCountsSolvedChallengesAndRuns)
{
    openGarden();
    ASSERT_TRUE(challenges().recordRun(u"ch-double"_s, onePassed));
    ASSERT_TRUE(challenges().recordRun(u"ch-double"_s, allPassed));
    ASSERT_TRUE(challenges().recordRun(u"ch-double"_s, allPassed));
    const StudySummary summary = StudySummary::of(garden->files().studyDatabase());
    EXPECT_TRUE(summary.toText().contains(u"1 challenges solved"_s)) << summary.toText().toStdString();
    EXPECT_TRUE(summary.toText().contains(u"3 challenge runs"_s)) << summary.toText().toStdString();
}

} // namespace
} // namespace pmg
