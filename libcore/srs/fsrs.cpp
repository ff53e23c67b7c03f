// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fsrs.h"

#include <algorithm>
#include <cmath>

namespace pmg::fsrs {

namespace {

double grade(Rating rating)
{
    return static_cast<double>(ratingValue(rating));
}

double clampStability(double stability)
{
    return std::clamp(stability, stabilityMin, stabilityMax);
}

double clampDifficulty(double difficulty)
{
    return std::clamp(difficulty, difficultyMin, difficultyMax);
}

} // namespace

namespace {

// The formulas with the terms that depend on the weights alone passed in, so that Model can compute those once.

double retrievabilityWith(double elapsedDays, double stability, double factor, double w20)
{
    return std::pow(1.0 + factor * elapsedDays / stability, -w20);
}

/// The part of stabilityAfterRecall that does not depend on the rating; expW8 = e^w8.
double recallGrowth(const Weights &w, double expW8, double stability, double difficulty, double r)
{
    return expW8 * (11.0 - difficulty) * std::pow(stability, -w[9]) * (std::exp((1.0 - r) * w[10]) - 1.0);
}

double recall(const Weights &w, double stability, double growth, Rating rating)
{
    const double hardPenalty = rating == Rating::Hard ? w[15] : 1.0;
    const double easyBonus = rating == Rating::Easy ? w[16] : 1.0;
    return stability * (1.0 + growth * hardPenalty * easyBonus);
}

/// lapseCap = e^(w17·w18).
double lapse(const Weights &w, double lapseCap, double stability, double difficulty, double r)
{
    const double longTerm =
        w[11] * std::pow(difficulty, -w[12]) * (std::pow(stability + 1.0, w[13]) - 1.0) * std::exp((1.0 - r) * w[14]);
    // A lapse never leaves the card more stable than a same-day Again would (FSRS-5's w17·w18 cap).
    return std::min(longTerm, stability / lapseCap);
}

/// The part of stabilityShortTerm that does not depend on the rating.
double shortTermDecay(const Weights &w, double stability)
{
    return std::pow(stability, -w[19]);
}

double shortTerm(const Weights &w, double stability, double decay, Rating rating)
{
    double increase = std::exp(w[17] * (grade(rating) - 3.0 + w[18])) * decay;
    // A passing same-day answer never lowers stability. Hard is included, as in fsrs-rs >= 6.0.0 (PR #376, commit
    // 8b74039f) and ts-fsrs 5 (PR #266); py-fsrs 6.3.1 clamps only Good and Easy (its Hard gives 2.74701 instead of 5.0
    // in fsrs-rs's model.rs test_next_stability).
    if (rating != Rating::Again)
        increase = std::max(increase, 1.0);
    return stability * increase;
}

/// reversionTarget = D0(Easy), unclamped.
double difficultyAfter(const Weights &w, double difficulty, double reversionTarget, Rating rating)
{
    const double damped = dampedDifficulty(w, difficulty, rating);
    return clampDifficulty(w[7] * reversionTarget + (1.0 - w[7]) * damped);
}

} // namespace

double factor(double w20)
{
    return std::pow(0.9, 1.0 / -w20) - 1.0;
}

double retrievability(double elapsedDays, double stability, double w20)
{
    return retrievabilityWith(elapsedDays, stability, factor(w20), w20);
}

double interval(double stability, double desiredRetention, double w20)
{
    return stability / factor(w20) * (std::pow(desiredRetention, 1.0 / -w20) - 1.0);
}

double initialStability(const Weights &w, Rating rating)
{
    return clampStability(w[static_cast<std::size_t>(ratingValue(rating) - 1)]);
}

double initialDifficulty(const Weights &w, Rating rating)
{
    return w[4] - std::exp(w[5] * (grade(rating) - 1.0)) + 1.0;
}

double dampedDifficulty(const Weights &w, double difficulty, Rating rating)
{
    const double delta = -w[6] * (grade(rating) - 3.0);
    return difficulty + delta * (10.0 - difficulty) / 9.0;
}

double meanReversion(const Weights &w, double difficulty)
{
    return w[7] * initialDifficulty(w, Rating::Easy) + (1.0 - w[7]) * difficulty;
}

double nextDifficulty(const Weights &w, double difficulty, Rating rating)
{
    return clampDifficulty(meanReversion(w, dampedDifficulty(w, difficulty, rating)));
}

double stabilityAfterRecall(const Weights &w, double stability, double difficulty, double r, Rating rating)
{
    return recall(w, stability, recallGrowth(w, std::exp(w[8]), stability, difficulty, r), rating);
}

double stabilityAfterLapse(const Weights &w, double stability, double difficulty, double r)
{
    return lapse(w, std::exp(w[17] * w[18]), stability, difficulty, r);
}

double stabilityShortTerm(const Weights &w, double stability, Rating rating)
{
    return shortTerm(w, stability, shortTermDecay(w, stability), rating);
}

Model::Model(const Weights &w)
    : m_w(w)
    , m_factor(factor(w[20]))
    , m_expW8(std::exp(w[8]))
    , m_lapseCap(std::exp(w[17] * w[18]))
    , m_reversionTarget(initialDifficulty(w, Rating::Easy))
{}

std::array<MemoryState, 4> Model::nextStates(const std::optional<MemoryState> &previous, qint64 elapsedDays,
                                             bool withLapse) const
{
    constexpr std::array<Rating, 4> ratings = {Rating::Again, Rating::Hard, Rating::Good, Rating::Easy};
    std::array<MemoryState, 4> next;
    // fsrs-rs treats a state with zero stability as "not reviewed yet", like no state at all.
    if (!previous || previous->stability <= 0) {
        for (std::size_t i = 0; i < 4; ++i)
            next[i] = {initialStability(m_w, ratings[i]), clampDifficulty(initialDifficulty(m_w, ratings[i]))};
        return next;
    }
    // fsrs-rs model.rs `step`: clamp the previous state; S after a lapse (Again) or a recall; on the same day (no
    // study-day boundary crossed) the short-term formula replaces both; D with damping and mean reversion; S clamped.
    const double lastS = clampStability(previous->stability);
    const double lastD = clampDifficulty(previous->difficulty);
    const double t = static_cast<double>(std::max<qint64>(elapsedDays, 0));
    std::array<double, 4> s{};
    if (t == 0) {
        const double decay = shortTermDecay(m_w, lastS);
        for (std::size_t i = 0; i < 4; ++i)
            s[i] = shortTerm(m_w, lastS, decay, ratings[i]);
    } else {
        const double r = retrievabilityWith(t, lastS, m_factor, m_w[20]);
        const double growth = recallGrowth(m_w, m_expW8, lastS, lastD, r);
        s[0] = withLapse ? lapse(m_w, m_lapseCap, lastS, lastD, r) : lastS;
        for (std::size_t i = 1; i < 4; ++i)
            s[i] = recall(m_w, lastS, growth, ratings[i]);
    }
    for (std::size_t i = 0; i < 4; ++i)
        next[i] = {clampStability(s[i]), difficultyAfter(m_w, lastD, m_reversionTarget, ratings[i])};
    return next;
}

MemoryState step(const Weights &w, const std::optional<MemoryState> &previous, Rating rating, qint64 elapsedDays)
{
    return Model(w).nextStates(previous, elapsedDays)[static_cast<std::size_t>(ratingValue(rating) - 1)];
}

std::array<MemoryState, 4> nextStates(const Weights &w, const std::optional<MemoryState> &previous, qint64 elapsedDays)
{
    return Model(w).nextStates(previous, elapsedDays);
}

MemoryState memoryStateFromSm2(const Weights &w, double easeFactor, double intervalDays, double sm2Retention)
{
    const double decay = -w[20];
    const double stability =
        std::max(intervalDays, stabilityMin) * factor(w[20]) / (std::pow(sm2Retention, 1.0 / decay) - 1.0);
    // Solve stabilityAfterRecall(Good) = S·easeFactor for the difficulty.
    const double growth = std::exp(w[8]) * std::pow(stability, -w[9]) * (std::exp((1.0 - sm2Retention) * w[10]) - 1.0);
    const double difficulty = 11.0 - (easeFactor - 1.0) / growth;
    return {clampStability(stability), clampDifficulty(difficulty)};
}

} // namespace pmg::fsrs
