// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxedprocess.h"

#include <QFileInfo>

#include <sys/resource.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <csignal>

using namespace Qt::StringLiterals;

namespace pmg {

namespace {

/// One resource limit, computed in the parent: the child may only lower its limits, so the request is clamped to the
/// hard limit the app itself runs under.
struct Limit {
    int resource;
    rlimit value;
    const char *name;
};

Limit limit(int resource, qint64 soft, qint64 hard, const char *name)
{
    rlimit current{};
    ::getrlimit(resource, &current);
    const auto clamp = [&](qint64 wanted) {
        const rlim_t value = rlim_t(std::max<qint64>(wanted, 0));
        return current.rlim_max == RLIM_INFINITY ? value : std::min(value, current.rlim_max);
    };
    return {resource, {clamp(soft), clamp(hard)}, name};
}

/// Installs the limits and the process-group set-up for the child. The modifier runs between fork and exec, so it
/// only makes async-signal-safe calls (setrlimit) and reports failure through failChildProcessModifier.
SandboxResult failedToStart(const QString &why)
{
    SandboxResult r;
    r.status = SandboxResult::Status::FailedToStart;
    r.errorString = why;
    return r;
}

void containChild(QProcess &process, const SandboxLimits &limits)
{
    const std::array<Limit, 5> all{
        limit(RLIMIT_CPU, limits.cpuSeconds, qint64(limits.cpuSeconds) + 1, "setrlimit(RLIMIT_CPU)"),
        limit(RLIMIT_AS, limits.addressSpaceBytes, limits.addressSpaceBytes, "setrlimit(RLIMIT_AS)"),
        limit(RLIMIT_NOFILE, limits.openFiles, limits.openFiles, "setrlimit(RLIMIT_NOFILE)"),
        limit(RLIMIT_FSIZE, limits.fileSizeBytes, limits.fileSizeBytes, "setrlimit(RLIMIT_FSIZE)"),
        limit(RLIMIT_CORE, 0, 0, "setrlimit(RLIMIT_CORE)"), // a crash must not drop a core file in the folder
    };
    QProcess *p = &process;
    process.setChildProcessModifier([p, all] {
        for (const Limit &l : all) {
            if (::setrlimit(l.resource, &l.value) != 0)
                p->failChildProcessModifier(l.name, errno);
        }
    });
    // setsid() in the child before exec: the program leads a new session and process group, which the parent kills
    // as a whole. No descriptor of the app's (the profile database, sockets) stays open in the child.
    QProcess::UnixProcessParameters parameters;
    parameters.flags = QProcess::UnixProcessFlag::CreateNewSession | QProcess::UnixProcessFlag::ResetSignalHandlers
                       | QProcess::UnixProcessFlag::CloseFileDescriptors;
    process.setUnixProcessParameters(parameters);
}

} // namespace

SandboxedProcess::SandboxedProcess(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { stop(SandboxResult::Status::TimedOut); });
}

