// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mypycheck.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pmg {

namespace {

constexpr auto MinimumTime = std::chrono::seconds(30);

QString text(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes).trimmed();
}

} // namespace

PythonJob MypyCheck::job(const QString &code, const SandboxLimits &limits)
{
    PythonJob job;
    job.files = {{u"solution.py"_s, code.toUtf8()}};
    // No configuration file (--config-file= with nothing: neither the folder's nor the learner's ~/.config/mypy) and
    // no cache: the folder is thrown away after the run anyway.
    job.arguments = {u"-m"_s,
                     u"mypy"_s,
                     u"--strict"_s,
                     u"--config-file="_s,
                     u"--cache-dir=/dev/null"_s,
                     u"--no-color-output"_s,
                     u"--no-error-summary"_s,
                     u"solution.py"_s};
    job.limits = limits;
    // mypy runs no learner code; give it time even when the tests' limit is short.
    job.limits.timeout = std::max<std::chrono::milliseconds>(limits.timeout, MinimumTime);
    job.limits.cpuSeconds = std::max(limits.cpuSeconds, int(MinimumTime.count()));
    return job;
}

MypyCheck::Outcome MypyCheck::interpret(const PythonResult &result, const QString &python)
{
    Outcome outcome;
    outcome.test.name = QLatin1String(TestName);
    const QString out = text(result.process.standardOutput);
    const QString err = text(result.process.standardError);
    if (result.status == PythonResult::Status::Exited && result.process.exitCode == 1 && out.isEmpty()
        && err.contains(u"No module named mypy"_s)) {
        outcome.toolMissing = true;
        outcome.message =
            u"This challenge is checked with mypy, which is not installed for %1. "_s.arg(python) + installHint();
        outcome.test.message = outcome.message;
        return outcome;
    }
    switch (result.status) {
    case PythonResult::Status::Exited:
        // mypy exits with 0 when it found no error, 1 when it reports errors (on standard output) and 2 when it
        // could not check at all (standard error).
        if (result.process.exitCode == 0) {
            outcome.test.status = TestResult::Status::Passed;
        } else if (result.process.exitCode == 1) {
            outcome.test.status = TestResult::Status::Failed;
            outcome.test.message = out;
        } else {
            outcome.test.message = u"mypy could not check the code (exit status %1):\n%2"_s.arg(result.process.exitCode)
                                       .arg(err.isEmpty() ? out : err);
        }
        break;
    case PythonResult::Status::TimedOut:
        outcome.timedOut = true;
        outcome.message = u"mypy: "_s + result.message;
        outcome.test.message = outcome.message;
        break;
    default:
        outcome.test.message = u"mypy did not run: "_s + (result.message.isEmpty() ? err : result.message);
        break;
    }
    return outcome;
}

QString MypyCheck::installHint()
{
    return u"Install it with: sudo apt install mypy (Debian, Ubuntu), or python3 -m pip install mypy "
           "(into the Python the garden uses)."_s;
}

} // namespace pmg
