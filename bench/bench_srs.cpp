// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Scheduling cost: replaying a generated log of 100,000 cards × 20 reviews (2,000,000 entries, in memory, seeded; ten
// years of reviews in Europe/Berlin) into card states, which is the pure part of rebuilding the card-state cache, and
// one review() (what a grade costs before the database write).
#include "srs/replay.h"
#include "srs/scheduler.h"

#include <QCoreApplication>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <random>

using namespace Qt::StringLiterals;

namespace {

constexpr int cardCount = 100'000;
constexpr int reviewsPerCard = 20;

pmg::Scheduler scheduler()
{
    return pmg::Scheduler(pmg::FsrsParameters(), pmg::DayBoundary(QTimeZone("Europe/Berlin"), 4));
}

/// Each card: a first answer at a random moment of 2016–2017, two more within the next half hour (learning steps),
/// then 17 at random moments up to mid-2026, so reviews come early, on time and late; ratings mostly Good.
const std::vector<pmg::ReviewEntry> &generatedLog()
{
    static const std::vector<pmg::ReviewEntry> log = [] {
        std::mt19937_64 random(20260510);
        std::discrete_distribution<int> rating({10, 5, 75, 10});
        const qint64 begin = QDateTime(QDate(2016, 1, 1), QTime(0, 0), QTimeZone::UTC).toMSecsSinceEpoch();
        const qint64 end = QDateTime(QDate(2026, 6, 1), QTime(0, 0), QTimeZone::UTC).toMSecsSinceEpoch();
        const qint64 twoYears = 2LL * 365 * 86'400'000;
        std::vector<pmg::ReviewEntry> entries;
        entries.reserve(static_cast<std::size_t>(cardCount) * reviewsPerCard);
        std::vector<qint64> times(reviewsPerCard);
        for (int card = 0; card < cardCount; ++card) {
            const QString id = u"c-p%1-card-%2"_s.arg(card % 12).arg(card, 6, 10, QChar(u'0'));
            const qint64 first = std::uniform_int_distribution<qint64>(begin, begin + twoYears)(random);
            times[0] = first;
            times[1] = first + std::uniform_int_distribution<qint64>(60'000, 600'000)(random);
            times[2] = times[1] + std::uniform_int_distribution<qint64>(60'000, 1'200'000)(random);
            for (std::size_t i = 3; i < times.size(); ++i)
                times[i] = std::uniform_int_distribution<qint64>(times[2], end)(random);
            std::sort(times.begin() + 3, times.end());
            for (qint64 t : times) {
                const auto r = static_cast<pmg::Rating>(rating(random) + 1);
                entries.push_back(pmg::ReviewEntry::record(id, QDateTime::fromMSecsSinceEpoch(t, QTimeZone::UTC), 3600,
                                                           r, 5000, u"bench"_s));
            }
        }
        return entries;
    }();
    return log;
}

void BM_ReplayWholeLog(benchmark::State &state)
{
    const pmg::Scheduler s = scheduler();
    const std::vector<pmg::ReviewEntry> &log = generatedLog();
    std::size_t cards = 0;
    for (auto _ : state) {
        const std::vector<pmg::ReplayedCard> replayed = pmg::replayAll(s, log);
        cards = replayed.size();
        benchmark::DoNotOptimize(replayed.data());
    }
    state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(log.size()));
    state.SetLabel(QStringLiteral("%1 cards, %2 reviews").arg(cards).arg(log.size()).toStdString());
}
BENCHMARK(BM_ReplayWholeLog)->Unit(benchmark::kMillisecond)->MinTime(2.0);

/// One grade of a card in the review phase (fuzz on), and the four button previews shown before it.
pmg::CardState reviewCard()
{
    pmg::CardState card;
    card.phase = pmg::CardPhase::Review;
    card.stability = 42.0;
    card.difficulty = 5.3;
    card.lastReview = QDateTime(QDate(2026, 3, 1), QTime(18, 30), QTimeZone::UTC);
    card.due = QDateTime(QDate(2026, 4, 12), QTime(2, 0), QTimeZone::UTC);
    card.scheduledDays = 42;
    card.reps = 9;
    return card;
}

void BM_ReviewOne(benchmark::State &state)
{
    const pmg::Scheduler s = scheduler();
    const pmg::CardState card = reviewCard();
    const QString id = u"c-p3-card-004217"_s;
    const QDateTime at(QDate(2026, 4, 13), QTime(19, 5), QTimeZone::UTC);
    for (auto _ : state)
        benchmark::DoNotOptimize(s.review(id, card, pmg::Rating::Good, at));
}
BENCHMARK(BM_ReviewOne)->Unit(benchmark::kMicrosecond);

void BM_PreviewFourButtons(benchmark::State &state)
{
    const pmg::Scheduler s = scheduler();
    const pmg::CardState card = reviewCard();
    const QString id = u"c-p3-card-004217"_s;
    const QDateTime at(QDate(2026, 4, 13), QTime(19, 5), QTimeZone::UTC);
    for (auto _ : state)
        benchmark::DoNotOptimize(s.preview(id, card, at));
}
BENCHMARK(BM_PreviewFourButtons)->Unit(benchmark::kMicrosecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
