// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The scheduler: the reference schedules V6, V12, V13 (py-fsrs / ts-fsrs), Anki's learning steps (V15) and fuzz (V14),
// study days across DST changes, the rollover hour and leap days, deterministic fuzz, parameter validation.
#include "srs/scheduler.h"
#include "srstesting.h"

#include <QJsonArray>
#include <QSet>

#include <gtest/gtest.h>

#include <random>

using namespace Qt::StringLiterals;

namespace pmg {
namespace {

using test::utc;
using test::vectorTolerance;

const QTimeZone berlin("Europe/Berlin");
const QString cardId = u"c-p1-walrus-1"_s;

QDateTime inBerlin(int y, int mo, int d, int h, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), berlin);
}

FsrsParameters withoutFuzz(fsrs::Weights weights = fsrs::defaultWeights)
{
    FsrsParameters p;
    p.weights = weights;
    p.fuzz = false;
    return p;
}

/// Reviews a new card with `ratings`, each at the previous answer's due time; returns the intervals in study days.
std::vector<qint64> intervalsReviewingAtDue(const Scheduler &scheduler, const std::vector<Rating> &ratings,
                                            QDateTime at, std::vector<CardState> *states = nullptr)
{
    std::vector<qint64> days;
    CardState card;
    for (Rating rating : ratings) {
        card = scheduler.review(cardId, card, rating, at);
        days.push_back(scheduler.boundary().daysBetween(card.lastReview, card.due));
        if (states)
            states->push_back(card);
        at = card.due;
    }
    return days;
}

const std::vector<Rating> v12Ratings = {Rating::Good, Rating::Good,  Rating::Good,  Rating::Good, Rating::Good,
                                        Rating::Good, Rating::Again, Rating::Again, Rating::Good, Rating::Good,
                                        Rating::Good, Rating::Good,  Rating::Good};

// V12 — py-fsrs tests/test_basic.py:31-49 test_review_card (Scheduler(enable_fuzzing=False), defaults, from
// 2022-11-29 12:30 UTC, each review at the previous due); the same list is ts-fsrs __tests__/FSRS-6.test.ts:20-62.
TEST(SchedulerTest, V12ScheduleWithLearningSteps)
{
    const Scheduler scheduler(withoutFuzz(), DayBoundary(QTimeZone(QTimeZone::UTC), 4));
    std::vector<CardState> states;
    const std::vector<qint64> days = intervalsReviewingAtDue(scheduler, v12Ratings, utc(2022, 11, 29, 12, 30), &states);
    EXPECT_EQ(days, (std::vector<qint64>{0, 2, 11, 46, 163, 498, 0, 0, 2, 4, 7, 12, 21}));

    // The research note's trace of py-fsrs HEAD (ours there, not asserted upstream).
    const std::vector<std::pair<double, double>> trace = {
        {2.306500, 2.118104},   {2.306500, 2.111214},   {10.971048, 2.104331}, {46.316858, 2.097455},
        {162.999816, 2.090586}, {497.876555, 2.083724}, {6.890413, 7.383202},  {2.154598, 9.125105},
        {2.154598, 9.111208},   {3.983123, 9.097325},   {7.236254, 9.083456},  {12.483044, 9.069601},
        {20.770357, 9.055760}};
    const std::vector<CardPhase> phases = {
        CardPhase::Learning, CardPhase::Review,     CardPhase::Review,     CardPhase::Review, CardPhase::Review,
        CardPhase::Review,   CardPhase::Relearning, CardPhase::Relearning, CardPhase::Review, CardPhase::Review,
        CardPhase::Review,   CardPhase::Review,     CardPhase::Review};
    ASSERT_EQ(states.size(), trace.size());
    for (std::size_t i = 0; i < trace.size(); ++i) {
        EXPECT_NEAR(states[i].stability, trace[i].first, vectorTolerance) << "review " << i + 1;
        EXPECT_NEAR(states[i].difficulty, trace[i].second, vectorTolerance) << "review " << i + 1;
        EXPECT_EQ(states[i].phase, phases[i]) << "review " << i + 1;
        EXPECT_EQ(states[i].scheduledDays, days[i]);
        EXPECT_EQ(states[i].reps, static_cast<int>(i + 1));
    }
    EXPECT_EQ(states.back().lapses, 1); // only the Again in the review phase is a lapse
    // Learning steps are due to the second: 10 minutes after the first answer.
    EXPECT_EQ(states[0].due, utc(2022, 11, 29, 12, 40));
}

