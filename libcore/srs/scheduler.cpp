// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scheduler.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>

namespace pmg {

namespace {

constexpr int secondsPerDay = 24 * 60 * 60;

/// Anki's fuzz ranges (states/fuzz.rs FUZZ_RANGES; py-fsrs FUZZ_RANGES): days in [start, end) add factor each.
struct FuzzRange {
    double start;
    double end;
    double factor;
};
constexpr std::array<FuzzRange, 3> fuzzRanges = {{{2.5, 7.0, 0.15}, {7.0, 20.0, 0.1}, {20.0, HUGE_VAL, 0.05}}};

double fuzzDelta(double interval)
{
    if (interval < 2.5)
        return 0.0;
    double delta = 1.0;
    for (const FuzzRange &range : fuzzRanges)
        delta += range.factor * std::max(std::min(interval, range.end) - range.start, 0.0);
    return delta;
}

/// Rust's `x.round() as u32` with the bounds applied: half away from zero, NaN to `low`, saturating.
int roundedDays(double days, int low, int high)
{
    if (std::isnan(days))
        return low;
    return static_cast<int>(std::clamp(std::round(days), static_cast<double>(low), static_cast<double>(high)));
}

/// Anki states/steps.rs: Hard on the first step waits halfway to the second step, or with a single step 50 % longer
/// (at most a day more); delays over a day are rounded to whole days.
int hardDelaySeconds(const QList<int> &steps, int stepIndex)
{
    if (stepIndex > 0)
        return steps.at(stepIndex);
    const qint64 first = steps.at(0);
    const qint64 delay = steps.size() > 1 ? (first + steps.at(1)) / 2 : std::min(first * 3 / 2, first + secondsPerDay);
    if (delay <= secondsPerDay)
        return static_cast<int>(delay);
    return static_cast<int>(std::llround(static_cast<double>(delay) / secondsPerDay) * secondsPerDay);
}

std::uint64_t splitMix64(std::uint64_t x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

} // namespace

/// What one answer depends on besides the card's state.
struct Scheduler::Context {
    QDateTime at;   ///< UTC
    QDate today;    ///< the study day of `at`
    qint64 elapsed; ///< whole study days since the last review
    std::optional<double> fuzz;
    std::array<fsrs::MemoryState, 4> memory; ///< after Again … Easy
};

Scheduler::Scheduler(FsrsParameters parameters, DayBoundary boundary)
    : m_parameters(std::move(parameters))
    , m_model(m_parameters.clippedWeights())
    , m_retention(std::isnan(m_parameters.desiredRetention) ? 0.9
                                                            : std::clamp(m_parameters.desiredRetention, 1e-6, 1 - 1e-6))
    , m_intervalPerStability(fsrs::interval(1.0, m_retention, m_model.weights()[20]))
    , m_maximumInterval(std::clamp(m_parameters.maximumInterval, 1, FsrsParameters::maximumIntervalLimit))
    , m_days(std::move(boundary))
{}

qint64 Scheduler::elapsedDays(const CardState &state, const QDateTime &atUtc) const
{
    if (state.phase == CardPhase::New || !state.lastReview.isValid())
        return 0;
    return std::max<qint64>(m_days.daysBetween(state.lastReview, atUtc), 0);
}

double Scheduler::retrievability(const CardState &state, const QDateTime &atUtc) const
{
    if (state.phase == CardPhase::New || state.stability <= 0)
        return 0.0;
    return fsrs::retrievability(static_cast<double>(elapsedDays(state, atUtc)), state.stability, m_model.weights()[20]);
}

Scheduler::Context Scheduler::context(const QString &cardId, const CardState &state, const QDateTime &atUtc,
                                      bool withLapse) const
{
    // toUTC() costs as much as a study-day lookup even when there is nothing to convert.
    Context c{atUtc.timeSpec() == Qt::UTC ? atUtc : atUtc.toUTC(), m_days.studyDay(atUtc), 0, std::nullopt, {}};
    std::optional<fsrs::MemoryState> memory;
    if (state.phase != CardPhase::New) {
        memory = fsrs::MemoryState{state.stability, state.difficulty};
        if (state.lastReview.isValid())
            c.elapsed = std::max<qint64>(m_days.studyDay(state.lastReview).daysTo(c.today), 0);
    }
    c.memory = m_model.nextStates(memory, c.elapsed, withLapse);
    if (m_parameters.fuzz)
        c.fuzz = fuzzFraction(cardId, state.reps);
    return c;
}

CardState Scheduler::review(const QString &cardId, const CardState &state, Rating rating, const QDateTime &atUtc) const
{
    return answer(context(cardId, state, atUtc, rating == Rating::Again), state, rating);
}

std::array<CardState, 4> Scheduler::preview(const QString &cardId, const CardState &state, const QDateTime &atUtc) const
{
    const Context c = context(cardId, state, atUtc, true);
    return {answer(c, state, Rating::Again), answer(c, state, Rating::Hard), answer(c, state, Rating::Good),
            answer(c, state, Rating::Easy)};
}

CardState Scheduler::answer(const Context &c, const CardState &state, Rating rating) const
{
    CardState next = state;
    next.reps = state.reps + 1;
    next.lastReview = c.at;
    const fsrs::MemoryState &updated = c.memory[static_cast<std::size_t>(ratingValue(rating) - 1)];
    next.stability = updated.stability;
    next.difficulty = updated.difficulty;

    switch (state.phase) {
    case CardPhase::New:
        next.step = 0;
        answerSteps(c, m_parameters.learningSteps, CardPhase::Learning, rating, next);
        break;
    case CardPhase::Learning:
        answerSteps(c, m_parameters.learningSteps, CardPhase::Learning, rating, next);
        break;
    case CardPhase::Relearning:
        answerSteps(c, m_parameters.relearningSteps, CardPhase::Relearning, rating, next);
        break;
    case CardPhase::Review:
        if (rating != Rating::Again) {
            scheduleReview(c, passingReviewDays(c, state, rating), next);
            break;
        }
        ++next.lapses;
        if (m_parameters.relearningSteps.isEmpty()) {
            scheduleReview(c, graduationDays(c, next.stability), next);
        } else {
            next.phase = CardPhase::Relearning;
            next.step = 0;
            scheduleDelay(c, m_parameters.relearningSteps.at(0), next);
        }
        break;
    }
    return next;
}

/// py-fsrs `review_card` for the Learning and Relearning states (ts-fsrs's basic scheduler agrees).
void Scheduler::answerSteps(const Context &c, const QList<int> &steps, CardPhase phase, Rating rating,
                            CardState &next) const
{
    const int count = static_cast<int>(steps.size());
    next.step = std::max(next.step, 0); // a damaged cached state must not index before the first step
    // No steps, or a card left on a step that no longer exists (the steps were shortened): a pass graduates.
    const bool graduate = count == 0 || (next.step >= count && rating != Rating::Again) || rating == Rating::Easy
                          || (rating == Rating::Good && next.step + 1 >= count);
    if (graduate) {
        scheduleReview(c, graduationDays(c, next.stability), next);
        return;
    }
    next.phase = phase;
    switch (rating) {
    case Rating::Again:
        next.step = 0;
        scheduleDelay(c, steps.at(0), next);
        break;
    case Rating::Hard:
        scheduleDelay(c, hardDelaySeconds(steps, next.step), next);
        break;
    case Rating::Good:
        ++next.step;
        scheduleDelay(c, steps.at(next.step), next);
        break;
    case Rating::Easy:
        break; // graduated above
    }
}

/// Anki states/review.rs `passing_fsrs_review_intervals`: Hard, Good and Easy each at least a day longer than the
/// button before, each fuzzed; computing Good therefore needs Hard's interval, and Easy both.
int Scheduler::passingReviewDays(const Context &c, const CardState &state, Rating rating) const
{
    const int maximum = m_maximumInterval;
    int previousButton = 0;
    for (Rating button : {Rating::Hard, Rating::Good, Rating::Easy}) {
        const double interval = intervalFor(c.memory[static_cast<std::size_t>(ratingValue(button) - 1)].stability);
        int minimum = previousButton + 1;
        if (c.fuzz)
            minimum = std::max(minimum, minimumFuzzInterval(interval, state.scheduledDays, maximum));
        const int days = fuzzedInterval(c.fuzz, interval, minimum, maximum);
        if (button == rating)
            return days;
        previousButton = days;
    }
    return previousButton; // not reached: rating is Hard, Good or Easy
}

int Scheduler::graduationDays(const Context &c, double stability) const
{
    return fuzzedInterval(c.fuzz, intervalFor(stability), 1, m_maximumInterval);
}

double Scheduler::intervalFor(double stability) const
{
    return stability * m_intervalPerStability;
}

void Scheduler::scheduleDelay(const Context &c, int seconds, CardState &next) const
{
    if (seconds < secondsPerDay) {
        next.due = c.at.addSecs(seconds);
        next.scheduledDays = 0;
        return;
    }
    // A step of a day or more is kept in whole study days, like Anki's interday learning, so that it falls due at
    // the start of a day rather than at the hour of the last answer.
    const int days = static_cast<int>(std::lround(static_cast<double>(seconds) / secondsPerDay));
    next.due = m_days.startOf(c.today.addDays(days));
    next.scheduledDays = days;
}

void Scheduler::scheduleReview(const Context &c, int days, CardState &next) const
{
    next.phase = CardPhase::Review;
    next.step = 0;
    next.scheduledDays = days;
    next.due = m_days.startOf(c.today.addDays(days));
}

double Scheduler::fuzzFraction(const QString &cardId, int reps)
{
    // FNV-1a (64 bit) over the id's UTF-16 code units and the review count, then splitmix64's finaliser so that
    // neighbouring counts give unrelated fractions; the top 53 bits make the double.
    std::uint64_t hash = 0xcbf29ce484222325ULL;
    constexpr std::uint64_t prime = 0x100000001b3ULL;
    for (QChar ch : cardId) {
        hash ^= ch.unicode();
        hash *= prime;
    }
    hash ^= static_cast<std::uint32_t>(reps);
    hash *= prime;
    return static_cast<double>(splitMix64(hash) >> 11) * 0x1.0p-53;
}

std::pair<int, int> Scheduler::fuzzBounds(double interval, int minimum, int maximum)
{
    // Anki works in u32: nothing below 0, and the minimum never above the maximum.
    maximum = std::max(maximum, 0);
    minimum = std::clamp(minimum, 0, maximum);
    interval = std::clamp(interval, static_cast<double>(minimum), static_cast<double>(maximum));
    const double delta = fuzzDelta(interval);
    const int lower = roundedDays(interval - delta, minimum, maximum);
    int upper = roundedDays(interval + delta, minimum, maximum);
    // A range of one value is widened by a day when the bounds allow it, so fuzz still spreads the cards.
    if (upper == lower && upper > 2 && upper < maximum)
        upper = lower + 1;
    return {lower, upper};
}

int Scheduler::fuzzedInterval(std::optional<double> fraction, double interval, int minimum, int maximum)
{
    maximum = std::max(maximum, 1);
    minimum = std::clamp(minimum, 1, maximum);
    if (!fraction)
        return roundedDays(interval, minimum, maximum);
    const auto [lower, upper] = fuzzBounds(interval, minimum, maximum);
    return static_cast<int>(std::floor(lower + *fraction * (1 + upper - lower)));
}

int Scheduler::minimumFuzzInterval(double interval, int previousInterval, int maximum)
{
    const int rounded = roundedDays(interval, 0, std::numeric_limits<int>::max());
    const int upper = fuzzBounds(interval, 1, maximum).second;
    if (rounded > previousInterval)
        return previousInterval + 1;
    // The interval has not grown much: fuzz must not make it shorter than last time.
    if (previousInterval <= upper)
        return previousInterval;
    return 0; // it shrank (other parameters or retention): no floor
}

} // namespace pmg
