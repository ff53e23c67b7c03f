// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "challengeresult.h"
#include "pythonrunner.h"

#include <QString>

namespace pmg {

/// `check=mypy-strict`: `mypy --strict` on the learner's solution.py, as `python3 -m mypy` in the same sandbox and
/// with the same python3 as the tests, so a mypy installed for that Python (apt install mypy, pip install mypy) is
/// the one found. It never imports the learner's code.
class MypyCheck final
{
public:
    static constexpr const char *TestName = "mypy --strict";

    static PythonJob job(const QString &code, const SandboxLimits &limits);

    struct Outcome {
        TestResult test;          ///< "mypy --strict": passed, or failed with mypy's errors
        bool toolMissing = false; ///< then message says how to install mypy
        bool timedOut = false;
        QString message;
    };
    /// `python`: the interpreter that ran it, named in the install hint.
    static Outcome interpret(const PythonResult &result, const QString &python);

    static QString installHint();
};

} // namespace pmg