// V13 — ts-fsrs __tests__/FSRS-5.test.ts: the V12 ratings with the FSRS-5 defaults (w19 = 0, decay 0.5).
TEST(SchedulerTest, V13ScheduleWithFsrs5Defaults)
{
    const Scheduler scheduler(withoutFuzz(test::fsrs5Weights()), DayBoundary(QTimeZone(QTimeZone::UTC), 4));
    EXPECT_EQ(intervalsReviewingAtDue(scheduler, v12Ratings, utc(2022, 11, 29, 12, 30)),
              (std::vector<qint64>{0, 4, 14, 44, 125, 328, 0, 0, 7, 16, 34, 71, 142}));

    // ts-fsrs FSRS-5.test.ts "first repeat".
    const auto first = scheduler.preview(cardId, CardState(), utc(2022, 11, 29, 12, 30));
    const std::array<double, 4> s = {0.40255, 1.18385, 3.173, 15.69105};
    const std::array<double, 4> d = {7.1949, 6.48830527, 5.28243442, 3.22450159};
    const std::array<int, 4> days = {0, 0, 0, 16};
    for (std::size_t i = 0; i < 4; ++i) {
        EXPECT_NEAR(first[i].stability, s[i], vectorTolerance);
        EXPECT_NEAR(first[i].difficulty, d[i], vectorTolerance);
        EXPECT_EQ(first[i].scheduledDays, days[i]);
    }
}

// V6 (scheduler part) — ts-fsrs __tests__/FSRS-6.test.ts:131-160 "first repeat": scheduled days and states.
TEST(SchedulerTest, V6FirstAnswerOfANewCard)
{
    const Scheduler scheduler(withoutFuzz(), DayBoundary(QTimeZone(QTimeZone::UTC), 4));
    const QDateTime now = utc(2022, 11, 29, 12, 30);
    const auto first = scheduler.preview(cardId, CardState(), now);
    const std::array<int, 4> days = {0, 0, 0, 8};
    const std::array<CardPhase, 4> phases = {CardPhase::Learning, CardPhase::Learning, CardPhase::Learning,
                                             CardPhase::Review};
    for (std::size_t i = 0; i < 4; ++i) {
        EXPECT_EQ(first[i].scheduledDays, days[i]);
        EXPECT_EQ(first[i].phase, phases[i]);
        EXPECT_EQ(first[i].reps, 1);
        EXPECT_EQ(first[i].lastReview, now);
    }
    // py-fsrs test_basic.py learning-step tests: Again ≈ 60 s, Hard at step 0 ≈ 330 s, Good ≈ 600 s.
    EXPECT_EQ(now.secsTo(first[0].due), 60);
    EXPECT_EQ(now.secsTo(first[1].due), 330);
    EXPECT_EQ(now.secsTo(first[2].due), 600);
    // ts-fsrs FSRS-6.test.ts:177-193: the Easy card's retrievability on its due day.
    EXPECT_NEAR(scheduler.retrievability(first[3], first[3].due), 0.9024733, vectorTolerance);
    EXPECT_EQ(scheduler.retrievability(CardState(), now), 0.0);
}

// py-fsrs test_basic.py test_repeated_correct_reviews: ten Easy answers bring the difficulty to its minimum.
TEST(SchedulerTest, RepeatedEasyAnswersReachTheMinimumDifficulty)
{
    const Scheduler scheduler(withoutFuzz(), DayBoundary(QTimeZone(QTimeZone::UTC), 4));
    CardState card;
    QDateTime at = utc(2022, 11, 29, 12, 30);
    for (int i = 0; i < 10; ++i) {
        card = scheduler.review(cardId, card, Rating::Easy, at);
        at = card.due;
    }
    EXPECT_EQ(card.difficulty, 1.0);
}

