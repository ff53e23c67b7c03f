// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Containment of what the runner starts: process group, time and resource limits, output caps. Every test runs the
// real python3 through PythonRunner, the way the challenge workspace and the content test do.
#include "python/pythonrunner.h"
#include "support/processes.h"
#include "support/qtprinters.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

#include <malloc.h>
#include <unistd.h>

#ifdef __SANITIZE_ADDRESS__
// From the sanitizer runtime (its header, sanitizer/allocator_interface.h, is not installed with GCC here).
extern "C" size_t __sanitizer_get_current_allocated_bytes();
#endif

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace pmg {
namespace {

PythonJob script(const QByteArray &code, std::chrono::milliseconds timeout = 10s)
{
    PythonJob job;
    job.files = {{u"main.py"_s, code}};
    job.arguments = {u"main.py"_s};
    job.limits.timeout = timeout;
    return job;
}

QStringList outputLines(const PythonResult &r)
{
    return QString::fromUtf8(r.process.standardOutput).split(u'\n', Qt::SkipEmptyParts);
}

/// Waits (at most 5 s) until no process of `group` is alive; what is still alive then is killed and returned.
QList<qint64> leftoversOf(qint64 group)
{
    // Without a group of its own the code would share the test's: never kill that (it holds the test and its shell).
    if (group == qint64(::getpgrp())) {
        ADD_FAILURE() << "the code ran in the test's own process group";
        return {group};
    }
    if (QTest::qWaitFor([&] { return test::livingProcessesInGroup(group).isEmpty(); }, 5000))
        return {};
    const QList<qint64> left = test::livingProcessesInGroup(group);
    test::killLeftovers(left);
    return left;
}

TEST(SandboxTest, PythonLeadsItsOwnSessionAndProcessGroup)
{
    const PythonResult r = PythonRunner::run(script("import os\nprint(os.getpid(), os.getpgid(0), os.getsid(0))\n"));
    ASSERT_TRUE(r.ok()) << r.message.toStdString() << r.process.standardError.toStdString();
    const QStringList ids = QString::fromUtf8(r.process.standardOutput).split(u' ');
    ASSERT_EQ(ids.size(), 3);
    EXPECT_EQ(ids[0], ids[1]) << "not the leader of its process group";
    EXPECT_EQ(ids[0], ids[2].trimmed()) << "not the leader of its session";
}

TEST(SandboxTest, RunawayLoopIsKilledAtTheTimeLimit)
{
    const PythonResult r =
        PythonRunner::run(script("import os\nprint(os.getpid(), flush=True)\nwhile True:\n    pass\n", 1s));
    EXPECT_EQ(r.status, PythonResult::Status::TimedOut);
    EXPECT_GE(r.process.elapsed, 1s);
    EXPECT_LT(r.process.elapsed, 5s);
    EXPECT_TRUE(r.message.contains(u"did not finish within 1 s"_s)) << r.message.toStdString();
    const QStringList lines = outputLines(r);
    ASSERT_FALSE(lines.isEmpty());
    EXPECT_EQ(leftoversOf(lines.first().toLongLong()), QList<qint64>());
}

// A child forks a grandchild that sleeps; the child exits, python itself sleeps too. At the limit every one of them
// must go, not only the process the runner started.
TEST(SandboxTest, ForkedSleepingGrandchildIsKilledAtTheLimitToo)
{
    const QByteArray code = R"(import os, time
print("group", os.getpgid(0), flush=True)
child = os.fork()
if child == 0:
    if os.fork() == 0:
        print("grandchild", os.getpid(), flush=True)
        time.sleep(600)
    os._exit(0)
os.waitpid(child, 0)
time.sleep(600)
)";
    const PythonResult r = PythonRunner::run(script(code, 1500ms));
    EXPECT_EQ(r.status, PythonResult::Status::TimedOut);
    EXPECT_LT(r.process.elapsed, 6s);
    qint64 group = 0;
    qint64 grandchild = 0;
    for (const QString &line : outputLines(r)) {
        const QStringList parts = line.split(u' ');
        (parts.first() == u"group" ? group : grandchild) = parts.value(1).toLongLong();
    }
    ASSERT_GT(group, 0);
    ASSERT_GT(grandchild, 0) << "the grandchild never printed its pid: " << r.process.standardError.toStdString();
    EXPECT_EQ(leftoversOf(group), QList<qint64>());
    EXPECT_FALSE(test::isAlive(grandchild));
}

// A program that ends by itself but leaves a child behind does not leave it running either.
TEST(SandboxTest, WhatANormalExitLeavesBehindIsKilled)
{
    const QByteArray code = R"(import os, time
if os.fork() == 0:
    time.sleep(600)
    os._exit(0)
print(os.getpgid(0))
)";
    const PythonResult r = PythonRunner::run(script(code));
    ASSERT_TRUE(r.ok()) << r.message.toStdString();
    EXPECT_LT(r.process.elapsed, 5s) << "the runner waited for the sleeping child";
    EXPECT_EQ(leftoversOf(outputLines(r).value(0).toLongLong()), QList<qint64>());
}

