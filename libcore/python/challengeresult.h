// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <chrono>

namespace pmg {

/// One test of a challenge run (a test_ function, or a tool check such as "mypy --strict").
struct TestResult {
    enum class Status { Passed, Failed, Error };
    QString name;
    Status status = Status::Error;
    QString message; ///< the assertion or exception; the tool's report
    QString output;  ///< what the test printed (capped)

    bool passed() const { return status == Status::Passed; }
};

/// What running a challenge's tests on some code came to.
struct ChallengeResult {
    enum class Status {
        Passed,      ///< every test (and tool check) passed
        Failed,      ///< some test failed, or the code ended the run before the tests reported
        TimedOut,    ///< stopped at the time or CPU limit, with every process it started
        ToolMissing, ///< python3 or the check's tool (mypy) is not installed; message says how to install it
        Cancelled,
        Error, ///< the run could not be set up (no temporary folder …); message says why
    };
    Status status = Status::Error;
    QList<TestResult> tests;
    QString message;     ///< for everything but Passed and plain failures: what happened, for the learner
    QString missingTool; ///< with ToolMissing: "python3" or "mypy"
    QString output;      ///< printed outside any test (while importing the code), standard output then error
    std::chrono::milliseconds elapsed{0};

    qsizetype passedCount() const
    {
        qsizetype n = 0;
        for (const TestResult &t : tests)
            n += t.passed() ? 1 : 0;
        return n;
    }
    qsizetype totalCount() const { return tests.size(); }
};

} // namespace pmg
