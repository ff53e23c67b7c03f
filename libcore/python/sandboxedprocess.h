// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cappedoutput.h"
#include "sandboxlimits.h"

#include <QByteArray>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <chrono>
#include <optional>

namespace pmg {

struct SandboxRequest {
    QString program; ///< an absolute path: the sandbox's own PATH is not searched
    QStringList arguments;
    QString workingDirectory;
    QProcessEnvironment environment; ///< complete: nothing else is inherited (see SandboxEnvironment)
    QByteArray input;                ///< written to standard input, which is then closed
    SandboxLimits limits;
};

struct SandboxResult {
    enum class Status {
        Exited,        ///< ended by itself; exitCode says how
        Crashed,       ///< ended by a signal (a segfault, the CPU-time or memory limit …); signal says which
        TimedOut,      ///< killed with its whole process group at the wall-clock limit
        Cancelled,     ///< killed with its whole process group by cancel()
        FailedToStart, ///< could not be executed; errorString says why
    };
    Status status = Status::FailedToStart;
    int exitCode = -1;
    int signal = 0;
    QByteArray standardOutput; ///< capped, then "… output truncated"
    QByteArray standardError;  ///< capped likewise
    bool outputTruncated = false;
    bool errorTruncated = false;
    std::chrono::milliseconds elapsed{0};
    QString errorString;

    bool ok() const { return status == Status::Exited && exitCode == 0; }
};

/// Runs one program contained: in a session and process group of its own (so the timeout and cancel() kill its
/// children and grandchildren too), under kernel resource limits set in the child before exec, with no file
/// descriptor of the app's but the three standard ones, and with its output read as it comes and capped.
///
/// Asynchronous (start(), then started() and finished()) for the GUI; waitForFinished() or run() block, for the
/// command line, tests and worker threads. An object runs one program at a time and can be reused.
class SandboxedProcess final : public QObject
{
    Q_OBJECT

public:
    explicit SandboxedProcess(QObject *parent = nullptr);
    /// Kills a program still running, with its process group.
    ~SandboxedProcess() override;

    void start(const SandboxRequest &request);
    /// Kills the process group; finished() follows with Status::Cancelled.
    void cancel();
    bool isRunning() const { return m_running; }
    /// The process group (= the program's pid) while running, else 0.
    qint64 processGroup() const { return m_group; }

    /// Blocks until the run ends (the timeout applies) and returns its result; finished() is emitted first.
    SandboxResult waitForFinished();
    /// start() + waitForFinished().
    static SandboxResult run(const SandboxRequest &request);

Q_SIGNALS:
    void started();
    void finished(const pmg::SandboxResult &result);

private:
    void stop(SandboxResult::Status why);
    void killGroup() const;
    void drain(QProcess::ProcessChannel channel);
    void onFinished(int exitCode, QProcess::ExitStatus exitStatus);
    void onError(QProcess::ProcessError error);
    void finish(SandboxResult result);
    void emitPending();

    QProcess *m_process = nullptr;
    SandboxRequest m_request;
    QTimer m_timer;
    QDeadlineTimer m_deadline;
    QElapsedTimer m_clock;
    std::optional<CappedOutput> m_stdout;
    std::optional<CappedOutput> m_stderr;
    std::optional<SandboxResult::Status> m_stopReason;
    SandboxResult m_result;
    qint64 m_group = 0;
    bool m_running = false;
    bool m_starting = false;
    /// A result reached inside start() (the program could not be started) waits here for the event loop or
    /// waitForFinished(), so that finished() never fires before the caller's start() returns.
    bool m_pending = false;
};

} // namespace pmg
