// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "snippetverifier.h"

#include "challengerunner.h"
#include "pythonrunner.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace pmg {

namespace {

using Status = SnippetVerifier::Outcome::Status;

// Output comparison ignores trailing whitespace on each line and trailing blank lines, nothing else.
QString normalized(const QString &text)
{
    QStringList lines = text.split(u'\n');
    for (QString &line : lines) {
        while (!line.isEmpty() && line.back().isSpace())
            line.chop(1);
    }
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines.join(u'\n');
}

QString firstDifference(const QString &expected, const QString &actual)
{
    const QStringList e = expected.split(u'\n');
    const QStringList a = actual.split(u'\n');
    for (qsizetype i = 0; i < std::max(e.size(), a.size()); ++i) {
        const QString el = e.value(i, QStringLiteral("<end of output>"));
        const QString al = a.value(i, QStringLiteral("<end of output>"));
        if (el != al)
            return QStringLiteral("output line %1 differs:\n  expected: %2\n  actual:   %3").arg(i + 1).arg(el, al);
    }
    return {};
}

QString tail(const QByteArray &text, int lines = 6)
{
    QStringList all = QString::fromUtf8(text).trimmed().split(u'\n');
    return all.mid(std::max<qsizetype>(0, all.size() - lines)).join(u'\n');
}

/// Runs `python3 <arguments>` on `files` in the sandbox, with stable hashes (expected outputs show set orders) and
/// the script's folder on sys.path, as when the learner runs an example from a terminal.
/// `launcher`, when given, runs the code instead of python3 (a newer CPython, see setNewerInterpreter()).
PythonResult runPython(const QList<std::pair<QString, QByteArray>> &files, const QStringList &arguments,
                       const PythonLauncher *launcher = nullptr, const SandboxLimits *limits = nullptr)
{
    PythonJob job;
    job.files = files;
    job.arguments = arguments;
    job.environment.safePath = false;
    if (launcher)
        job.launcher = *launcher;
    if (limits)
        job.limits = *limits;
    return PythonRunner::run(job);
}

SnippetVerifier::Outcome failure(const PythonResult &r, const QString &what)
{
    switch (r.status) {
    case PythonResult::Status::PythonMissing:
    case PythonResult::Status::Failed:
    case PythonResult::Status::Cancelled:
        return {Status::Failed, r.message};
    case PythonResult::Status::TimedOut:
        return {Status::Failed, QStringLiteral("%1 did not finish within the time limit").arg(what)};
    case PythonResult::Status::Crashed:
        return {Status::Failed, QStringLiteral("%1 was ended by signal %2:\n%3")
                                    .arg(what)
                                    .arg(r.process.signal)
                                    .arg(tail(r.process.standardError))};
    case PythonResult::Status::Exited:
        break;
    }
    return {Status::Failed, QStringLiteral("%1 exited with status %2:\n%3")
                                .arg(what)
                                .arg(r.process.exitCode)
                                .arg(tail(r.process.standardError + r.process.standardOutput))};
}

/// A run that could not judge the code at all (time limit, missing tool, no sandbox), as the reason.
std::optional<QString> runProblem(const ChallengeResult &r)
{
    switch (r.status) {
    case ChallengeResult::Status::Passed:
    case ChallengeResult::Status::Failed:
        return std::nullopt;
    case ChallengeResult::Status::TimedOut:
        return QStringLiteral("the tests did not finish within the time limit (%1)").arg(r.message);
    case ChallengeResult::Status::ToolMissing:
    case ChallengeResult::Status::Cancelled:
    case ChallengeResult::Status::Error:
        break;
    }
    return r.message;
}

QString failedTests(const ChallengeResult &r)
{
    QStringList failed;
    for (const TestResult &test : r.tests) {
        if (!test.passed())
            failed.append(test.name + QLatin1String(": ") + test.message);
    }
    return failed.join(QStringLiteral("\n  "));
}

} // namespace

SnippetVerifier::SnippetVerifier(QVersionNumber python)
    : m_python(std::move(python))
{}

void SnippetVerifier::setNewerInterpreter(QVersionNumber version, PythonLauncher launcher, SandboxLimits limits)
{
    m_newerVersion = std::move(version);
    m_newer = std::move(launcher);
    m_newerLimits = limits;
}

