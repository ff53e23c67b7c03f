// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVersionNumber>

#include <chrono>

namespace pmg {

/// Runs the real CPython as a child process with a time limit: the curriculum checker uses it for snippets and
/// challenges, and the challenge workspace will run learners' code through it. Blocking; safe to use from any thread.
class PythonProcess final
{
public:
    struct Result {
        bool started = false;
        bool timedOut = false;
        int exitCode = -1;
        QByteArray standardOutput;
        QByteArray standardError;

        bool ok() const { return started && !timedOut && exitCode == 0; }
    };

    /// The interpreter: $PMG_PYTHON if set, else `python3` from PATH.
    static QString interpreter();

    /// The interpreter's version (cached), or a null version when it cannot be run.
    static QVersionNumber version();

    /// Runs `python3 -X utf8 -B -s <arguments>` in `workingDirectory` with PYTHONHASHSEED=0 (stable set/dict order),
    /// no bytecode files, and the interpreter killed after `timeout`.
    static Result run(const QStringList &arguments, const QString &workingDirectory,
                      std::chrono::milliseconds timeout = std::chrono::seconds(10), const QByteArray &input = {});
};

} // namespace pmg
