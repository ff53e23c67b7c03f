// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "snippetverifier.h"

#include "pythonprocess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

namespace pmg {

namespace {

using Status = SnippetVerifier::Outcome::Status;

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

bool copyResource(const QString &name, const QString &directory)
{
    QFile resource(QStringLiteral(":/pmg/python/") + name);
    return resource.open(QIODevice::ReadOnly) && writeFile(QDir(directory).filePath(name), resource.readAll());
}

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

SnippetVerifier::Outcome failure(const PythonProcess::Result &r, const QString &what)
{
    if (!r.started)
        return {Status::Failed, QStringLiteral("could not start %1").arg(PythonProcess::interpreter())};
    if (r.timedOut)
        return {Status::Failed, QStringLiteral("%1 did not finish within the time limit").arg(what)};
    return {Status::Failed, QStringLiteral("%1 exited with status %2:\n%3")
                                .arg(what)
                                .arg(r.exitCode)
                                .arg(tail(r.standardError + r.standardOutput))};
}

} // namespace

SnippetVerifier::SnippetVerifier(QVersionNumber python)
    : m_python(std::move(python))
{}

void SnippetVerifier::setNewerInterpreter(QVersionNumber version, Interpreter interpreter)
{
    m_newerVersion = std::move(version);
    m_newer = std::move(interpreter);
}

SnippetVerifier::Outcome SnippetVerifier::verify(const Snippet &snippet) const
{
    if (snippet.mode == Snippet::Mode::Fragment)
        return {Status::Skipped, QStringLiteral("fragment")};
    Interpreter run = [](const QStringList &arguments, const QString &directory) {
        return PythonProcess::run(arguments, directory);
    };
    if (!snippet.minPython.isNull() && (m_python.isNull() || m_python < snippet.minPython)) {
        if (!m_newer || m_newerVersion < snippet.minPython)
            return {Status::Skipped,
                    QStringLiteral("needs Python %1, have %2").arg(snippet.minPython.toString(), m_python.toString())};
        run = m_newer;
    }

    QTemporaryDir dir;
    if (!dir.isValid())
        return {Status::Failed, QStringLiteral("cannot create a temporary folder")};
    const QString file =
        dir.filePath(snippet.language == u"pycon" ? QStringLiteral("session.txt") : QStringLiteral("snippet.py"));
    if (!writeFile(file, snippet.code.toUtf8()))
        return {Status::Failed, QStringLiteral("cannot write %1").arg(file)};

    if (snippet.language == u"pycon") {
        if (!copyResource(QStringLiteral("doctest_runner.py"), dir.path()))
            return {Status::Failed, QStringLiteral("doctest runner missing from the resources")};
        const PythonProcess::Result r = run({QStringLiteral("doctest_runner.py"), file}, dir.path());
        if (r.ok())
            return {};
        return failure(r, QStringLiteral("the doctest session"));
    }
    if (snippet.mode == Snippet::Mode::CompileOnly) {
        const PythonProcess::Result r =
            run({QStringLiteral("-c"),
                 QStringLiteral("import sys; compile(open(sys.argv[1], encoding='utf-8').read(), 'snippet', 'exec')"),
                 file},
                dir.path());
        return r.ok() ? Outcome{} : failure(r, QStringLiteral("compiling the norun snippet"));
    }
    const PythonProcess::Result r = run({file}, dir.path());
    if (!r.ok())
        return failure(r, QStringLiteral("the snippet"));
    const QString actual = normalized(QString::fromUtf8(r.standardOutput));
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
    QTemporaryDir dir;
    if (!dir.isValid() || !writeFile(dir.filePath(QStringLiteral("solution.py")), code.toUtf8())
        || !writeFile(dir.filePath(QStringLiteral("test_solution.py")), tests.toUtf8())
        || !copyResource(QStringLiteral("challenge_runner.py"), dir.path()))
        return {{QStringLiteral("error"), QStringLiteral("cannot prepare a temporary folder for the tests")}};
    const PythonProcess::Result r = PythonProcess::run({QStringLiteral("challenge_runner.py")}, dir.path());
    if (!r.ok())
        return {{QStringLiteral("error"), failure(r, QStringLiteral("the tests")).message}};
    const QJsonDocument doc = QJsonDocument::fromJson(r.standardOutput.trimmed().split('\n').last());
    if (!doc.isObject())
        return {{QStringLiteral("error"),
                 QStringLiteral("the test runner printed no result:\n%1").arg(tail(r.standardOutput))}};
    return doc.object();
}

SnippetVerifier::Outcome SnippetVerifier::verify(const Challenge &challenge) const
{
    const QJsonObject withSolution = runChallengeTests(challenge.solution, challenge.tests);
    if (withSolution.contains(QStringLiteral("error")))
        return {Status::Failed,
                QStringLiteral("reference solution: ") + withSolution.value(QStringLiteral("error")).toString()};
    if (withSolution.value(QStringLiteral("failed")).toInt() != 0) {
        QStringList failed;
        for (const QJsonValue &test : withSolution.value(QStringLiteral("tests")).toArray()) {
            if (test[QStringLiteral("status")].toString() != u"pass")
                failed.append(test[QStringLiteral("name")].toString() + QLatin1String(": ")
                              + test[QStringLiteral("message")].toString());
        }
        return {Status::Failed,
                QStringLiteral("the reference solution fails:\n  ") + failed.join(QStringLiteral("\n  "))};
    }
    if (withSolution.value(QStringLiteral("passed")).toInt() == 0)
        return {Status::Failed, QStringLiteral("the tests ran no test_ function")};
    const QJsonObject withStarter = runChallengeTests(challenge.starter, challenge.tests);
    if (withStarter.contains(QStringLiteral("error")))
        return {Status::Failed,
                QStringLiteral("starter code: ") + withStarter.value(QStringLiteral("error")).toString()};
    if (withStarter.value(QStringLiteral("failed")).toInt() == 0)
        return {Status::Failed, QStringLiteral("the starter code passes every test: the challenge asks for nothing")};
    return {};
}

} // namespace pmg