/// The delay in seconds (or whole days for a day or more) of answering `rating` on step `step` of `stepsMinutes`.
std::pair<qint64, int> stepDelay(const QList<int> &stepsMinutes, int step, Rating rating)
{
    FsrsParameters p = withoutFuzz();
    p.learningSteps.clear();
    for (int minutes : stepsMinutes)
        p.learningSteps.append(minutes * 60);
    const Scheduler scheduler(p, DayBoundary(QTimeZone(QTimeZone::UTC), 4));
    CardState learning;
    learning.phase = CardPhase::Learning;
    learning.step = step;
    learning.stability = 2.0;
    learning.difficulty = 5.0;
    learning.reps = 1;
    learning.lastReview = utc(2026, 5, 10, 12, 0);
    const QDateTime now = utc(2026, 5, 10, 12, 30);
    const CardState next = scheduler.review(cardId, learning, rating, now);
    EXPECT_EQ(next.phase, CardPhase::Learning);
    return {now.secsTo(next.due), next.scheduledDays};
}

// V15 — Anki rslib/src/scheduler/states/steps.rs tests `delay_secs` (steps in minutes; Anki's `remaining` counts
// from the end, our step index from the start).
TEST(SchedulerTest, V15LearningStepDelays)
{
    EXPECT_EQ(stepDelay({10}, 0, Rating::Again).first, 600);
    EXPECT_EQ(stepDelay({10}, 0, Rating::Hard).first, 900);
    EXPECT_EQ(stepDelay({1, 10}, 0, Rating::Again).first, 60);
    EXPECT_EQ(stepDelay({1, 10}, 0, Rating::Hard).first, 330);
    EXPECT_EQ(stepDelay({1, 10}, 0, Rating::Good).first, 600);
    EXPECT_EQ(stepDelay({1, 10}, 1, Rating::Again).first, 60);
    EXPECT_EQ(stepDelay({1, 10}, 1, Rating::Hard).first, 600);
    EXPECT_EQ(stepDelay({1, 10, 100}, 0, Rating::Hard).first, 330);
    EXPECT_EQ(stepDelay({1, 10, 100}, 0, Rating::Good).first, 600);
    EXPECT_EQ(stepDelay({1, 10, 100}, 1, Rating::Hard).first, 600);
    EXPECT_EQ(stepDelay({1, 10, 100}, 1, Rating::Good).first, 6000);
    EXPECT_EQ(stepDelay({1, 10, 100}, 2, Rating::Hard).first, 6000);
    // A single step of 3 days: Hard waits at most a day more (4 days, not 4.5), kept in whole study days.
    EXPECT_EQ(stepDelay({3 * 24 * 60}, 0, Rating::Hard).second, 4);
}

TEST(SchedulerTest, GoodOnTheLastStepAndEasyGraduate)
{
    const Scheduler scheduler(withoutFuzz(), DayBoundary(QTimeZone(QTimeZone::UTC), 4));
    CardState learning;
    learning.phase = CardPhase::Learning;
    learning.step = 1;
    learning.stability = 2.3065;
    learning.difficulty = 2.1;
    learning.reps = 1;
    learning.lastReview = utc(2026, 5, 10, 12, 0);
    const auto next = scheduler.preview(cardId, learning, utc(2026, 5, 10, 12, 10));
    EXPECT_EQ(next[0].phase, CardPhase::Learning);
    EXPECT_EQ(next[0].step, 0);
    EXPECT_EQ(next[2].phase, CardPhase::Review);
    EXPECT_EQ(next[3].phase, CardPhase::Review);
    // A card on a step that no longer exists (steps shortened) graduates on any pass; a negative step (a damaged
    // cache) counts as the first.
    learning.step = 5;
    EXPECT_EQ(scheduler.review(cardId, learning, Rating::Hard, utc(2026, 5, 10, 12, 10)).phase, CardPhase::Review);
    learning.step = -2;
    const CardState hard = scheduler.review(cardId, learning, Rating::Hard, utc(2026, 5, 10, 12, 10));
    EXPECT_EQ(hard.step, 0);
    EXPECT_EQ(utc(2026, 5, 10, 12, 10).secsTo(hard.due), 330);
    // Without relearning steps a lapse goes straight back to the review phase.
    FsrsParameters noRelearning = withoutFuzz();
    noRelearning.relearningSteps.clear();
    CardState review = next[2];
    const CardState lapsed = Scheduler(noRelearning, DayBoundary(QTimeZone(QTimeZone::UTC), 4))
                                 .review(cardId, review, Rating::Again, review.due);
    EXPECT_EQ(lapsed.phase, CardPhase::Review);
    EXPECT_EQ(lapsed.lapses, 1);
    EXPECT_GE(lapsed.scheduledDays, 1);
}

