// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pyodiderunner.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
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

std::optional<PythonLauncher> PyodideRunner::launcher()
{
    if (version().isNull())
        return std::nullopt;
    // The script must live outside the snippet's working folder, so that the snippet never sees it.
    static QTemporaryDir scriptDir;
    static const QString script = [] {
        QFile resource(QStringLiteral(":/pmg/python/pyodide_runner.js"));
        const QString path = scriptDir.filePath(QStringLiteral("pyodide_runner.js"));
        QFile copy(path);
        if (!scriptDir.isValid() || !resource.open(QIODevice::ReadOnly) || !copy.open(QIODevice::WriteOnly)
            || copy.write(resource.readAll()) < 0)
            return QString();
        return path;
    }();
    if (script.isEmpty())
        return std::nullopt;
    // "." is the sandbox's working folder, mounted at the same path inside Pyodide.
    return PythonLauncher{nodeExecutable(), {script, QDir(packageDirectory()).absolutePath(), QStringLiteral(".")}};
}

SandboxLimits PyodideRunner::limits()
{
    SandboxLimits limits;
    limits.timeout = std::chrono::seconds(60);
    limits.cpuSeconds = 60;
    limits.addressSpaceBytes = qint64(1) << 46; // V8 reserves WebAssembly memory up front
    return limits;
}

} // namespace pmg
