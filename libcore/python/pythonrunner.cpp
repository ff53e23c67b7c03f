// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pythonrunner.h"

#include "sandboxenvironment.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace pmg {

namespace {

constexpr qint64 ReportLimit = qint64(4) << 20;

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size() && file.flush();
}

// A learner's program may leave folders it made unreadable (chmod 000); give them back to the owner so that the
// temporary folder can still be removed.
void makeRemovable(const QString &path)
{
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QDirIterator it(path, QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
    while (it.hasNext())
        makeRemovable(it.next());
}

void removeFolder(std::unique_ptr<QTemporaryDir> &dir)
{
    if (!dir)
        return;
    if (!dir->remove()) {
        makeRemovable(dir->path());
        if (!dir->remove())
            qWarning("PythonRunner: cannot remove %s", qPrintable(dir->path()));
    }
    dir.reset();
}

QString timeoutMessage(const SandboxResult &r)
{
    return u"The code %1 and was stopped, with every process it started."_s.arg(r.errorString);
}

} // namespace

PythonRunner::PythonRunner(const QString &interpreter, QObject *parent)
    : QObject(parent)
    , m_configured(interpreter)
{
    connect(&m_process, &SandboxedProcess::started, this, &PythonRunner::started);
    connect(&m_process, &SandboxedProcess::finished, this, &PythonRunner::onProcessFinished);
}

PythonRunner::~PythonRunner()
{
    m_process.disconnect(this);
    m_process.cancel();
    m_process.waitForFinished();
    removeFolder(m_dir);
}

bool PythonRunner::isRunning() const
{
    return m_running;
}

void PythonRunner::start(const PythonJob &job)
{
    Q_ASSERT(!m_running);
    m_running = true;
    m_reportFile.clear();
    const auto fail = [this](PythonResult::Status status, const QString &message) {
        removeFolder(m_dir);
        m_pending = true;
        m_running = false;
        m_result = {};
        m_result.status = status;
        m_result.message = message;
        QMetaObject::invokeMethod(this, &PythonRunner::emitPending, Qt::QueuedConnection);
    };

    const bool launched = !job.launcher.program.isEmpty();
    const QString python = launched ? job.launcher.program : interpreter(m_configured);
    if (python.isEmpty() || !QFileInfo(python).isExecutable())
        return fail(PythonResult::Status::PythonMissing,
                    (python.isEmpty() ? u"No %1 was found on this computer. "_s.arg(
                                            m_configured.isEmpty() ? u"python3"_s : m_configured)
                                      : u"The Python interpreter %1 cannot be run. "_s.arg(python))
                        + installHint());

    // Layout: <tmp>/work (the working folder, the learner's files), <tmp>/home, <tmp>/tmp and, for the report,
    // <tmp>/report-XXXXXX whose random name the learner's code is never told.
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/pmg-python-XXXXXX"_s);
    const QDir root(m_dir->path());
    if (!m_dir->isValid() || !root.mkdir(u"work"_s) || !root.mkdir(u"home"_s) || !root.mkdir(u"tmp"_s))
        return fail(PythonResult::Status::Failed, u"Cannot create a temporary folder in %1 to run the code: %2"_s.arg(
                                                      QDir::tempPath(), m_dir->errorString()));
    const QDir work(root.filePath(u"work"_s));
    for (const auto &[name, content] : job.files) {
        if (name.isEmpty() || name.contains(u'/') || name.startsWith(u'.'))
            return fail(PythonResult::Status::Failed, u"Invalid file name for the sandbox: '%1'"_s.arg(name));
        if (!writeFile(work.filePath(name), content))
            return fail(PythonResult::Status::Failed, u"Cannot write %1"_s.arg(work.filePath(name)));
    }
    QByteArray input = job.input;
    if (job.reportChannel) {
        QTemporaryDir reportDir(root.filePath(u"report-XXXXXX"_s));
        if (!reportDir.isValid())
            return fail(PythonResult::Status::Failed, u"Cannot create the folder for the test report"_s);
        reportDir.setAutoRemove(false); // removed with the whole temporary folder
        m_reportFile = QDir(reportDir.path()).filePath(u"report.json"_s);
        input.prepend(QFile::encodeName(m_reportFile) + '\n');
    }

    SandboxRequest request{
        .program = python,
        .arguments = launched ? job.launcher.arguments + job.arguments : job.arguments,
        .workingDirectory = work.path(),
        .environment = SandboxEnvironment::build(root.filePath(u"home"_s), root.filePath(u"tmp"_s), job.environment),
        .input = input,
        .limits = job.limits,
    };
    m_process.start(request);
}