/// A card in the review phase, last reviewed at `last`, with stability `s`.
CardState reviewCard(const QDateTime &last, double s, int scheduledDays)
{
    CardState card;
    card.phase = CardPhase::Review;
    card.stability = s;
    card.difficulty = 5.0;
    card.lastReview = last;
    card.scheduledDays = scheduledDays;
    card.reps = 5;
    return card;
}

// Anki states/review.rs passing_fsrs_review_intervals: hard ≥ 1, good ≥ hard + 1, easy ≥ good + 1.
TEST(SchedulerTest, ReviewButtonsAreOrderedAsInAnki)
{
    const Scheduler scheduler(withoutFuzz(), DayBoundary(QTimeZone(QTimeZone::UTC), 4));
    // Reviewed again the same day with a small stability: FSRS gives all three passing answers the same stability
    // (the same-day increase is at least 1), so without the ordering they would share one interval.
    const CardState card = reviewCard(utc(2026, 5, 10, 12, 0), 1.2, 1);
    const auto next = scheduler.preview(cardId, card, utc(2026, 5, 10, 13, 0));
    EXPECT_EQ(std::lround(next[1].stability), 1);
    EXPECT_EQ(next[1].scheduledDays, 1);
    EXPECT_EQ(next[2].scheduledDays, 2);
    EXPECT_GE(next[3].scheduledDays, 3);
    for (const CardState &state : next)
        EXPECT_EQ(state.reps, 6);
}

TEST(SchedulerTest, MaximumIntervalCapsEveryButton)
{
    FsrsParameters p = withoutFuzz();
    p.maximumInterval = 30;
    const Scheduler scheduler(p, DayBoundary(QTimeZone(QTimeZone::UTC), 4));
    const CardState card = reviewCard(utc(2026, 1, 1, 12, 0), 200.0, 200);
    for (const CardState &next : scheduler.preview(cardId, card, utc(2026, 7, 20, 12, 0))) {
        if (next.phase == CardPhase::Review) {
            EXPECT_EQ(next.scheduledDays, 30);
        }
    }
}

// Elapsed days are study days in the learner's zone (Anki), not 24-hour periods (py-fsrs).
TEST(SchedulerTest, ElapsedDaysAcrossDaylightSavingChanges)
{
    const Scheduler scheduler(withoutFuzz(), DayBoundary(berlin, 4));
    // 2026-03-29: clocks jump from 02:00 to 03:00. 20:00 → 20:00 the next evening is only 23 hours, still a day.
    CardState card = reviewCard(inBerlin(2026, 3, 28, 20), 10.0, 10);
    EXPECT_EQ(scheduler.elapsedDays(card, inBerlin(2026, 3, 29, 20)), 1);
    // The memory update used t = 1 (the long-term formula), not the same-day one.
    const CardState next = scheduler.review(cardId, card, Rating::Good, inBerlin(2026, 3, 29, 20).toUTC());
    EXPECT_DOUBLE_EQ(next.stability,
                     fsrs::step(fsrs::defaultWeights, fsrs::MemoryState{10.0, 5.0}, Rating::Good, 1).stability);
    // 2026-10-25: clocks go back from 03:00 to 02:00. 03:30 on the 25th is still the study day of the 24th.
    card = reviewCard(inBerlin(2026, 10, 24, 12), 10.0, 10);
    EXPECT_EQ(scheduler.elapsedDays(card, inBerlin(2026, 10, 25, 3, 30)), 0);
    EXPECT_EQ(scheduler.elapsedDays(card, inBerlin(2026, 10, 25, 4, 0)), 1);
    // A review card is due at the start of its study day: 04:00 Berlin time on both sides of the change.
    const CardState autumn = scheduler.review(cardId, card, Rating::Good, inBerlin(2026, 10, 24, 12).toUTC());
    EXPECT_EQ(autumn.due, scheduler.boundary().startOf(QDate(2026, 10, 24).addDays(autumn.scheduledDays)));
    EXPECT_EQ(autumn.due.toTimeZone(berlin).time(), QTime(4, 0));
}

