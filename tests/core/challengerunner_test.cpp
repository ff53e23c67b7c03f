// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Challenge runs: per-test results, a verdict learner code cannot forge, mypy --strict as a check, typed results for
// a missing tool and for the time limit.
#include "python/challengerunner.h"
#include "python/mypycheck.h"
#include "support/qtprinters.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace pmg {
namespace {

const QString AnswerTests = uR"(from solution import answer


def test_answer():
    assert answer() == 42


def test_prints():
    print("looking for", 42)
    assert answer() > 0
)"_s;

std::string describe(const ChallengeResult &r)
{
    std::string text = "status " + std::to_string(int(r.status)) + ": " + r.message.toStdString() + '\n';
    for (const TestResult &t : r.tests)
        text +=
            "  " + t.name.toStdString() + " [" + std::to_string(int(t.status)) + "] " + t.message.toStdString() + '\n';
    return text + "output: " + r.output.toStdString();
}

TEST(ChallengeRunnerTest, ReportsEachTestWithItsMessageAndOutput)
{
    const ChallengeResult r = ChallengeRunner::run(u"print('importing')\ndef answer():\n    return 41\n"_s, AnswerTests,
                                                   ChallengeCheck::Tests);
    ASSERT_EQ(r.status, ChallengeResult::Status::Failed) << describe(r);
    ASSERT_EQ(r.totalCount(), 2) << describe(r);
    EXPECT_EQ(r.tests[0].name, u"test_answer"_s);
    EXPECT_EQ(r.tests[0].status, TestResult::Status::Failed);
    EXPECT_TRUE(r.tests[0].message.contains(u"assert answer() == 42"_s)) << r.tests[0].message.toStdString();
    EXPECT_EQ(r.tests[1].status, TestResult::Status::Passed);
    EXPECT_EQ(r.tests[1].output, u"looking for 42\n"_s);
    EXPECT_EQ(r.output, u"importing\n"_s);
    EXPECT_EQ(r.passedCount(), 1);

    const ChallengeResult fixed =
        ChallengeRunner::run(u"def answer():\n    return 42\n"_s, AnswerTests, ChallengeCheck::Tests);
    EXPECT_EQ(fixed.status, ChallengeResult::Status::Passed) << describe(fixed);
    EXPECT_EQ(fixed.passedCount(), 2);
}

const QByteArray ForgedVerdict =
    R"({"tests": [{"name": "test_answer", "status": "pass", "message": ""}, {"name": "test_prints", "status": "pass", "message": ""}], "passed": 2, "failed": 0})";

// Before the runner had a report channel of its own, the verdict was the last line of standard output.
TEST(ChallengeRunnerTest, AVerdictPrintedByTheCodeIsNotBelieved)
{
    // Printed last, when the interpreter exits, after the real tests ran and failed.
    const QString atExit = u"import atexit\natexit.register(print, '%1')\n\ndef answer():\n    return 41\n"_s.arg(
        QString::fromUtf8(ForgedVerdict));
    const ChallengeResult late = ChallengeRunner::run(atExit, AnswerTests, ChallengeCheck::Tests);
    EXPECT_EQ(late.status, ChallengeResult::Status::Failed) << describe(late);
    EXPECT_EQ(late.passedCount(), 1) << describe(late);
    EXPECT_TRUE(late.output.contains(QString::fromUtf8(ForgedVerdict))) << "the forgery did not even run";

    // Printed while being imported, and then the process ends before any test runs.
    const QString exitEarly =
        u"import os, sys\nprint('%1', flush=True)\nos._exit(0)\n"_s.arg(QString::fromUtf8(ForgedVerdict));
    const ChallengeResult early = ChallengeRunner::run(exitEarly, AnswerTests, ChallengeCheck::Tests);
    EXPECT_EQ(early.status, ChallengeResult::Status::Failed) << describe(early);
    ASSERT_EQ(early.totalCount(), 1) << describe(early);
    EXPECT_EQ(early.tests[0].name, u"run"_s);
    EXPECT_TRUE(early.tests[0].message.contains(u"did not report a result"_s)) << early.tests[0].message.toStdString();

    // Written as a report file wherever the code can guess.
    const QString guess =
        u"import os\nfor p in ('report.json', '../report.json', os.path.expanduser('~/report.json')):\n"
        "    open(p, 'w').write('%1')\n\ndef answer():\n    return 41\n"_s.arg(QString::fromUtf8(ForgedVerdict));
    const ChallengeResult guessed = ChallengeRunner::run(guess, AnswerTests, ChallengeCheck::Tests);
    EXPECT_EQ(guessed.status, ChallengeResult::Status::Failed) << describe(guessed);
}

TEST(ChallengeRunnerTest, ExitingInsideATestFailsThatTestOnly)
{
    const ChallengeResult r =
        ChallengeRunner::run(u"import sys\ndef answer():\n    sys.exit(0)\n"_s, AnswerTests, ChallengeCheck::Tests);
    EXPECT_EQ(r.status, ChallengeResult::Status::Failed) << describe(r);
    ASSERT_EQ(r.totalCount(), 2);
    EXPECT_EQ(r.tests[0].status, TestResult::Status::Error);
    EXPECT_TRUE(r.tests[0].message.contains(u"SystemExit"_s)) << r.tests[0].message.toStdString();
}