SandboxedProcess::~SandboxedProcess()
{
    if (m_running && m_process) {
        m_process->disconnect(this);
        killGroup();
        m_process->kill();
        m_process->waitForFinished(5'000);
    }
}

void SandboxedProcess::start(const SandboxRequest &request)
{
    Q_ASSERT(!m_running);
    if (m_process) {
        // This may run inside the old process's finished() (a caller chaining runs): delete it once it returned.
        m_process->disconnect(this);
        m_process->deleteLater();
    }
    m_process = new QProcess(this);
    m_request = request;
    m_stdout.emplace(request.limits.outputCapBytes);
    m_stderr.emplace(request.limits.outputCapBytes);
    m_stopReason.reset();
    m_result = {};
    m_group = 0;
    m_running = true;

    m_process->setProgram(request.program);
    m_process->setArguments(request.arguments);
    m_process->setWorkingDirectory(request.workingDirectory);
    m_process->setProcessEnvironment(request.environment);
    containChild(*m_process, request.limits);
    connect(m_process, &QProcess::readyReadStandardOutput, this, [this] { drain(QProcess::StandardOutput); });
    connect(m_process, &QProcess::readyReadStandardError, this, [this] { drain(QProcess::StandardError); });
    connect(m_process, &QProcess::started, this, &SandboxedProcess::started);
    connect(m_process, &QProcess::finished, this, &SandboxedProcess::onFinished);
    connect(m_process, &QProcess::errorOccurred, this, &SandboxedProcess::onError);

    m_clock.start();
    m_deadline = QDeadlineTimer(request.limits.timeout);
    m_timer.start(request.limits.timeout);
    m_starting = true;
    m_process->start(QIODevice::ReadWrite);
    m_starting = false;
    if (!m_running)
        return; // failed inside start()
    m_group = m_process->processId();
    if (!request.input.isEmpty())
        m_process->write(request.input);
    m_process->closeWriteChannel();
}

void SandboxedProcess::cancel()
{
    stop(SandboxResult::Status::Cancelled);
}

SandboxResult SandboxedProcess::waitForFinished()
{
    emitPending();
    while (m_running) {
        if (!m_stopReason && m_deadline.hasExpired())
            stop(SandboxResult::Status::TimedOut);
        // Output is drained (readyRead…() are emitted) while QProcess waits here.
        const int wait = m_stopReason ? 5'000 : int(std::max<qint64>(m_deadline.remainingTime(), 1));
        if (!m_process->waitForFinished(wait) && m_process->state() == QProcess::NotRunning && m_running)
            finish(failedToStart(m_process->errorString()));
    }
    return m_result;
}

SandboxResult SandboxedProcess::run(const SandboxRequest &request)
{
    SandboxedProcess process;
    process.start(request);
    return process.waitForFinished();
}

void SandboxedProcess::stop(SandboxResult::Status why)
{
    if (!m_running || m_stopReason)
        return;
    m_stopReason = why;
    killGroup();
    // Right after fork the child may not have called setsid() yet, so it is not yet in the group killed above.
    m_process->kill();
}

void SandboxedProcess::killGroup() const
{
    if (m_group > 0)
        ::kill(-pid_t(m_group), SIGKILL);
}

void SandboxedProcess::drain(QProcess::ProcessChannel channel)
{
    if (channel == QProcess::StandardOutput)
        m_stdout->append(m_process->readAllStandardOutput());
    else
        m_stderr->append(m_process->readAllStandardError());
}

void SandboxedProcess::onFinished(int exitCode, QProcess::ExitStatus exitStatus)
{
    // Whatever the program left behind in its group (a forked child sleeping on) goes with it.
    killGroup();
    drain(QProcess::StandardOutput);
    drain(QProcess::StandardError);
    SandboxResult r;
    const bool crashed = exitStatus == QProcess::CrashExit;
    r.exitCode = crashed ? -1 : exitCode;
    r.signal = crashed ? exitCode : 0; // QProcess reports the signal as the exit code of a crash
    if (m_stopReason)
        r.status = *m_stopReason;
    else if (crashed && r.signal == SIGXCPU)
        r.status = SandboxResult::Status::TimedOut; // RLIMIT_CPU: more CPU time than allowed
    else
        r.status = crashed ? SandboxResult::Status::Crashed : SandboxResult::Status::Exited;
    if (r.status == SandboxResult::Status::TimedOut)
        r.errorString = r.signal == SIGXCPU
                            ? u"used more than %1 s of CPU time"_s.arg(m_request.limits.cpuSeconds)
                            : u"did not finish within %1 s"_s.arg(double(m_request.limits.timeout.count()) / 1000);
    finish(std::move(r));
}

void SandboxedProcess::onError(QProcess::ProcessError error)
{
    if (error != QProcess::FailedToStart || !m_running)
        return;
    finish(failedToStart(u"cannot run %1: %2"_s.arg(m_request.program, m_process->errorString())));
}

void SandboxedProcess::finish(SandboxResult result)
{
    m_timer.stop();
    m_running = false;
    m_group = 0;
    result.standardOutput = m_stdout->text();
    result.standardError = m_stderr->text();
    result.outputTruncated = m_stdout->truncated();
    result.errorTruncated = m_stderr->truncated();
    result.elapsed = std::chrono::milliseconds(m_clock.elapsed());
    m_result = std::move(result);
    if (m_starting) {
        m_pending = true;
        QMetaObject::invokeMethod(this, &SandboxedProcess::emitPending, Qt::QueuedConnection);
        return;
    }
    Q_EMIT finished(m_result);
}

void SandboxedProcess::emitPending()
{
    if (!m_pending)
        return;
    m_pending = false;
    Q_EMIT finished(m_result);
}

} // namespace pmg
