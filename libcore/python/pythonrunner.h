// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandboxedprocess.h"
#include "sandboxenvironment.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QVersionNumber>

#include <memory>
#include <optional>
#include <utility>

namespace pmg {

/// Another program that runs Python code the way `python3 ARGS` does — Pyodide's CPython under Node.js, for the
/// snippet checker: `program` is started with `arguments` followed by the job's arguments, in the same sandbox.
struct PythonLauncher {
    QString program;
    QStringList arguments;
};

/// What to run with python3: files written to a fresh working folder, then `python3 -X utf8 <arguments>` there.
struct PythonJob {
    QList<std::pair<QString, QByteArray>> files; ///< file name (no folders) → content
    QStringList arguments;                       ///< e.g. {"challenge_runner.py"} or {"-m", "mypy", "solution.py"}
    QByteArray input;                            ///< standard input (after the report path, see below)
    /// Gives the program a report file of its own: its absolute path is the first line of standard input, in a folder
    /// outside the working folder. Whatever the program writes there comes back as PythonResult::report — a channel
    /// learner code does not reach by printing.
    bool reportChannel = false;
    SandboxEnvironment::Options environment; ///< stable hashes, safe path
    SandboxLimits limits;
    PythonLauncher launcher; ///< empty: python3 (see PythonRunner::interpreter())
};

struct PythonResult {
    enum class Status {
        Exited,        ///< python3 ran and ended by itself (see process.exitCode)
        Crashed,       ///< ended by a signal (process.signal)
        TimedOut,      ///< killed with everything it started at the time or CPU limit
        Cancelled,     ///< killed by cancel()
        PythonMissing, ///< no python3 to run; message says how to install one
        Failed,        ///< the sandbox could not be prepared or python3 could not be started; message says why
    };
    Status status = Status::Failed;
    SandboxResult process;
    std::optional<QByteArray> report; ///< the report file's content, when reportChannel was asked and it was written
    QString message;                  ///< for PythonMissing, TimedOut and Failed: what happened, for the learner

    bool ok() const { return status == Status::Exited && process.exitCode == 0; }
};

/// Runs Python code the learner wrote (or the curriculum's examples) with the system's python3, contained: a private
/// temporary folder removed afterwards (working folder, HOME and TMPDIR inside it), an environment built from an
/// allow-list (SandboxEnvironment), and the process group, limits and output caps of SandboxedProcess.
///
/// Asynchronous — start(), then started() and finished() — for the GUI; waitForFinished() and run() block, for
/// the command line and tests. One job at a time per object; the object can be reused, even from a finished() slot.
class PythonRunner final : public QObject
{
    Q_OBJECT

public:
    /// `interpreter`: a python3 set by the learner (Settings); empty means $PMG_PYTHON, then `python3` on PATH.
    explicit PythonRunner(const QString &interpreter = {}, QObject *parent = nullptr);
    ~PythonRunner() override;

    void start(const PythonJob &job);
    void cancel();
    bool isRunning() const;
    /// The process group of the running python3 (its pid), else 0.
    qint64 processGroup() const { return m_process.processGroup(); }

    PythonResult waitForFinished();
    static PythonResult run(const PythonJob &job, const QString &interpreter = {});

    /// The python3 that would run: `configured` if set, else $PMG_PYTHON, else `python3` found on PATH (a name
    /// without a folder is looked up on PATH); an empty string when there is none. Looked up at every call, so
    /// installing Python while the app runs is noticed.
    static QString interpreter(const QString &configured = {});
    /// The version of interpreter() (cached for the default interpreter), or a null version without one.
    static QVersionNumber version(const QString &configured = {});
    /// What to tell a learner without Python.
    static QString installHint();
    /// A helper script shipped in the resources (challenge_runner.py, doctest_runner.py).
    static QByteArray bundledScript(const QString &name);

Q_SIGNALS:
    void started();
    void finished(const pmg::PythonResult &result);

private:
    void onProcessFinished(const SandboxResult &result);
    void finish(PythonResult result);
    void emitPending();

    QString m_configured;
    SandboxedProcess m_process;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_reportFile;
    bool m_running = false;
    bool m_pending = false; ///< see SandboxedProcess: a failure inside start() is reported after start() returns
    PythonResult m_result;
};

} // namespace pmg