TEST(SchedulerTest, TheRolloverHourDecidesTheStudyDay)
{
    const Scheduler scheduler(withoutFuzz(), DayBoundary(berlin, 4));
    const CardState card = reviewCard(inBerlin(2026, 5, 10, 23), 10.0, 10);
    // 01:30 counts as the day before: a same-day review (short-term stability).
    EXPECT_EQ(scheduler.elapsedDays(card, inBerlin(2026, 5, 11, 1, 30)), 0);
    const CardState early = scheduler.review(cardId, card, Rating::Good, inBerlin(2026, 5, 11, 1, 30).toUTC());
    EXPECT_DOUBLE_EQ(early.stability, fsrs::stabilityShortTerm(fsrs::defaultWeights, 10.0, Rating::Good));
    EXPECT_EQ(scheduler.elapsedDays(card, inBerlin(2026, 5, 11, 3, 59)), 0);
    EXPECT_EQ(scheduler.elapsedDays(card, inBerlin(2026, 5, 11, 4, 0)), 1);
    // Its next interval counts from the 10th: due at 04:00 on the 10th + interval.
    EXPECT_EQ(early.due, inBerlin(2026, 5, 10, 4).addDays(early.scheduledDays).toUTC());
    // A study day in another zone differs for the same instants (New York: both in the evening of the 10th).
    const Scheduler newYork(withoutFuzz(), DayBoundary(QTimeZone("America/New_York"), 4));
    EXPECT_EQ(newYork.elapsedDays(card, inBerlin(2026, 5, 11, 4, 0)), 0);
}

TEST(SchedulerTest, LeapDaysCountAsDays)
{
    const Scheduler scheduler(withoutFuzz(), DayBoundary(berlin, 4));
    const CardState card = reviewCard(inBerlin(2028, 2, 28, 12), 10.0, 10);
    EXPECT_EQ(scheduler.elapsedDays(card, inBerlin(2028, 3, 1, 12)), 2);
    EXPECT_EQ(scheduler.elapsedDays(card, inBerlin(2028, 2, 29, 12)), 1);
    const CardState nonLeap = reviewCard(inBerlin(2027, 2, 28, 12), 10.0, 10);
    EXPECT_EQ(scheduler.elapsedDays(nonLeap, inBerlin(2027, 3, 1, 12)), 1);
    // Three days after the 27th of February 2028 is the 1st of March.
    FsrsParameters p = withoutFuzz();
    p.maximumInterval = 3;
    const Scheduler capped(p, DayBoundary(berlin, 4));
    const CardState next = capped.review(cardId, reviewCard(inBerlin(2028, 2, 20, 12), 50.0, 3), Rating::Good,
                                         inBerlin(2028, 2, 27, 12).toUTC());
    EXPECT_EQ(next.due, inBerlin(2028, 3, 1, 4).toUTC());
}

TEST(SchedulerTest, RetrievabilityFallsWithStudyDays)
{
    const Scheduler scheduler(withoutFuzz(), DayBoundary(berlin, 4));
    const CardState card = reviewCard(inBerlin(2026, 5, 10, 12), 10.0, 10);
    EXPECT_DOUBLE_EQ(scheduler.retrievability(card, inBerlin(2026, 5, 11, 3)), 1.0);
    EXPECT_NEAR(scheduler.retrievability(card, inBerlin(2026, 5, 20, 12)), 0.9, 1e-12);
    EXPECT_LT(scheduler.retrievability(card, inBerlin(2026, 6, 20, 12)), 0.9);
}