void PythonRunner::cancel()
{
    m_process.cancel();
}

PythonResult PythonRunner::waitForFinished()
{
    emitPending();
    while (m_running)
        m_process.waitForFinished();
    return m_result;
}

PythonResult PythonRunner::run(const PythonJob &job, const QString &interpreter)
{
    PythonRunner runner(interpreter);
    runner.start(job);
    return runner.waitForFinished();
}

void PythonRunner::onProcessFinished(const SandboxResult &process)
{
    PythonResult r;
    r.process = process;
    switch (process.status) {
    case SandboxResult::Status::Exited:
        r.status = PythonResult::Status::Exited;
        break;
    case SandboxResult::Status::Crashed:
        r.status = PythonResult::Status::Crashed;
        r.message = u"Python was ended by signal %1."_s.arg(process.signal);
        break;
    case SandboxResult::Status::TimedOut:
        r.status = PythonResult::Status::TimedOut;
        r.message = timeoutMessage(process);
        break;
    case SandboxResult::Status::Cancelled:
        r.status = PythonResult::Status::Cancelled;
        r.message = u"The run was cancelled."_s;
        break;
    case SandboxResult::Status::FailedToStart:
        r.status = PythonResult::Status::Failed;
        r.message = process.errorString;
        break;
    }
    if (!m_reportFile.isEmpty()) {
        QFile report(m_reportFile);
        if (report.open(QIODevice::ReadOnly))
            r.report = report.read(ReportLimit);
    }
    removeFolder(m_dir);
    finish(std::move(r));
}

void PythonRunner::finish(PythonResult result)
{
    m_running = false;
    m_result = std::move(result);
    Q_EMIT finished(m_result);
}

void PythonRunner::emitPending()
{
    if (!m_pending)
        return;
    m_pending = false;
    Q_EMIT finished(m_result);
}

QString PythonRunner::interpreter(const QString &configured)
{
    // A bare name ("python3.13") is looked up on PATH; the sandbox itself never searches a PATH.
    const auto resolve = [](const QString &name) {
        return QFileInfo(name).isAbsolute() ? name : QStandardPaths::findExecutable(name);
    };
    if (!configured.isEmpty())
        return resolve(configured);
    const QString fromEnvironment = qEnvironmentVariable("PMG_PYTHON");
    if (!fromEnvironment.isEmpty())
        return resolve(fromEnvironment);
    return QStandardPaths::findExecutable(u"python3"_s);
}

QVersionNumber PythonRunner::version(const QString &configured)
{
    const auto ask = [](const QString &python) {
        PythonJob job;
        job.arguments = {u"-c"_s, u"import sys; print('%d.%d.%d' % sys.version_info[:3])"_s};
        const PythonResult r = run(job, python);
        return r.ok() ? QVersionNumber::fromString(QString::fromUtf8(r.process.standardOutput).trimmed())
                      : QVersionNumber();
    };
    if (!configured.isEmpty())
        return ask(configured);
    static const QVersionNumber cached = ask({});
    return cached;
}

QString PythonRunner::installHint()
{
    return u"Install Python 3 (Debian, Ubuntu: sudo apt install python3; Fedora: sudo dnf install python3; macOS: "
           "brew install python3), or set the path of a python3 in Settings."_s;
}

QByteArray PythonRunner::bundledScript(const QString &name)
{
    QFile resource(u":/pmg/python/"_s + name);
    return resource.open(QIODevice::ReadOnly) ? resource.readAll() : QByteArray();
}

} // namespace pmg
