// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "curriculum/snippet.h"
#include "curriculum/studyitems.h"
#include "pythonrunner.h"

#include <QJsonObject>
#include <QString>
#include <QVersionNumber>

namespace pmg {

/// Proves curriculum code true by running it with the real python3: scripts must print exactly their ```output
/// block, pycon sessions must pass doctest, `norun` code must compile, and a challenge's reference solution must pass
/// its tests while the starter code fails them.
class SnippetVerifier final
{
public:
    struct Outcome {
        enum class Status { Passed, Failed, Skipped };
        Status status = Status::Passed;
        QString message; ///< why it failed or was skipped

        bool passed() const { return status == Status::Passed; }
    };

    /// `python` is the interpreter's version, used to skip snippets that need a newer one.
    explicit SnippetVerifier(QVersionNumber python);

    /// Snippets whose min-python the python3 of the constructor cannot meet run with `launcher` instead (in the same
    /// sandbox, under `limits`) when `version` meets it (e.g. Pyodide's CPython 3.14); the rest are still skipped.
    void setNewerInterpreter(QVersionNumber version, PythonLauncher launcher, SandboxLimits limits);

    Outcome verify(const Snippet &snippet) const;
    Outcome verify(const Challenge &challenge) const;

    /// Runs `tests` against `code` saved as solution.py; the JSON of challenge_runner.py, or an object with an
    /// "error" key when the run itself failed (time limit, interpreter missing).
    static QJsonObject runChallengeTests(const QString &code, const QString &tests);

private:
    QVersionNumber m_python;
    QVersionNumber m_newerVersion;
    PythonLauncher m_newer;
    SandboxLimits m_newerLimits;
};

} // namespace pmg
