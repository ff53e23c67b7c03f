// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pythonprocess.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>

namespace pmg {

QString PythonProcess::interpreter()
{
    const QString configured = qEnvironmentVariable("PMG_PYTHON");
    if (!configured.isEmpty())
        return configured;
    const QString found = QStandardPaths::findExecutable(QStringLiteral("python3"));
    return found.isEmpty() ? QStringLiteral("python3") : found;
}

QVersionNumber PythonProcess::version()
{
    static const QVersionNumber cached = [] {
        const Result r =
            run({QStringLiteral("-c"), QStringLiteral("import sys; print('%d.%d.%d' % sys.version_info[:3])")},
                QString(), std::chrono::seconds(10));
        return r.ok() ? QVersionNumber::fromString(QString::fromUtf8(r.standardOutput).trimmed()) : QVersionNumber();
    }();
    return cached;
}

PythonProcess::Result PythonProcess::run(const QStringList &arguments, const QString &workingDirectory,
                                         std::chrono::milliseconds timeout, const QByteArray &input)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PYTHONHASHSEED"), QStringLiteral("0"));
    env.insert(QStringLiteral("PYTHONDONTWRITEBYTECODE"), QStringLiteral("1"));
    env.insert(QStringLiteral("PYTHONIOENCODING"), QStringLiteral("utf-8"));
    env.remove(QStringLiteral("PYTHONPATH"));
    env.remove(QStringLiteral("PYTHONSTARTUP"));
    // The sanitizer runtime of our own (instrumented) process must not leak into the interpreter's.
    env.remove(QStringLiteral("LD_PRELOAD"));
    process.setProcessEnvironment(env);
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    QStringList args{QStringLiteral("-X"), QStringLiteral("utf8"), QStringLiteral("-B"), QStringLiteral("-s")};
    args += arguments;
    process.start(interpreter(), args);

    Result result;
    if (!process.waitForStarted(10'000))
        return result;
    result.started = true;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(int(timeout.count()))) {
        result.timedOut = true;
        process.kill();
        process.waitForFinished(5'000);
    }
    result.standardOutput = process.readAllStandardOutput();
    result.standardError = process.readAllStandardError();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return result;
}

} // namespace pmg
