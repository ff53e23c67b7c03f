// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cardstate.h"
#include "fsrsparameters.h"
#include "rating.h"
#include "studydays.h"

#include <array>
#include <optional>
#include <utility>

namespace pmg {

/// FSRS-6 scheduling of one card at a time: state + rating + instant → next state. Pure and const: no clock, no
/// randomness (fuzz is a hash of card id and review count), so replaying a card's log always gives the same state.
///
/// What comes from where:
/// - the memory model: fsrs-rs (fsrs.h);
/// - the state machine with learning and relearning steps: py-fsrs `review_card` and ts-fsrs's basic scheduler (they
///   agree), with Anki's delay for Hard on the first step (states/steps.rs);
/// - elapsed days: whole study days between day boundaries (DayBoundary: rollover hour in the learner's zone, looked
///   up through StudyDays), as Anki counts them, not py-fsrs's 24-hour periods;
/// - review intervals: rounded half away from zero; in the review phase each passing button at least a day longer
///   than the one before (hard ≥ 1, good ≥ hard + 1, easy ≥ good + 1), as Anki's states/review.rs; capped by the
///   maximum interval;
/// - fuzz: Anki's ranges and pick (states/fuzz.rs), applied to every interval that puts a card in the review phase
///   (py-fsrs and ts-fsrs do it there too), never below the previous interval when the new one has grown
///   (Anki's minimum_review_fuzz_interval).
class Scheduler final
{
public:
    /// `parameters` should pass FsrsParameters::problems(); weights out of range are clipped as fsrs-rs does, an
    /// impossible retention is pulled inside (0, 1) and the maximum interval into 1 … 36500, so that no input gives
    /// NaN. Construction reads the zone's offsets up to 2200 (about 1 ms): keep one Scheduler while the settings last.
    Scheduler(FsrsParameters parameters, DayBoundary boundary);

    const FsrsParameters &parameters() const { return m_parameters; }
    const DayBoundary &boundary() const { return m_days.boundary(); }

    /// The state after answering `rating` at `atUtc`. `cardId` only seeds the fuzz.
    CardState review(const QString &cardId, const CardState &state, Rating rating, const QDateTime &atUtc) const;
    /// The four states review() would give, indexed Again … Easy (for the buttons' interval labels).
    std::array<CardState, 4> preview(const QString &cardId, const CardState &state, const QDateTime &atUtc) const;
    /// Probability of recalling the card at `atUtc` (whole study days since its last review); 0 for a new card.
    double retrievability(const CardState &state, const QDateTime &atUtc) const;
    /// Whole study days from the card's last review to `atUtc` (0 for a new card; never negative).
    qint64 elapsedDays(const CardState &state, const QDateTime &atUtc) const;

    /// The fuzz fraction in [0, 1) for the answer that makes `reps` (reviews before it) into reps + 1: a fixed 64-bit
    /// hash, the same on every device and Qt version (qHash is neither).
    static double fuzzFraction(const QString &cardId, int reps);

    /// Anki's fuzz (states/fuzz.rs): the bounds of the fuzz range of `interval` inside [minimum, maximum] …
    static std::pair<int, int> fuzzBounds(double interval, int minimum, int maximum);
    /// … the interval picked from them by `fraction` (or, without a fraction, `interval` rounded and clamped) …
    static int fuzzedInterval(std::optional<double> fraction, double interval, int minimum, int maximum);
    /// … and the lowest interval fuzz may give a passing review whose previous interval was `previousInterval`.
    static int minimumFuzzInterval(double interval, int previousInterval, int maximum);

private:
    struct Context;
    /// Without `withLapse` the memory after Again is not computed (see fsrs::Model::nextStates).
    Context context(const QString &cardId, const CardState &state, const QDateTime &atUtc, bool withLapse) const;
    CardState answer(const Context &context, const CardState &state, Rating rating) const;
    void answerSteps(const Context &context, const QList<int> &steps, CardPhase phase, Rating rating,
                     CardState &next) const;
    int passingReviewDays(const Context &context, const CardState &state, Rating rating) const;
    void scheduleDelay(const Context &context, int seconds, CardState &next) const;
    void scheduleReview(const Context &context, int days, CardState &next) const;
    int graduationDays(const Context &context, double stability) const;
    double intervalFor(double stability) const;

    FsrsParameters m_parameters;
    fsrs::Model m_model;           ///< the clipped weights
    double m_retention;            ///< inside (0, 1)
    double m_intervalPerStability; ///< the interval is proportional to the stability
    int m_maximumInterval;         ///< inside 1 … 36500
    StudyDays m_days;
};

} // namespace pmg
