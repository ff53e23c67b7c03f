// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rating.h"

#include <QtGlobal>

#include <array>
#include <optional>

/// The FSRS-6 memory model as pure functions in double precision, written from fsrs-rs src/model.rs and
/// src/inference.rs (crate 6.6.1, commit 0cbb9d3c) and checked against the published vectors of fsrs-rs, py-fsrs and
/// ts-fsrs (tests/core/fsrs_test.cpp). No state, no clock: elapsed days and weights are arguments.
namespace pmg::fsrs {

/// w0 … w20. w0–w3 initial stability per rating, w4–w7 difficulty, w8–w10 recall, w11–w14 lapse, w15 Hard penalty,
/// w16 Easy bonus, w17–w19 same-day reviews, w20 the trainable decay of the forgetting curve.
using Weights = std::array<double, 21>;

/// FSRS-6 defaults, identical in fsrs-rs src/inference.rs:21-43, py-fsrs fsrs/scheduler.py:30-52 and ts-fsrs
/// packages/fsrs/src/constant.ts (fsrs-rs PR #337, commit 037345fd).
inline constexpr Weights defaultWeights = {0.212,  1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194,
                                           0.001,  1.8722, 0.1666, 0.796,  1.4835, 0.0614, 0.2629,
                                           1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542};

inline constexpr double stabilityMin = 0.001; // fsrs-rs S_MIN
inline constexpr double stabilityMax = 36500.0;
inline constexpr double difficultyMin = 1.0;
inline constexpr double difficultyMax = 10.0;

/// A card's memory: stability S in days (the interval at which recall probability is 90 %) and difficulty D in [1, 10].
struct MemoryState {
    double stability = 0;
    double difficulty = 0;
    bool operator==(const MemoryState &) const = default;
};

/// FACTOR of the forgetting curve for decay w20: 0.9^(1/−w20) − 1, so that R(S, S) = 0.9.
double factor(double w20);
/// Probability of recall after `elapsedDays` at stability `stability`: (1 + FACTOR·t/S)^(−w20).
double retrievability(double elapsedDays, double stability, double w20);
/// The (unrounded) number of days after which retrievability falls to `desiredRetention`.
double interval(double stability, double desiredRetention, double w20);

/// S0(G) = w[G−1], clamped to [stabilityMin, stabilityMax].
double initialStability(const Weights &w, Rating rating);
/// D0(G) = w4 − e^(w5·(G−1)) + 1, unclamped (D0(Easy) is the mean-reversion target and may be below 1).
double initialDifficulty(const Weights &w, Rating rating);
/// D + ΔD·(10 − D)/9 with ΔD = −w6·(G − 3): the difficulty change with linear damping, before mean reversion.
double dampedDifficulty(const Weights &w, double difficulty, Rating rating);
/// w7·D0(Easy) + (1 − w7)·D: mean reversion towards the initial difficulty of an Easy first answer.
double meanReversion(const Weights &w, double difficulty);
/// The full difficulty update: damping, then mean reversion, clamped to [1, 10].
double nextDifficulty(const Weights &w, double difficulty, Rating rating);

/// Stability after a successful recall (Hard, Good or Easy) at retrievability `r`.
double stabilityAfterRecall(const Weights &w, double stability, double difficulty, double r, Rating rating);
/// Stability after a lapse (Again) at retrievability `r`; never above S / e^(w17·w18).
double stabilityAfterLapse(const Weights &w, double stability, double difficulty, double r);
/// Stability after a review on the same day as the previous one (no day boundary crossed).
double stabilityShortTerm(const Weights &w, double stability, Rating rating);

/// One review of the memory model, in exactly fsrs-rs's order (model.rs `step`): from `previous` (nothing for a
/// card's first review) with the rating and the whole days elapsed since the previous review.
MemoryState step(const Weights &w, const std::optional<MemoryState> &previous, Rating rating, qint64 elapsedDays);
/// step() for all four ratings at once (Again … Easy; fsrs-rs `next_states`).
std::array<MemoryState, 4> nextStates(const Weights &w, const std::optional<MemoryState> &previous, qint64 elapsedDays);

/// The weights with what depends on them alone (FACTOR, e^w8, e^(w17·w18), D0(Easy)) computed once, for replaying
/// millions of reviews. step() and nextStates() are this; the results are bit for bit those of the formulas above.
class Model final
{
public:
    explicit Model(const Weights &w);

    const Weights &weights() const { return m_w; }
    /// The memory after Again, Hard, Good and Easy (sharing the retrievability and the terms the ratings have in
    /// common). Without `withLapse`, Again's stability is not computed (left as the previous one): a caller that
    /// knows the answer was a pass saves three of the six exponentials.
    std::array<MemoryState, 4> nextStates(const std::optional<MemoryState> &previous, qint64 elapsedDays,
                                          bool withLapse = true) const;

private:
    Weights m_w;
    double m_factor;
    double m_expW8;
    double m_lapseCap;
    double m_reversionTarget;
};

/// The memory state of a card scheduled by SM-2 with `easeFactor` and `intervalDays`, assuming that card was due at
/// retrievability `sm2Retention` (fsrs-rs `memory_state_from_sm2`, for importing another app's history).
MemoryState memoryStateFromSm2(const Weights &w, double easeFactor, double intervalDays, double sm2Retention);

} // namespace pmg::fsrs
