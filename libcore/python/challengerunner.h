// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "challengeresult.h"
#include "curriculum/studyitems.h"
#include "pythonrunner.h"

#include <QObject>
#include <QString>

namespace pmg {

/// Runs a challenge's tests on some code (the learner's, or the reference solution) through PythonRunner: the code as
/// solution.py, the tests as test_solution.py and the bundled challenge_runner.py, whose verdict comes back through
/// the runner's report file, never from what the code prints. A `check=mypy-strict` challenge then has
/// `mypy --strict` run on the code, reported as one more test.
///
/// Asynchronous (start(), started(), finished()) for the workspace; waitForFinished() and run() block, for
/// `garden challenge check` and the content test.
class ChallengeRunner final : public QObject
{
    Q_OBJECT

public:
    struct Options {
        QString interpreter; ///< empty: PythonRunner's default
        SandboxLimits limits;
    };

    explicit ChallengeRunner(const Options &options = {}, QObject *parent = nullptr);

    void start(const QString &code, const QString &tests, ChallengeCheck check = ChallengeCheck::Tests);
    void start(const Challenge &challenge, const QString &code) { start(code, challenge.tests, challenge.check); }
    void cancel();
    bool isRunning() const { return m_running; }
    /// The process group of the python3 running now, else 0 (tests look for what it left behind).
    qint64 processGroup() const { return m_runner.processGroup(); }

    ChallengeResult waitForFinished();
    static ChallengeResult run(const QString &code, const QString &tests, ChallengeCheck check,
                               const Options &options = {});
    static ChallengeResult run(const Challenge &challenge, const QString &code, const Options &options = {})
    {
        return run(code, challenge.tests, challenge.check, options);
    }

Q_SIGNALS:
    void started();
    void finished(const pmg::ChallengeResult &result);

private:
    void onTestsFinished(const PythonResult &result);
    void onMypyFinished(const PythonResult &result);
    void finish();

    Options m_options;
    PythonRunner m_runner;
    QString m_code;
    ChallengeCheck m_check = ChallengeCheck::Tests;
    enum class Stage { Tests, Mypy } m_stage = Stage::Tests;
    ChallengeResult m_result;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace pmg