// V14 — Anki rslib/src/scheduler/states/fuzz.rs:146-209 `with_review_fuzz` (fuzz factor 0 / 0.5 / 0.99 gives the
// lower / middle / upper interval) and `minimum_review_fuzz_interval`.
TEST(SchedulerTest, V14AnkiFuzz)
{
    struct Case {
        double interval;
        int minimum, maximum, lower, middle, upper;
    };
    for (const Case &c :
         {Case{1.0, 1, 1000, 1, 1, 1}, Case{2.49, 1, 1000, 2, 2, 2}, Case{2.5, 1, 1000, 2, 3, 4},
          Case{7.0, 1, 1000, 5, 7, 9}, Case{17.0, 1, 1000, 14, 17, 20}, Case{37.0, 1, 1000, 33, 37, 41},
          Case{2.0, 2, 1000, 2, 2, 2}, Case{2.0, 3, 1000, 3, 4, 4}, Case{2.0, 3, 3, 3, 3, 3},
          Case{6.9, 3, 1000, 5, 7, 9}, Case{7.1, 3, 1000, 5, 7, 9}, Case{19.9, 3, 1000, 17, 20, 23},
          Case{20.0, 3, 1000, 17, 20, 23}, Case{20.1, 3, 1000, 17, 20, 23}, Case{100, 101, 1000, 101, 105, 108},
          Case{100, 1, 99, 92, 96, 99}, Case{100, 97, 103, 97, 100, 103}}) {
        EXPECT_EQ(Scheduler::fuzzedInterval(0.0, c.interval, c.minimum, c.maximum), c.lower) << c.interval;
        EXPECT_EQ(Scheduler::fuzzedInterval(0.5, c.interval, c.minimum, c.maximum), c.middle) << c.interval;
        EXPECT_EQ(Scheduler::fuzzedInterval(0.99, c.interval, c.minimum, c.maximum), c.upper) << c.interval;
    }
    // Without fuzz: rounded and clamped.
    EXPECT_EQ(Scheduler::fuzzedInterval(std::nullopt, 1.5, 1, 100), 2);
    EXPECT_EQ(Scheduler::fuzzedInterval(std::nullopt, 0.1, 1, 100), 1);
    EXPECT_EQ(Scheduler::fuzzedInterval(std::nullopt, 101.0, 1, 100), 100);
    // Impossible bounds do not crash (invalid_values_will_not_panic).
    EXPECT_EQ(Scheduler::fuzzBounds(1.0, 3, 2), std::make_pair(2, 2));
    EXPECT_EQ(Scheduler::minimumFuzzInterval(2.7269483, 4, 36500), 4);
    EXPECT_EQ(Scheduler::minimumFuzzInterval(2.7269483, 5, 36500), 0);
    EXPECT_EQ(Scheduler::minimumFuzzInterval(4.591988, 4, 36500), 5);
}

TEST(SchedulerTest, FuzzIsDeterministicPerCardAndReviewCount)
{
    EXPECT_EQ(Scheduler::fuzzFraction(cardId, 3), Scheduler::fuzzFraction(cardId, 3));
    EXPECT_NE(Scheduler::fuzzFraction(cardId, 3), Scheduler::fuzzFraction(cardId, 4));
    QSet<double> fractions;
    for (int i = 0; i < 1000; ++i) {
        const double f = Scheduler::fuzzFraction(u"card-%1"_s.arg(i), 7);
        EXPECT_GE(f, 0.0);
        EXPECT_LT(f, 1.0);
        fractions.insert(f);
    }
    EXPECT_EQ(fractions.size(), 1000);
    // Fixed values: the hash must never change, or two devices (or an upgrade) would replay the same log into
    // different due dates.
    EXPECT_DOUBLE_EQ(Scheduler::fuzzFraction(u"c-p1-walrus-1"_s, 0), 0.48249532293713182);
    EXPECT_DOUBLE_EQ(Scheduler::fuzzFraction(QString(), 12), 0.62306291206618036);

    // Through the scheduler: same card and count → same due; other cards spread over the fuzz range.
    const Scheduler scheduler(FsrsParameters(), DayBoundary(berlin, 4));
    const CardState card = reviewCard(inBerlin(2026, 1, 1, 12), 100.0, 100);
    const QDateTime at = inBerlin(2026, 4, 11, 12).toUTC();
    EXPECT_EQ(scheduler.review(cardId, card, Rating::Good, at), scheduler.review(cardId, card, Rating::Good, at));
    QSet<int> intervals;
    for (int i = 0; i < 200; ++i)
        intervals.insert(scheduler.review(u"card-%1"_s.arg(i), card, Rating::Good, at).scheduledDays);
    EXPECT_GE(intervals.size(), 5);
}

