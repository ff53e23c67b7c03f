// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// What PythonRunner gives the code it runs: a private folder removed afterwards, an allow-listed environment, a
// report channel of its own; and what it says when there is no python3.
#include "python/pythonrunner.h"
#include "python/sandboxenvironment.h"
#include "support/qtprinters.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace pmg {
namespace {

PythonJob script(const QByteArray &code)
{
    PythonJob job;
    job.files = {{u"main.py"_s, code}};
    job.arguments = {u"main.py"_s};
    return job;
}

TEST(PythonRunnerTest, RunsInAPrivateFolderThatIsRemovedAfterwards)
{
    const PythonResult r = PythonRunner::run(script(R"(import json, os, pathlib, sys
pathlib.Path(os.environ["HOME"], "notes.txt").write_text("written")
print(json.dumps({"cwd": os.getcwd(), "home": os.environ["HOME"], "tmp": os.environ["TMPDIR"],
                  "file": os.path.abspath(sys.argv[0])}))
)"));
    ASSERT_TRUE(r.ok()) << r.message.toStdString() << r.process.standardError.toStdString();
    const QJsonObject paths = QJsonDocument::fromJson(r.process.standardOutput).object();
    const QString cwd = paths.value(u"cwd"_s).toString();
    ASSERT_FALSE(cwd.isEmpty()) << r.process.standardOutput.toStdString();
    const QString root = QFileInfo(cwd).path();
    EXPECT_TRUE(QFileInfo(root).fileName().startsWith(u"pmg-python-"_s)) << root.toStdString();
    EXPECT_EQ(paths.value(u"home"_s).toString(), root + u"/home"_s);
    EXPECT_EQ(paths.value(u"tmp"_s).toString(), root + u"/tmp"_s);
    EXPECT_EQ(paths.value(u"file"_s).toString(), cwd + u"/main.py"_s);
    EXPECT_FALSE(QFileInfo::exists(root)) << "the temporary folder was left behind: " << root.toStdString();
}

TEST(PythonRunnerTest, EvenAFolderTheCodeMadeUnreadableIsRemoved)
{
    const PythonResult r = PythonRunner::run(script(R"(import os
os.makedirs("locked/inner")
open("locked/inner/file", "w").close()
os.chmod("locked/inner", 0)
os.chmod("locked", 0)
print(os.getcwd())
)"));
    ASSERT_TRUE(r.ok()) << r.message.toStdString();
    const QString cwd = QString::fromUtf8(r.process.standardOutput).trimmed();
    EXPECT_FALSE(QFileInfo::exists(QFileInfo(cwd).path()));
}

class EnvironmentTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        qputenv("PMG_FAKE_SECRET", "hunter2");
        qputenv("PYTHONPATH", "/secret/site");
        qputenv("PYTHONSTARTUP", "/secret/startup.py");
    }
    void TearDown() override
    {
        qunsetenv("PMG_FAKE_SECRET");
        qunsetenv("PYTHONPATH");
        qunsetenv("PYTHONSTARTUP");
    }
};

TEST_F(EnvironmentTest, HoldsNoVariableOutsideTheAllowList)
{
    const PythonResult r = PythonRunner::run(script("import json, os\nprint(json.dumps(dict(os.environ)))\n"));
    ASSERT_TRUE(r.ok()) << r.message.toStdString() << r.process.standardError.toStdString();
    EXPECT_FALSE(r.process.standardOutput.contains("hunter2"));
    EXPECT_FALSE(r.process.standardOutput.contains("/secret/"));
    const QJsonObject env = QJsonDocument::fromJson(r.process.standardOutput).object();
    ASSERT_FALSE(env.isEmpty()) << r.process.standardOutput.toStdString();
    const QStringList allowed = SandboxEnvironment::allowedNames();
    for (const QString &name : env.keys())
        EXPECT_TRUE(allowed.contains(name)) << "inherited or unexpected variable " << name.toStdString();
    EXPECT_EQ(env.value(u"PYTHONSAFEPATH"_s).toString(), u"1"_s);
    EXPECT_EQ(env.value(u"PYTHONDONTWRITEBYTECODE"_s).toString(), u"1"_s);
    EXPECT_EQ(env.value(u"PYTHONHASHSEED"_s).toString(), u"0"_s);
    EXPECT_EQ(env.value(u"LC_ALL"_s).toString(), u"C.UTF-8"_s);
}

TEST(SandboxEnvironmentTest, BuildsOnlyAllowedNames)
{
    const QProcessEnvironment env = SandboxEnvironment::build(u"/h"_s, u"/t"_s, {});
    for (const QString &name : env.keys())
        EXPECT_TRUE(SandboxEnvironment::allowedNames().contains(name)) << name.toStdString();
    SandboxEnvironment::Options loose;
    loose.stableHashes = false;
    loose.safePath = false;
    const QProcessEnvironment looser = SandboxEnvironment::build(u"/h"_s, u"/t"_s, loose);
    EXPECT_FALSE(looser.contains(u"PYTHONHASHSEED"_s));
    EXPECT_FALSE(looser.contains(u"PYTHONSAFEPATH"_s));
}

TEST(PythonRunnerTest, ReportChannelIsAFileOutsideTheWorkingFolder)
{
    PythonJob job = script(R"(import os, sys
path = sys.stdin.readline().rstrip("\n")
with open(path, "w") as f:
    f.write("verdict")
print(os.path.dirname(path) != os.getcwd() and not path.startswith(os.getcwd()))
print(sys.stdin.read())
)");
    job.reportChannel = true;
    job.input = "after the path";
    const PythonResult r = PythonRunner::run(job);
    ASSERT_TRUE(r.ok()) << r.message.toStdString() << r.process.standardError.toStdString();
    EXPECT_EQ(r.process.standardOutput, QByteArray("True\nafter the path\n"));
    ASSERT_TRUE(r.report.has_value());
    EXPECT_EQ(*r.report, QByteArray("verdict"));

    const PythonResult silent = PythonRunner::run([] {
        PythonJob j = script("print('no report')\n");
        j.reportChannel = true;
        return j;
    }());
    EXPECT_FALSE(silent.report.has_value());
}

TEST(PythonRunnerTest, MissingPythonIsATypedResultWithAnInstallHint)
{
    PythonRunner runner(u"/nonexistent/bin/python3"_s);
    runner.start(script("print(1)\n"));
    EXPECT_FALSE(runner.isRunning());
    const PythonResult r = runner.waitForFinished();
    EXPECT_EQ(r.status, PythonResult::Status::PythonMissing);
    EXPECT_TRUE(r.message.contains(u"/nonexistent/bin/python3"_s)) << r.message.toStdString();
    EXPECT_TRUE(r.message.contains(u"apt install python3"_s)) << r.message.toStdString();
    EXPECT_TRUE(PythonRunner::version(u"/nonexistent/bin/python3"_s).isNull());
}

TEST(PythonRunnerTest, FindsPythonAndItsVersion)
{
    EXPECT_FALSE(PythonRunner::interpreter().isEmpty());
    EXPECT_TRUE(QFileInfo(PythonRunner::interpreter(u"python3"_s)).isAbsolute());
    EXPECT_EQ(PythonRunner::interpreter(u"no-such-python-anywhere"_s), QString());
    EXPECT_GE(PythonRunner::version(), QVersionNumber(3, 10));
}

} // namespace
} // namespace pmg
