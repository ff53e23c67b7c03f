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

double factor(double w20)
{
    return std::pow(0.9, 1.0 / -w20) - 1.0;
}

double retrievability(double elapsedDays, double stability, double w20)
{
    return std::pow(1.0 + factor(w20) * elapsedDays / stability, -w20);
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
    const double hardPenalty = rating == Rating::Hard ? w[15] : 1.0;
    const double easyBonus = rating == Rating::Easy ? w[16] : 1.0;
    return stability
           * (1.0
              + std::exp(w[8]) * (11.0 - difficulty) * std::pow(stability, -w[9]) * (std::exp((1.0 - r) * w[10]) - 1.0)
                    * hardPenalty * easyBonus);
}

double stabilityAfterLapse(const Weights &w, double stability, double difficulty, double r)
{
    const double longTerm =
        w[11] * std::pow(difficulty, -w[12]) * (std::pow(stability + 1.0, w[13]) - 1.0) * std::exp((1.0 - r) * w[14]);
    // A lapse never leaves the card more stable than a same-day Again would (FSRS-5's w17·w18 cap).
    const double shortTermCap = stability / std::exp(w[17] * w[18]);
    return std::min(longTerm, shortTermCap);
}

double stabilityShortTerm(const Weights &w, double stability, Rating rating)
{
    double increase = std::exp(w[17] * (grade(rating) - 3.0 + w[18])) * std::pow(stability, -w[19]);
    // A passing same-day answer never lowers stability. Hard is included, as in fsrs-rs >= 6.0.0 (PR #376, commit
    // 8b74039f) and ts-fsrs 5 (PR #266); py-fsrs 6.3.1 clamps only Good and Easy (its Hard gives 2.74701 instead of 5.0
    // in fsrs-rs's model.rs test_next_stability).
    if (rating != Rating::Again)
        increase = std::max(increase, 1.0);
    return stability * increase;
}

MemoryState step(const Weights &w, const std::optional<MemoryState> &previous, Rating rating, qint64 elapsedDays)
{
    // fsrs-rs treats a state with zero stability as "not reviewed yet", like no state at all.
    if (!previous || previous->stability <= 0)
        return {initialStability(w, rating), clampDifficulty(initialDifficulty(w, rating))};

    const double lastS = clampStability(previous->stability);
    const double lastD = clampDifficulty(previous->difficulty);
    const double t = static_cast<double>(std::max<qint64>(elapsedDays, 0));
    const double r = retrievability(t, lastS, w[20]);
    double newS = rating == Rating::Again ? stabilityAfterLapse(w, lastS, lastD, r)
                                          : stabilityAfterRecall(w, lastS, lastD, r, rating);
    // Same day (no study-day boundary crossed): the short-term formula replaces both of the above.
    if (t == 0)
        newS = stabilityShortTerm(w, lastS, rating);
    return {clampStability(newS), nextDifficulty(w, lastD, rating)};
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
