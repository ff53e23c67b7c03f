// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// What the sandbox costs: python3 started bare with QProcess against the same program through PythonRunner (private
// folder, files written, allow-listed environment, limits set before exec, process group, capped output, cleanup);
// then a whole challenge run and the mypy --strict check for scale.
#include "python/challengerunner.h"
#include "python/pythonrunner.h"

#include <QCoreApplication>
#include <QProcess>

#include <benchmark/benchmark.h>

using namespace Qt::StringLiterals;

namespace {

// The floor: the interpreter's own start-up and exit, nothing around it.
void BM_BarePythonPass(benchmark::State &state)
{
    const QString python = pmg::PythonRunner::interpreter();
    for (auto _ : state) {
        QProcess process;
        process.start(python, {u"-c"_s, u"pass"_s});
        if (!process.waitForFinished(10'000) || process.exitCode() != 0)
            state.SkipWithError("python3 -c pass failed");
    }
}
BENCHMARK(BM_BarePythonPass)->Unit(benchmark::kMillisecond);

// The same program through the runner.
void BM_RunnerPythonPass(benchmark::State &state)
{
    pmg::PythonJob job;
    job.arguments = {u"-c"_s, u"pass"_s};
    for (auto _ : state) {
        if (!pmg::PythonRunner::run(job).ok())
            state.SkipWithError("the runner failed");
    }
}
BENCHMARK(BM_RunnerPythonPass)->Unit(benchmark::kMillisecond);

// What a learner's run looks like: a file written to the private folder and run, with a report file.
void BM_RunnerScriptWithReport(benchmark::State &state)
{
    pmg::PythonJob job;
    job.files = {{u"main.py"_s, "import sys\nopen(sys.stdin.readline().strip(), 'w').write('ok')\n"}};
    job.arguments = {u"main.py"_s};
    job.reportChannel = true;
    for (auto _ : state) {
        const pmg::PythonResult r = pmg::PythonRunner::run(job);
        if (!r.ok() || r.report != QByteArray("ok"))
            state.SkipWithError("the runner failed");
    }
}
BENCHMARK(BM_RunnerScriptWithReport)->Unit(benchmark::kMillisecond);

const QString Tests = u"from solution import answer\n\n\ndef test_answer():\n    assert answer() == 42\n"_s;

// A whole challenge run: challenge_runner.py imports the tests and the code, runs them, writes the report.
void BM_ChallengeRun(benchmark::State &state)
{
    for (auto _ : state) {
        const pmg::ChallengeResult r =
            pmg::ChallengeRunner::run(u"def answer():\n    return 42\n"_s, Tests, pmg::ChallengeCheck::Tests);
        if (r.status != pmg::ChallengeResult::Status::Passed)
            state.SkipWithError("the challenge run failed");
    }
}
BENCHMARK(BM_ChallengeRun)->Unit(benchmark::kMillisecond);

// The same with check=mypy-strict: mypy --strict (cold, no cache) after the tests.
void BM_ChallengeRunWithMypy(benchmark::State &state)
{
    for (auto _ : state) {
        const pmg::ChallengeResult r = pmg::ChallengeRunner::run(u"def answer() -> int:\n    return 42\n"_s, Tests,
                                                                 pmg::ChallengeCheck::MypyStrict);
        if (r.status != pmg::ChallengeResult::Status::Passed)
            state.SkipWithError("the mypy run failed");
    }
}
BENCHMARK(BM_ChallengeRunWithMypy)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
