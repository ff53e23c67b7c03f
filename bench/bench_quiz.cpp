// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Quiz cost on the bundled curriculum in a real profile (garden.sqlite on disk: WAL, synchronous=FULL, so every
// commit waits for its fsync): starting an attempt (draw, shuffle, store) and storing one answer (one committed
// transaction). Each iteration is timed on its own; the median and the 95th percentile are reported as counters.
#include "clock/clock.h"
#include "garden/garden.h"
#include "quiz/quizservice.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTimeZone>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

/// A profile over the bundled curriculum; destroyed before the QCoreApplication (see main).
struct Profile {
    QTemporaryDir dir;
    pmg::FixedClock *clock = nullptr;
    std::unique_ptr<pmg::Garden> garden;

    Profile()
    {
        auto owned = std::make_unique<pmg::FixedClock>(QDateTime(QDate(2026, 12, 4), QTime(9, 0), QTimeZone::UTC));
        clock = owned.get();
        garden = std::make_unique<pmg::Garden>(std::move(owned));
        if (!garden->open(dir.path(), QStringLiteral(PMG_SOURCE_DIR "/curriculum")))
            qFatal("%s", qPrintable(garden->error()));
    }
};

std::unique_ptr<Profile> profile;

Profile &theProfile()
{
    if (!profile)
        profile = std::make_unique<Profile>();
    return *profile;
}

void report(benchmark::State &state, std::vector<double> &ms)
{
    std::sort(ms.begin(), ms.end());
    state.counters["median_ms"] = ms.at(ms.size() / 2);
    state.counters["p95_ms"] = ms.at(ms.size() * 95 / 100);
    state.counters["max_ms"] = ms.back();
}

pmg::QuizDefinition quizFor(pmg::QuizService &quizzes, int which)
{
    if (which == 0)
        return *quizzes.definition(u"level-beginner"_s);
    if (which == 1)
        return *quizzes.definition(u"part-2"_s);
    pmg::QuizComposition weakest;
    weakest.count = 20;
    weakest.weakestFirst = true;
    return quizzes.compose(weakest);
}

// Draw, shuffle and store a new attempt (the whole of QuizService::start()).
void BM_StartAttempt(benchmark::State &state)
{
    pmg::QuizService &quizzes = theProfile().garden->quizzes();
    const pmg::QuizDefinition quiz = quizFor(quizzes, int(state.range(0)));
    std::vector<double> ms;
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        const std::optional<pmg::QuizAttempt> attempt = quizzes.start(quiz, pmg::QuizMode::Exam);
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!attempt)
            state.SkipWithError(qPrintable(quizzes.lastError()));
        qint64 id = attempt ? attempt->id : 0;
        benchmark::DoNotOptimize(id);
    }
    state.SetLabel(u"%1 (%2 questions)"_s.arg(quiz.id).arg(quiz.questionCount).toStdString());
    report(state, ms);
}
BENCHMARK(BM_StartAttempt)->Arg(0)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->Iterations(200);

// One answer given: scored, stored and committed with the attempt's time and position.
void BM_StoreAnswer(benchmark::State &state)
{
    Profile &p = theProfile();
    pmg::QuizService &quizzes = p.garden->quizzes();
    std::optional<pmg::QuizAttempt> attempt =
        quizzes.start(*quizzes.definition(u"level-beginner"_s), pmg::QuizMode::Exam, {.timeLimitSeconds = 0});
    if (!attempt) {
        state.SkipWithError(qPrintable(quizzes.lastError()));
        return;
    }
    std::vector<double> ms;
    qsizetype i = 0;
    for (auto _ : state) {
        const QString id = attempt->questionIds.at(i++ % attempt->questionIds.size());
        const pmg::QuizQuestion *question = quizzes.question(id);
        // An exam answer may be changed, so the same questions can be answered again and again.
        const pmg::QuizAnswer answer =
            question->options.isEmpty() ? pmg::QuizAnswer::typed(u"print(x)"_s) : pmg::QuizAnswer::chosen({int(i % 2)});
        p.clock->advance(1);
        QElapsedTimer timer;
        timer.start();
        const bool stored = quizzes.answer(*attempt, id, answer);
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!stored)
            state.SkipWithError(qPrintable(quizzes.lastError()));
    }
    report(state, ms);
}
BENCHMARK(BM_StoreAnswer)->Unit(benchmark::kMillisecond)->Iterations(500);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    profile.reset(); // the database closes while Qt is still up
    return 0;
}