TEST(SchedulerTest, FuzzedIntervalsStayInAnkisBounds)
{
    const Scheduler fuzzed(FsrsParameters(), DayBoundary(berlin, 4));
    const Scheduler plain(withoutFuzz(), DayBoundary(berlin, 4));
    std::mt19937 random(20260510);
    std::uniform_real_distribution<double> stability(0.5, 3000.0);
    std::uniform_int_distribution<int> gap(1, 400);
    for (int i = 0; i < 500; ++i) {
        const QString id = u"card-%1"_s.arg(i);
        const double s = stability(random);
        const QDateTime last = inBerlin(2026, 1, 1, 12);
        const CardState card = reviewCard(last, s, std::max(1, static_cast<int>(s)));
        const QDateTime at = last.addDays(gap(random)).toUTC();
        const auto withFuzz = fuzzed.preview(id, card, at);
        const double f = Scheduler::fuzzFraction(id, card.reps);
        int previousButton = 0;
        for (std::size_t b = 1; b < 4; ++b) {
            const double raw = fsrs::interval(withFuzz[b].stability, 0.9, fsrs::defaultWeights[20]);
            const int minimum =
                std::max(previousButton + 1, Scheduler::minimumFuzzInterval(raw, card.scheduledDays, 36500));
            const auto [lower, upper] = Scheduler::fuzzBounds(raw, minimum, 36500);
            EXPECT_GE(withFuzz[b].scheduledDays, lower) << "raw " << raw;
            EXPECT_LE(withFuzz[b].scheduledDays, upper) << "raw " << raw;
            EXPECT_EQ(withFuzz[b].scheduledDays, Scheduler::fuzzedInterval(f, raw, minimum, 36500));
            EXPECT_GT(withFuzz[b].scheduledDays, previousButton);
            previousButton = withFuzz[b].scheduledDays;
        }
        // Fuzz changes only intervals, never the memory state.
        const auto withoutFuzzStates = plain.preview(id, card, at);
        for (std::size_t b = 0; b < 4; ++b)
            EXPECT_EQ(withFuzz[b].stability, withoutFuzzStates[b].stability);
    }
}

TEST(SchedulerTest, DefaultParametersAreValidAndRoundTripThroughJson)
{
    const FsrsParameters defaults;
    EXPECT_TRUE(defaults.problems().isEmpty()) << defaults.problems().join(u'\n').toStdString();
    FsrsParameters custom;
    custom.desiredRetention = 0.85;
    custom.maximumInterval = 3650;
    custom.learningSteps = {30, 300, 3600};
    custom.relearningSteps = {};
    custom.fuzz = false;
    custom.weights[0] = 0.3;
    QString error;
    const std::optional<FsrsParameters> back = FsrsParameters::fromJson(custom.toJson(), &error);
    ASSERT_TRUE(back) << error.toStdString();
    EXPECT_EQ(*back, custom);
    EXPECT_EQ(FsrsParameters::fromJson(QJsonObject(), &error), defaults); // absent keys keep the defaults
}

TEST(SchedulerTest, OlderWeightSetsAreConvertedWhenRead)
{
    QJsonArray fsrs5;
    for (double w : {0.40255, 1.18385, 3.173, 15.69105, 7.1949, 0.5345, 1.4604, 0.0046, 1.54575, 0.1192, 1.01925,
                     1.9395, 0.11, 0.29605, 2.2698, 0.2315, 2.9898, 0.51655, 0.6621})
        fsrs5.append(w);
    const std::optional<FsrsParameters> read = FsrsParameters::fromJson(QJsonObject{{u"weights"_s, fsrs5}});
    ASSERT_TRUE(read);
    EXPECT_EQ(read->weights, test::fsrs5Weights());
    EXPECT_EQ(read->weights[19], 0.0);
    EXPECT_EQ(read->weights[20], 0.5);
    QString error;
    EXPECT_FALSE(FsrsParameters::weightsFromList({1.0, 2.0, 3.0}, &error));
    EXPECT_EQ(error, u"FSRS needs 17, 19 or 21 weights; got 3."_s);
}

/// The problems of the default parameters changed by `change`, joined.
template<typename Change>
QString problemsWith(Change change)
{
    FsrsParameters p;
    change(p);
    return p.problems().join(u'\n');
}

