// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pyodiderunner.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace pmg {

namespace {

QString nodeExecutable()
{
    for (const char *name : {"node", "nodejs"}) {
        const QString found = QStandardPaths::findExecutable(QLatin1String(name));
        if (!found.isEmpty())
            return found;
    }
    return {};
}

struct Probe {
    QVersionNumber version;
    QString problem;
};

// Reads the version without starting Node.js: `garden lint` asks for it too, and must stay instant.
Probe probe()
{
    const QString dir = PyodideRunner::packageDirectory();
    if (dir.isEmpty())
        return {{}, QStringLiteral("PMG_PYODIDE_DIR is not set (packaging/devenv.sh installs Pyodide and sets it)")};
    if (nodeExecutable().isEmpty())
        return {{}, QStringLiteral("Node.js (node) is not on PATH")};
    QFile lock(QDir(dir).filePath(QStringLiteral("pyodide-lock.json")));
    if (!QFile::exists(QDir(dir).filePath(QStringLiteral("pyodide.js"))) || !lock.open(QIODevice::ReadOnly))
        return {{}, QStringLiteral("no Pyodide package in %1 (PMG_PYODIDE_DIR)").arg(dir)};
    const QString python = QJsonDocument::fromJson(lock.readAll())
                               .object()
                               .value(QStringLiteral("info"))
                               .toObject()
                               .value(QStringLiteral("python"))
                               .toString();
    const QVersionNumber version = QVersionNumber::fromString(python);
    if (version.segmentCount() < 2)
        return {{}, QStringLiteral("%1 names no Python version").arg(lock.fileName())};
    return {version, {}};
}

const Probe &cachedProbe()
{
    static const Probe cached = probe();
    return cached;
}

} // namespace

QString PyodideRunner::packageDirectory()
{
    return qEnvironmentVariable("PMG_PYODIDE_DIR");
}

QVersionNumber PyodideRunner::version()
{
    return cachedProbe().version;
}

QString PyodideRunner::unavailableReason()
{
    return cachedProbe().problem;
}

PythonProcess::Result PyodideRunner::run(const QStringList &arguments, const QString &workingDirectory,
                                         std::chrono::milliseconds timeout)
{
    PythonProcess::Result result;
    QTemporaryDir scriptDir; // the runner lives outside the working directory so the snippet never sees it
    QFile resource(QStringLiteral(":/pmg/python/pyodide_runner.js"));
    const QString script = scriptDir.filePath(QStringLiteral("pyodide_runner.js"));
    QFile copy(script);
    if (version().isNull() || !scriptDir.isValid() || !resource.open(QIODevice::ReadOnly)
        || !copy.open(QIODevice::WriteOnly) || copy.write(resource.readAll()) < 0) {
        result.standardError = unavailableReason().toUtf8();
        return result;
    }
    copy.close();

    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // The sanitizer runtime of our own (instrumented) process must not leak into Node.js.
    env.remove(QStringLiteral("LD_PRELOAD"));
    process.setProcessEnvironment(env);
    const QString cwd = QDir(workingDirectory.isEmpty() ? QDir::currentPath() : workingDirectory).absolutePath();
    process.setWorkingDirectory(cwd);
    process.start(nodeExecutable(), QStringList{script, packageDirectory(), cwd} + arguments);
    if (!process.waitForStarted(10'000))
        return result;
    result.started = true;
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