TEST(SandboxTest, ResourceLimitsAreSetInTheChild)
{
    PythonJob job = script(R"(import errno, resource
for name in ("CPU", "AS", "NOFILE", "FSIZE", "CORE"):
    print(name, *resource.getrlimit(getattr(resource, "RLIMIT_" + name)))
try:
    with open("big.bin", "wb") as f:
        f.write(b"x" * (3 << 20))
except OSError as e:
    print("write", errno.errorcode[e.errno])
try:
    block = bytearray(1 << 30)
except MemoryError:
    print("memory MemoryError")
)");
    job.limits.cpuSeconds = 7;
    job.limits.addressSpaceBytes = qint64(512) << 20;
    job.limits.openFiles = 64;
    job.limits.fileSizeBytes = qint64(2) << 20;
    const PythonResult r = PythonRunner::run(job);
    ASSERT_TRUE(r.ok()) << r.message.toStdString() << r.process.standardError.toStdString();
    const QStringList expected{u"CPU 7 8"_s,           u"AS %1 %1"_s.arg(qint64(512) << 20),
                               u"NOFILE 64 64"_s,      u"FSIZE %1 %1"_s.arg(qint64(2) << 20),
                               u"CORE 0 0"_s,          u"write EFBIG"_s,
                               u"memory MemoryError"_s};
    EXPECT_EQ(outputLines(r), expected);
}

TEST(SandboxTest, CpuTimeLimitStopsABusyProgramLikeATimeout)
{
    PythonJob job = script("while True:\n    pass\n", 20s);
    job.limits.cpuSeconds = 1;
    const PythonResult r = PythonRunner::run(job);
    EXPECT_EQ(r.status, PythonResult::Status::TimedOut);
    EXPECT_TRUE(r.message.contains(u"more than 1 s of CPU time"_s)) << r.message.toStdString();
    EXPECT_LT(r.process.elapsed, 10s);
}

const QByteArray HundredMegabytes = R"(import sys
line = "x" * 1023 + "\n"
block = line * 1024
for _ in range(100):
    sys.stdout.write(block)
sys.stderr.write("e" * (3 << 20))
)";

// 100 MB printed: kept up to the cap, the rest read and dropped as it comes, quickly.
TEST(SandboxTest, HundredMegabytesOfOutputAreCutAtTheCap)
{
    const PythonResult r = PythonRunner::run(script(HundredMegabytes));
    ASSERT_TRUE(r.ok()) << r.message.toStdString();
    EXPECT_TRUE(r.process.outputTruncated);
    EXPECT_TRUE(r.process.errorTruncated);
    EXPECT_LE(r.process.standardOutput.size(), (1 << 20) + 100);
    EXPECT_GE(r.process.standardOutput.size(), 1 << 20);
    EXPECT_TRUE(r.process.standardOutput.endsWith("\xe2\x80\xa6 output truncated (104857600 bytes in all)\n"))
        << r.process.standardOutput.right(80).toStdString();
    EXPECT_LE(r.process.standardError.size(), (1 << 20) + 100);
    EXPECT_LT(r.process.elapsed, 5s);
}

/// Bytes the heap holds now. Under AddressSanitizer RSS would count its quarantine of freed blocks, so ask it.
qint64 liveHeapBytes()
{
#ifdef __SANITIZE_ADDRESS__
    return qint64(__sanitizer_get_current_allocated_bytes());
#else
    return qint64(mallinfo2().uordblks);
#endif
}

// The same 100 MB in the GUI's (asynchronous) way: the heap never holds the output, and the event loop keeps turning.
TEST(SandboxTest, HundredMegabytesNeitherGrowMemoryNorStallTheEventLoop)
{
    PythonRunner runner;
    QSignalSpy finished(&runner, &PythonRunner::finished);
    const qint64 before = liveHeapBytes();
    qint64 peak = before;
    QElapsedTimer sinceTick;
    qint64 longestGap = 0;
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        peak = std::max(peak, liveHeapBytes());
        longestGap = std::max(longestGap, sinceTick.restart());
    });
    ticker.start(5);
    sinceTick.start();
    runner.start(script(HundredMegabytes));
    ASSERT_TRUE(finished.wait(10'000));
    ticker.stop();
    EXPECT_TRUE(finished.first().first().value<PythonResult>().process.outputTruncated);
    std::printf("[ metric ] 100 MB of output: heap grew by at most %.1f MB, longest event-loop gap %lld ms\n",
                double(peak - before) / (1 << 20), qlonglong(longestGap));
    EXPECT_LT(peak - before, qint64(16) << 20) << "the output was kept instead of dropped";
    EXPECT_LT(longestGap, 1000) << "the event loop stalled while the output was read";
}

TEST(SandboxTest, AsynchronousRunSignalsAndCanBeCancelled)
{
    PythonRunner runner;
    QSignalSpy started(&runner, &PythonRunner::started);
    QSignalSpy finished(&runner, &PythonRunner::finished);
    runner.start(script(R"(import os, time
if os.fork() == 0:
    time.sleep(600)
time.sleep(600)
)"));
    EXPECT_TRUE(runner.isRunning());
    ASSERT_TRUE(started.wait(5000));
    const qint64 group = runner.processGroup();
    ASSERT_GT(group, 0);
    // Cancel once the forked child is there too, so that it is the group that has to go.
    EXPECT_TRUE(QTest::qWaitFor([&] { return test::livingProcessesInGroup(group).size() == 2; }, 5000));
    EXPECT_TRUE(finished.isEmpty());
    runner.cancel();
    ASSERT_TRUE(finished.wait(5000));
    const auto result = finished.first().first().value<PythonResult>();
    EXPECT_EQ(result.status, PythonResult::Status::Cancelled);
    EXPECT_FALSE(runner.isRunning());
    EXPECT_EQ(leftoversOf(group), QList<qint64>());
}

TEST(SandboxTest, AsynchronousRunTimesOutWithoutBlocking)
{
    PythonRunner runner;
    QSignalSpy finished(&runner, &PythonRunner::finished);
    runner.start(script("while True:\n    pass\n", 500ms));
    EXPECT_TRUE(finished.isEmpty()) << "start() blocked until the end";
    ASSERT_TRUE(finished.wait(5000));
    EXPECT_EQ(finished.first().first().value<PythonResult>().status, PythonResult::Status::TimedOut);
}

} // namespace
} // namespace pmg