TEST(SchedulerTest, ImpossibleParametersAreRefusedWithAClearReason)
{
    EXPECT_EQ(problemsWith([](FsrsParameters &p) { p.weights[4] = 0.5; }),
              u"Weight w4 = 0.5 is outside its range 1 … 10."_s);
    EXPECT_EQ(problemsWith([](FsrsParameters &p) { p.weights[20] = 0.9; }),
              u"Weight w20 = 0.9 is outside its range 0.1 … 0.8."_s);
    EXPECT_TRUE(problemsWith([](FsrsParameters &p) { p.weights[9] = std::nan(""); }).startsWith(u"Weight w9 = nan"_s));
    EXPECT_EQ(problemsWith([](FsrsParameters &p) { p.desiredRetention = 0.0; }),
              u"Desired retention 0 is impossible: it must be between 0 and 1 (both excluded)."_s);
    EXPECT_EQ(problemsWith([](FsrsParameters &p) { p.desiredRetention = 1.2; }),
              u"Desired retention 1.2 is impossible: it must be between 0 and 1 (both excluded)."_s);
    EXPECT_FALSE(problemsWith([](FsrsParameters &p) { p.desiredRetention = 1.0; }).isEmpty());
    EXPECT_EQ(problemsWith([](FsrsParameters &p) { p.learningSteps = {600, 60}; }),
              u"Learning step 2 (60 s) must be longer than step 1 (600 s): steps must increase."_s);
    EXPECT_EQ(problemsWith([](FsrsParameters &p) { p.relearningSteps = {600, 600}; }),
              u"Relearning step 2 (600 s) must be longer than step 1 (600 s): steps must increase."_s);
    EXPECT_EQ(problemsWith([](FsrsParameters &p) { p.learningSteps = {0, 60}; }),
              u"Learning step 1 is 0 s; a step must be longer than zero."_s);
    EXPECT_EQ(problemsWith([](FsrsParameters &p) { p.maximumInterval = 0; }),
              u"Maximum interval 0 days is outside 1 … 36500 days."_s);
    // With several relearning steps the w17/w18 ceiling of fsrs-rs's parameter_clipper.rs applies (0.4903 for three
    // steps with the default w11, w13, w14), while one step allows up to 2.
    EXPECT_TRUE(problemsWith([](FsrsParameters &p) { p.weights[17] = 1.5; }).isEmpty());
    EXPECT_EQ(problemsWith([](FsrsParameters &p) {
                  p.weights[17] = 1.5;
                  p.relearningSteps = {60, 600, 3600};
              }),
              u"Weight w17 = 1.5 is outside its range 0 … 0.49027301."_s);

    QString error;
    QJsonObject json = FsrsParameters().toJson();
    json[u"desiredRetention"_s] = 1.2;
    EXPECT_FALSE(FsrsParameters::fromJson(json, &error));
    EXPECT_TRUE(error.contains(u"Desired retention 1.2"_s)) << error.toStdString();
    json = FsrsParameters().toJson();
    json[u"learningStepsSeconds"_s] = u"1m 10m"_s;
    EXPECT_FALSE(FsrsParameters::fromJson(json, &error));
    EXPECT_EQ(error, u"\"learningStepsSeconds\" must be a list of whole seconds."_s);
}

TEST(SchedulerTest, ImpossibleParametersStillScheduleWithoutNaN)
{
    FsrsParameters p;
    p.weights.fill(std::nan(""));
    p.desiredRetention = 7;
    p.maximumInterval = -3;
    const Scheduler scheduler(p, DayBoundary(berlin, 4));
    CardState card;
    QDateTime at = inBerlin(2026, 5, 10, 12).toUTC();
    for (Rating rating : {Rating::Good, Rating::Good, Rating::Again, Rating::Easy}) {
        card = scheduler.review(cardId, card, rating, at);
        EXPECT_FALSE(std::isnan(card.stability));
        EXPECT_FALSE(std::isnan(card.difficulty));
        EXPECT_GE(card.scheduledDays, 0);
        EXPECT_LE(card.scheduledDays, 1);
        at = card.due.addSecs(3600);
    }
}

} // namespace
} // namespace pmg
