// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The FSRS-6 memory model against the published vectors of fsrs-rs, py-fsrs and ts-fsrs (V1–V11 and the memory part
// of V13 in the project's SRS research note, §2.4; commits in srstesting.h), matched to 1e-4 in double precision.
#include "srs/fsrs.h"
#include "srs/fsrsparameters.h"
#include "srstesting.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <random>
#include <utility>
#include <vector>

namespace pmg {
namespace {

using fsrs::MemoryState;
using test::vectorTolerance;

constexpr std::array<Rating, 4> allRatings = {Rating::Again, Rating::Hard, Rating::Good, Rating::Easy};

/// fsrs-rs `memory_state`: the reviews (rating, days since the previous one) folded through `step` from no state.
MemoryState memoryState(const fsrs::Weights &w, const std::vector<std::pair<Rating, int>> &reviews)
{
    std::optional<MemoryState> state;
    for (const auto &[rating, days] : reviews)
        state = fsrs::step(w, state, rating, days);
    return *state;
}

const std::vector<std::pair<Rating, int>> v1Reviews = {{Rating::Again, 0}, {Rating::Good, 0}, {Rating::Good, 1},
                                                       {Rating::Good, 3},  {Rating::Good, 8}, {Rating::Good, 21}};

/// The FSRS-5 test set of fsrs-rs inference.rs (19 weights).
fsrs::Weights v2Weights()
{
    return *FsrsParameters::weightsFromList({0.6845422, 1.6790825, 4.7349424, 10.042885, 7.4410233, 0.64219797,
                                             1.071918, 0.0025195254, 1.432437, 0.1544, 0.8692766, 2.0696752, 0.0953,
                                             0.2975, 2.4691248, 0.19542035, 3.201072, 0.18046261, 0.121442534});
}

// V1 — fsrs-rs src/inference.rs:801-850 test_memory_state (also py-fsrs tests/test_basic.py:65-87 test_memo_state,
// ts-fsrs __tests__/FSRS-6.test.ts:65-127).
TEST(FsrsTest, V1MemoryStateWithDefaults)
{
    const MemoryState state = memoryState(fsrs::defaultWeights, v1Reviews);
    EXPECT_NEAR(state.stability, 53.62691, vectorTolerance);
    EXPECT_NEAR(state.difficulty, 6.3574867, vectorTolerance);

    // Without the same-day terms (w17 = w18 = w19 = 0; for this sequence the same as ts-fsrs's long-term scheduler,
    // whose only same-day review is a Good that leaves S unchanged either way).
    fsrs::Weights longTerm = fsrs::defaultWeights;
    longTerm[17] = longTerm[18] = longTerm[19] = 0.0;
    const MemoryState noShortTerm = memoryState(longTerm, v1Reviews);
    EXPECT_NEAR(noShortTerm.stability, 53.335106, vectorTolerance);
    EXPECT_NEAR(noShortTerm.difficulty, 6.3574867, vectorTolerance);
}

// V1 per-step trace, computed from py-fsrs HEAD by the research note (not asserted upstream).
TEST(FsrsTest, V1StepByStepTrace)
{
    const std::vector<std::pair<double, double>> expected = {{0.212000, 6.413300},  {0.246689, 6.402115},
                                                             {2.021477, 6.390941},  {7.863699, 6.379779},
                                                             {21.917713, 6.368627}, {53.626903, 6.357487}};
    std::optional<MemoryState> state;
    for (std::size_t i = 0; i < v1Reviews.size(); ++i) {
        state = fsrs::step(fsrs::defaultWeights, state, v1Reviews[i].first, v1Reviews[i].second);
        EXPECT_NEAR(state->stability, expected[i].first, vectorTolerance) << "review " << i + 1;
        EXPECT_NEAR(state->difficulty, expected[i].second, vectorTolerance) << "review " << i + 1;
    }
}

// V2 — fsrs-rs inference.rs:747-799 test_memo_state (19 FSRS-5 weights: w19 = 0 and decay 0.5 after filling).
TEST(FsrsTest, V2MemoryStateWithFsrs5Weights)
{
    const fsrs::Weights w = v2Weights();
    const MemoryState state = memoryState(
        w, {{Rating::Again, 0}, {Rating::Good, 1}, {Rating::Good, 3}, {Rating::Good, 8}, {Rating::Good, 21}});
    EXPECT_NEAR(state.stability, 31.722992, vectorTolerance);
    EXPECT_NEAR(state.difficulty, 7.382128, vectorTolerance);

    const MemoryState good = fsrs::step(w, MemoryState{20.925528, 7.005062}, Rating::Good, 21);
    EXPECT_NEAR(good.stability, 40.87456, vectorTolerance);
    EXPECT_NEAR(good.difficulty, 6.9913807, vectorTolerance);
}

// V3 — fsrs-rs inference.rs:1261-1319 test_next_states: all four answers 21 days after the V2 history's fourth review.
TEST(FsrsTest, V3NextStates)
{
    const fsrs::Weights w = v2Weights();
    const MemoryState before =
        memoryState(w, {{Rating::Again, 0}, {Rating::Good, 1}, {Rating::Good, 3}, {Rating::Good, 8}});
    const std::array<std::pair<double, double>, 4> expected = {
        {{2.9691455, 8.000659}, {17.091452, 7.6913934}, {31.722992, 7.382128}, {71.7502, 7.0728626}}};
    for (std::size_t i = 0; i < allRatings.size(); ++i) {
        const MemoryState next = fsrs::step(w, before, allRatings[i], 21);
        EXPECT_NEAR(next.stability, expected[i].first, vectorTolerance) << "rating " << i + 1;
        EXPECT_NEAR(next.difficulty, expected[i].second, vectorTolerance) << "rating " << i + 1;
        // At desired retention 0.9 the interval is the stability itself.
        EXPECT_NEAR(fsrs::interval(next.stability, 0.9, w[20]), expected[i].first, vectorTolerance);
    }
    EXPECT_NEAR(fsrs::interval(121.01552, 0.9, w[20]), 121.01551, vectorTolerance);
}

// V4 — fsrs-rs inference.rs:852-860 test_next_interval: S = 1, desired retention 0.1 … 1.0, `round().max(1)`.
TEST(FsrsTest, V4NextInterval)
{
    // fsrs-rs computes in f32 and asserts 3116766 for retention 0.1; the same formula in double gives 3116769 (a
    // relative difference of 1e-6, f32's precision at that magnitude). Every other entry is identical.
    const std::array<qint64, 10> expected = {3116769, 34793, 2508, 387, 90, 27, 9, 3, 1, 1};
    for (int i = 0; i < 10; ++i) {
        const double retention = (i + 1) / 10.0;
        const double days = std::max(std::round(fsrs::interval(1.0, retention, fsrs::defaultWeights[20])), 1.0);
        EXPECT_EQ(static_cast<qint64>(days), expected[static_cast<std::size_t>(i)]) << "retention " << retention;
    }
    EXPECT_NEAR(3116769.0 / 3116766.0, 1.0, 1e-6);
}

// V5 — fsrs-rs src/model.rs:594-603 test_power_forgetting_curve.
TEST(FsrsTest, V5ForgettingCurve)
{
    const std::array<std::pair<double, double>, 6> points = {{{0, 1}, {1, 2}, {2, 3}, {3, 4}, {4, 4}, {5, 2}}};
    const std::array<double, 6> expected = {1.0, 0.9403443, 0.9253786, 0.9185229, 0.9, 0.8261359};
    for (std::size_t i = 0; i < points.size(); ++i) {
        EXPECT_NEAR(fsrs::retrievability(points[i].first, points[i].second, fsrs::defaultWeights[20]), expected[i],
                    vectorTolerance);
    }
    // FACTOR for the default decay, and 19/81 for FSRS-4.5/5's fixed decay 0.5 (research note §2.3 item 1).
    EXPECT_NEAR(fsrs::factor(fsrs::defaultWeights[20]), 0.9803464944134797, 1e-12);
    EXPECT_NEAR(fsrs::factor(0.5), 19.0 / 81.0, 1e-12);
}

// V6 — fsrs-rs model.rs:630-664 init tests; the clamped difficulties are asserted in ts-fsrs FSRS-6.test.ts:131-160.
TEST(FsrsTest, V6InitialStabilityAndDifficulty)
{
    const std::array<double, 4> stability = {0.212, 1.2931, 2.3065, 8.2956};
    const std::array<double, 4> difficulty = {6.4133, 5.11217071, 2.11810397, -4.7716307};
    const std::array<double, 4> clamped = {6.4133, 5.11217071, 2.11810397, 1.0};
    for (std::size_t i = 0; i < allRatings.size(); ++i) {
        EXPECT_NEAR(fsrs::initialStability(fsrs::defaultWeights, allRatings[i]), stability[i], vectorTolerance);
        EXPECT_NEAR(fsrs::initialDifficulty(fsrs::defaultWeights, allRatings[i]), difficulty[i], vectorTolerance);
        const MemoryState first = fsrs::step(fsrs::defaultWeights, std::nullopt, allRatings[i], 0);
        EXPECT_NEAR(first.stability, stability[i], vectorTolerance);
        EXPECT_NEAR(first.difficulty, clamped[i], vectorTolerance);
    }
    // ts-fsrs FSRS-6.test.ts:177-193: the Easy card's retrievability at its due date.
    EXPECT_NEAR(fsrs::retrievability(8, 8.2956, fsrs::defaultWeights[20]), 0.9024733, vectorTolerance);
}

// V7 — fsrs-rs model.rs:742-749 test_next_difficulty (D = 5).
TEST(FsrsTest, V7NextDifficulty)
{
    const std::array<double, 4> damped = {8.354889, 6.6774445, 5.0, 3.3225555};
    const std::array<double, 4> reverted = {8.341763, 6.6659956, 4.990228, 3.3144615};
    for (std::size_t i = 0; i < allRatings.size(); ++i) {
        const double d = fsrs::dampedDifficulty(fsrs::defaultWeights, 5.0, allRatings[i]);
        EXPECT_NEAR(d, damped[i], vectorTolerance);
        EXPECT_NEAR(fsrs::meanReversion(fsrs::defaultWeights, d), reverted[i], vectorTolerance);
        EXPECT_NEAR(fsrs::nextDifficulty(fsrs::defaultWeights, 5.0, allRatings[i]), reverted[i], vectorTolerance);
    }
}

// V8 — fsrs-rs model.rs:751-778 test_next_stability (S = 5; the difficulty equals the rating value there).
TEST(FsrsTest, V8NextStability)
{
    const fsrs::Weights &w = fsrs::defaultWeights;
    const std::array<double, 4> r = {0.9, 0.8, 0.7, 0.6};
    const std::array<double, 4> recall = {25.602541, 28.226582, 58.656002, 127.226685};
    const std::array<double, 4> lapse = {1.0525396, 1.1894329, 1.3680838, 1.584989};
    const std::array<double, 4> shortTerm = {1.596818, 5.0, 5.0, 8.12961};
    for (std::size_t i = 0; i < allRatings.size(); ++i) {
        const double d = static_cast<double>(i + 1);
        EXPECT_NEAR(fsrs::stabilityAfterRecall(w, 5.0, d, r[i], allRatings[i]), recall[i], vectorTolerance);
        EXPECT_NEAR(fsrs::stabilityAfterLapse(w, 5.0, d, r[i]), lapse[i], vectorTolerance);
        EXPECT_NEAR(fsrs::stabilityShortTerm(w, 5.0, allRatings[i]), shortTerm[i], vectorTolerance);
    }
}

// V9 — fsrs-rs inference.rs:1426-1435 current_retrievability(S = 1, t, decay 0.2).
TEST(FsrsTest, V9RetrievabilityWithOtherDecay)
{
    const std::array<double, 4> expected = {1.0, 0.9, 0.84028935, 0.7985001};
    for (int t = 0; t < 4; ++t)
        EXPECT_NEAR(fsrs::retrievability(t, 1.0, 0.2), expected[static_cast<std::size_t>(t)], vectorTolerance);
}

// V10 — fsrs-rs inference.rs:1438-1469 memory_state_from_sm2 (defaults).
TEST(FsrsTest, V10MemoryStateFromSm2)
{
    struct Case {
        double ease, interval, retention, stability, difficulty;
    };
    for (const Case &c : {Case{2.5, 10, 0.9, 10.0, 6.9140563}, Case{2.5, 10, 0.8, 3.01572, 9.393428},
                          Case{2.5, 10, 0.95, 24.841097, 1.2974405}, Case{1.3, 20, 0.9, 20.0, 10.0}}) {
        const MemoryState state = fsrs::memoryStateFromSm2(fsrs::defaultWeights, c.ease, c.interval, c.retention);
        EXPECT_NEAR(state.stability, c.stability, vectorTolerance) << c.ease << " " << c.interval << " " << c.retention;
        EXPECT_NEAR(state.difficulty, c.difficulty, vectorTolerance)
            << c.ease << " " << c.interval << " " << c.retention;
    }
    // A Good answer on the due day multiplies the stability by the SM-2 ease.
    const MemoryState imported = fsrs::memoryStateFromSm2(fsrs::defaultWeights, 2.0, 15, 0.9);
    EXPECT_NEAR(fsrs::step(fsrs::defaultWeights, imported, Rating::Good, 15).stability / 15.0, 2.0, 0.01);
}

// V11 — fsrs-rs model.rs:578-592 test_convert_parameters (FSRS-4.5's 17 weights to FSRS-6's 21).
TEST(FsrsTest, V11ConvertParameters)
{
    const std::optional<fsrs::Weights> converted = FsrsParameters::weightsFromList(
        {0.4, 0.6, 2.4, 5.8, 4.93, 0.94, 0.86, 0.01, 1.49, 0.14, 0.94, 2.18, 0.05, 0.34, 1.26, 0.29, 2.61});
    ASSERT_TRUE(converted);
    const fsrs::Weights expected = {0.4,  0.6,  2.4,  5.8,  6.81, 0.44675013, 1.36, 0.01, 1.49, 0.14, 0.94,
                                    2.18, 0.05, 0.34, 1.26, 0.29, 2.61,       0.0,  0.0,  0.0,  0.5};
    for (std::size_t i = 0; i < expected.size(); ++i)
        EXPECT_NEAR((*converted)[i], expected[i], vectorTolerance) << "w" << i;
}

// V13 (memory part) — ts-fsrs __tests__/FSRS-5.test.ts: the V1 sequence with FSRS-5 defaults.
TEST(FsrsTest, V13MemoryStateWithFsrs5Defaults)
{
    const fsrs::Weights w = test::fsrs5Weights();
    const MemoryState state = memoryState(w, v1Reviews);
    EXPECT_NEAR(state.stability, 48.26549438, vectorTolerance);
    EXPECT_NEAR(state.difficulty, 7.10441712, vectorTolerance);
    fsrs::Weights longTerm = w;
    longTerm[17] = longTerm[18] = 0.0;
    EXPECT_NEAR(memoryState(longTerm, v1Reviews).stability, 48.065163, vectorTolerance);
}

// The scheduler's fast path (fsrs::Model, shared terms computed once) must be the formulas above, bit for bit.
TEST(FsrsTest, ModelIsTheFormulasBitForBit)
{
    const fsrs::Weights &w = fsrs::defaultWeights;
    const fsrs::Model model(w);
    std::mt19937 random(17);
    // Log-uniform, so that small stabilities with long gaps (where the lapse cap binds) come up as often as large.
    std::uniform_real_distribution<double> logStability(std::log(0.01), std::log(5000.0));
    std::uniform_real_distribution<double> difficulty(1.0, 10.0);
    std::uniform_int_distribution<int> days(0, 400);
    for (int i = 0; i < 2000; ++i) {
        const MemoryState before{std::exp(logStability(random)), difficulty(random)};
        const qint64 t = i % 4 == 0 ? 0 : days(random);
        const auto all = model.nextStates(before, t);
        const auto passing = model.nextStates(before, t, false);
        const double r = fsrs::retrievability(static_cast<double>(t), before.stability, w[20]);
        for (std::size_t g = 0; g < 4; ++g) {
            const Rating rating = allRatings[g];
            double s = rating == Rating::Again
                           ? fsrs::stabilityAfterLapse(w, before.stability, before.difficulty, r)
                           : fsrs::stabilityAfterRecall(w, before.stability, before.difficulty, r, rating);
            if (t == 0)
                s = fsrs::stabilityShortTerm(w, before.stability, rating);
            EXPECT_EQ(all[g].stability, std::clamp(s, fsrs::stabilityMin, fsrs::stabilityMax));
            EXPECT_EQ(all[g].difficulty, fsrs::nextDifficulty(w, before.difficulty, rating));
            EXPECT_EQ(all[g], fsrs::step(w, before, rating, t));
            if (rating != Rating::Again || t == 0) {
                EXPECT_EQ(passing[g], all[g]);
            }
        }
    }
}

TEST(FsrsTest, StabilityAndDifficultyStayInRangeForExtremeInputs)
{
    for (Rating rating : allRatings) {
        for (double s : {0.0001, 0.001, 1.0, 1000.0, 36500.0, 1e9}) {
            for (double d : {-5.0, 1.0, 5.5, 10.0, 40.0}) {
                for (qint64 t : {qint64{-3}, qint64{0}, qint64{1}, qint64{365}, qint64{100000}}) {
                    const MemoryState next = fsrs::step(fsrs::defaultWeights, MemoryState{s, d}, rating, t);
                    EXPECT_GE(next.stability, fsrs::stabilityMin);
                    EXPECT_LE(next.stability, fsrs::stabilityMax);
                    EXPECT_GE(next.difficulty, 1.0);
                    EXPECT_LE(next.difficulty, 10.0);
                }
            }
        }
    }
}

} // namespace
} // namespace pmg