SnippetVerifier::Outcome SnippetVerifier::verify(const Snippet &snippet) const
{
    if (snippet.mode == Snippet::Mode::Fragment)
        return {Status::Skipped, QStringLiteral("fragment")};
    const PythonLauncher *launcher = nullptr;
    const SandboxLimits *limits = nullptr;
    if (!snippet.minPython.isNull() && (m_python.isNull() || m_python < snippet.minPython)) {
        if (m_newer.program.isEmpty() || m_newerVersion < snippet.minPython)
            return {Status::Skipped,
                    QStringLiteral("needs Python %1, have %2").arg(snippet.minPython.toString(), m_python.toString())};
        launcher = &m_newer;
        limits = &m_newerLimits;
    }

    const QByteArray code = snippet.code.toUtf8();
    if (snippet.language == u"pycon") {
        const PythonResult r = runPython(
            {{u"session.txt"_s, code}, {u"doctest_runner.py"_s, PythonRunner::bundledScript(u"doctest_runner.py"_s)}},
            {u"doctest_runner.py"_s, u"session.txt"_s}, launcher, limits);
        return r.ok() ? Outcome{} : failure(r, QStringLiteral("the doctest session"));
    }
    if (snippet.mode == Snippet::Mode::CompileOnly) {
        const PythonResult r =
            runPython({{u"snippet.py"_s, code}},
                      {u"-c"_s, u"import sys; compile(open(sys.argv[1], encoding='utf-8').read(), 'snippet', 'exec')"_s,
                       u"snippet.py"_s},
                      launcher, limits);
        return r.ok() ? Outcome{} : failure(r, QStringLiteral("compiling the norun snippet"));
    }
    const PythonResult r = runPython({{u"snippet.py"_s, code}}, {u"snippet.py"_s}, launcher, limits);
    if (!r.ok())
        return failure(r, QStringLiteral("the snippet"));
    const QString actual = normalized(QString::fromUtf8(r.process.standardOutput));
    const QString expected = normalized(snippet.expectedOutput.value_or(QString()));
    if (actual == expected)
        return {};
    if (!snippet.expectedOutput)
        return {
            Status::Failed,
            QStringLiteral("the snippet prints output but no ```output block follows it:\n%1").arg(actual.left(400))};
    return {Status::Failed, firstDifference(expected, actual)};
}

QJsonObject SnippetVerifier::runChallengeTests(const QString &code, const QString &tests)
{
    const ChallengeResult r = ChallengeRunner::run(code, tests, ChallengeCheck::Tests);
    if (const std::optional<QString> problem = runProblem(r))
        return {{u"error"_s, *problem}};
    QJsonArray list;
    for (const TestResult &test : r.tests) {
        const char *status = test.status == TestResult::Status::Passed   ? "pass"
                             : test.status == TestResult::Status::Failed ? "fail"
                                                                         : "error";
        list.append(QJsonObject{{u"name"_s, test.name},
                                {u"status"_s, QLatin1String(status)},
                                {u"message"_s, test.message},
                                {u"output"_s, test.output}});
    }
    return {
        {u"tests"_s, list}, {u"passed"_s, int(r.passedCount())}, {u"failed"_s, int(r.totalCount() - r.passedCount())}};
}

SnippetVerifier::Outcome SnippetVerifier::verify(const Challenge &challenge) const
{
    const ChallengeResult withSolution = ChallengeRunner::run(challenge, challenge.solution);
    if (const std::optional<QString> problem = runProblem(withSolution))
        return {Status::Failed, QStringLiteral("reference solution: ") + *problem};
    if (withSolution.status != ChallengeResult::Status::Passed)
        return {Status::Failed, QStringLiteral("the reference solution fails:\n  ") + failedTests(withSolution)};
    const ChallengeResult withStarter = ChallengeRunner::run(challenge, challenge.starter);
    if (const std::optional<QString> problem = runProblem(withStarter))
        return {Status::Failed, QStringLiteral("starter code: ") + *problem};
    if (withStarter.status == ChallengeResult::Status::Passed)
        return {Status::Failed, QStringLiteral("the starter code passes every test: the challenge asks for nothing")};
    return {};
}

} // namespace pmg
