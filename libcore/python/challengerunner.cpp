// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "challengerunner.h"

#include "mypycheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace pmg {

namespace {

QString tail(const QByteArray &text, int lines = 10)
{
    const QStringList all = QString::fromUtf8(text).trimmed().split(u'\n');
    return all.mid(std::max<qsizetype>(0, all.size() - lines)).join(u'\n');
}

TestResult::Status testStatus(const QString &name)
{
    if (name == u"pass")
        return TestResult::Status::Passed;
    return name == u"fail" ? TestResult::Status::Failed : TestResult::Status::Error;
}

/// The tests of challenge_runner.py's report, or nothing when there is no well-formed report.
std::optional<QList<TestResult>> readReport(const std::optional<QByteArray> &report)
{
    if (!report)
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(*report);
    if (!doc.isObject() || !doc.object().value(u"tests"_s).isArray())
        return std::nullopt;
    QList<TestResult> tests;
    for (const QJsonValue &value : doc.object().value(u"tests"_s).toArray()) {
        const QJsonObject test = value.toObject();
        tests.append({test.value(u"name"_s).toString(), testStatus(test.value(u"status"_s).toString()),
                      test.value(u"message"_s).toString(), test.value(u"output"_s).toString()});
    }
    return tests;
}

/// Why a run that ended by itself left no report: the code exited, or was killed, while it was being tested.
QString earlyExit(const PythonResult &r)
{
    const QString how = r.status == PythonResult::Status::Crashed
                            ? u"Python was ended by signal %1"_s.arg(r.process.signal)
                            : u"the code ended Python (exit status %1)"_s.arg(r.process.exitCode);
    QString message = u"The tests did not report a result: %1 before they finished."_s.arg(how);
    const QString err = tail(r.process.standardError);
    if (!err.isEmpty())
        message += u"\n"_s + err;
    return message;
}

} // namespace

ChallengeRunner::ChallengeRunner(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_runner(options.interpreter)
{
    connect(&m_runner, &PythonRunner::started, this, [this] {
        if (m_stage == Stage::Tests)
            Q_EMIT started();
    });
    connect(&m_runner, &PythonRunner::finished, this, [this](const PythonResult &result) {
        if (m_stage == Stage::Tests)
            onTestsFinished(result);
        else
            onMypyFinished(result);
    });
}

void ChallengeRunner::start(const QString &code, const QString &tests, ChallengeCheck check)
{
    Q_ASSERT(!m_running);
    m_running = true;
    m_cancelled = false;
    m_result = {};
    m_code = code;
    m_check = check;
    m_stage = Stage::Tests;
    PythonJob job;
    job.files = {{u"solution.py"_s, code.toUtf8()},
                 {u"test_solution.py"_s, tests.toUtf8()},
                 {u"challenge_runner.py"_s, PythonRunner::bundledScript(u"challenge_runner.py"_s)}};
    job.arguments = {u"challenge_runner.py"_s};
    job.reportChannel = true;
    job.limits = m_options.limits;
    m_runner.start(job);
}

void ChallengeRunner::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    m_runner.cancel();
}

ChallengeResult ChallengeRunner::waitForFinished()
{
    while (m_running)
        m_runner.waitForFinished();
    return m_result;
}

ChallengeResult ChallengeRunner::run(const QString &code, const QString &tests, ChallengeCheck check,
                                     const Options &options)
{
    ChallengeRunner runner(options);
    runner.start(code, tests, check);
    return runner.waitForFinished();
}

void ChallengeRunner::onTestsFinished(const PythonResult &r)
{
    using Status = ChallengeResult::Status;
    m_result.elapsed = r.process.elapsed;
    m_result.output = QString::fromUtf8(r.process.standardOutput + r.process.standardError);
    switch (r.status) {
    case PythonResult::Status::PythonMissing:
        m_result.status = Status::ToolMissing;
        m_result.missingTool = u"python3"_s;
        m_result.message = r.message;
        return finish();
    case PythonResult::Status::TimedOut:
        m_result.status = Status::TimedOut;
        m_result.message = r.message;
        return finish();
    case PythonResult::Status::Cancelled:
        m_result.status = Status::Cancelled;
        m_result.message = r.message;
        return finish();
    case PythonResult::Status::Failed:
        m_result.status = Status::Error;
        m_result.message = r.message;
        return finish();
    case PythonResult::Status::Exited:
    case PythonResult::Status::Crashed:
        break;
    }
    if (const std::optional<QList<TestResult>> tests = readReport(r.report)) {
        m_result.tests = *tests;
    } else {
        m_result.tests = {{u"run"_s, TestResult::Status::Error, earlyExit(r), {}}};
    }
    const bool allPassed = !m_result.tests.isEmpty() && m_result.passedCount() == m_result.totalCount();
    m_result.status = allPassed ? Status::Passed : Status::Failed;
    if (m_check == ChallengeCheck::MypyStrict && !m_cancelled) {
        m_stage = Stage::Mypy;
        m_runner.start(MypyCheck::job(m_code, m_options.limits));
        return;
    }
    finish();
}

void ChallengeRunner::onMypyFinished(const PythonResult &r)
{
    using Status = ChallengeResult::Status;
    m_result.elapsed += r.process.elapsed;
    if (r.status == PythonResult::Status::Cancelled) {
        m_result.status = Status::Cancelled;
        m_result.message = r.message;
        return finish();
    }
    const MypyCheck::Outcome outcome = MypyCheck::interpret(r, PythonRunner::interpreter(m_options.interpreter));
    m_result.tests.append(outcome.test);
    if (outcome.toolMissing) {
        m_result.status = Status::ToolMissing;
        m_result.missingTool = u"mypy"_s;
        m_result.message = outcome.message;
    } else if (outcome.timedOut) {
        m_result.status = Status::TimedOut;
        m_result.message = outcome.message;
    } else if (!outcome.test.passed()) {
        m_result.status = Status::Failed;
    }
    finish();
}

void ChallengeRunner::finish()
{
    m_running = false;
    Q_EMIT finished(m_result);
}

} // namespace pmg