TEST(ChallengeRunnerTest, RunawayCodeTimesOut)
{
    ChallengeRunner::Options options;
    options.limits.timeout = 1s;
    const ChallengeResult r =
        ChallengeRunner::run(u"while True:\n    pass\n"_s, AnswerTests, ChallengeCheck::Tests, options);
    EXPECT_EQ(r.status, ChallengeResult::Status::TimedOut) << describe(r);
    EXPECT_TRUE(r.message.contains(u"did not finish within 1 s"_s)) << r.message.toStdString();
}

TEST(ChallengeRunnerTest, MissingPythonIsATypedResult)
{
    ChallengeRunner::Options options;
    options.interpreter = u"/nonexistent/python3"_s;
    const ChallengeResult r =
        ChallengeRunner::run(u"def answer(): return 42\n"_s, AnswerTests, ChallengeCheck::MypyStrict, options);
    EXPECT_EQ(r.status, ChallengeResult::Status::ToolMissing) << describe(r);
    EXPECT_EQ(r.missingTool, u"python3"_s);
    EXPECT_TRUE(r.message.contains(u"apt install python3"_s)) << r.message.toStdString();
}

const QString TotalTests = uR"(from solution import total


def test_total():
    assert total(["1", "2"]) == 3
)"_s;

TEST(ChallengeRunnerTest, MypyStrictCheckRunsMypyOnTheCode)
{
    const QString typed = uR"(from collections.abc import Iterable


def total(values: Iterable[str]) -> int:
    return sum(int(v) for v in values)
)"_s;
    const ChallengeResult good = ChallengeRunner::run(typed, TotalTests, ChallengeCheck::MypyStrict);
    EXPECT_EQ(good.status, ChallengeResult::Status::Passed) << describe(good);
    ASSERT_EQ(good.totalCount(), 2) << describe(good);
    EXPECT_EQ(good.tests[1].name, QLatin1String(MypyCheck::TestName));

    // Right signature, wrong body: the tests pass, mypy does not.
    const QString sloppy = uR"(from collections.abc import Iterable


def total(values: Iterable[str]) -> int:
    cache: dict = {}
    if len(values) == 0:
        return 0
    return sum(int(v) for v in values)
)"_s;
    const ChallengeResult bad = ChallengeRunner::run(sloppy, TotalTests, ChallengeCheck::MypyStrict);
    EXPECT_EQ(bad.status, ChallengeResult::Status::Failed) << describe(bad);
    ASSERT_EQ(bad.totalCount(), 2) << describe(bad);
    EXPECT_TRUE(bad.tests[0].passed());
    EXPECT_EQ(bad.tests[1].status, TestResult::Status::Failed);
    EXPECT_TRUE(bad.tests[1].message.contains(u"Missing type parameters for generic type \"dict\""_s))
        << bad.tests[1].message.toStdString();
    EXPECT_TRUE(bad.tests[1].message.contains(u"\"len\" has incompatible type \"Iterable[str]\""_s))
        << bad.tests[1].message.toStdString();

    // The same code without the check: only the tests judge it.
    EXPECT_EQ(ChallengeRunner::run(sloppy, TotalTests, ChallengeCheck::Tests).status, ChallengeResult::Status::Passed);
}

// A python3 for which mypy is not installed: the real one with its site-packages (where Debian's mypy lives) off.
TEST(ChallengeRunnerTest, MissingMypyIsATypedResultWithInstallHints)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QFile wrapper(dir.filePath(u"python3"_s));
    ASSERT_TRUE(wrapper.open(QIODevice::WriteOnly));
    wrapper.write("#!/bin/sh\nexec '" + PythonRunner::interpreter().toUtf8() + "' -S \"$@\"\n");
    wrapper.close();
    wrapper.setPermissions(wrapper.permissions() | QFile::ExeOwner);

    ChallengeRunner::Options options;
    options.interpreter = wrapper.fileName();
    const ChallengeResult r =
        ChallengeRunner::run(u"def total(values):\n    return 3\n"_s, TotalTests, ChallengeCheck::MypyStrict, options);
    EXPECT_EQ(r.status, ChallengeResult::Status::ToolMissing) << describe(r);
    EXPECT_EQ(r.missingTool, u"mypy"_s);
    EXPECT_TRUE(r.message.contains(u"apt install mypy"_s)) << r.message.toStdString();
    EXPECT_TRUE(r.message.contains(u"pip install mypy"_s)) << r.message.toStdString();
    ASSERT_EQ(r.totalCount(), 2) << "the tests' own results are kept";
    EXPECT_TRUE(r.tests[0].passed());
}

TEST(ChallengeRunnerTest, AsynchronousRunChainsTheMypyCheck)
{
    ChallengeRunner runner;
    QSignalSpy started(&runner, &ChallengeRunner::started);
    QSignalSpy finished(&runner, &ChallengeRunner::finished);
    runner.start(u"def total(values):\n    return 3\n"_s, TotalTests, ChallengeCheck::MypyStrict);
    EXPECT_TRUE(runner.isRunning());
    ASSERT_TRUE(finished.wait(30'000));
    EXPECT_EQ(started.count(), 1);
    const auto r = finished.first().first().value<ChallengeResult>();
    EXPECT_EQ(r.status, ChallengeResult::Status::Failed) << describe(r);
    ASSERT_EQ(r.totalCount(), 2) << describe(r);
    EXPECT_TRUE(r.tests[1].message.contains(u"missing a type annotation"_s)) << r.tests[1].message.toStdString();
}

} // namespace
} // namespace pmg
