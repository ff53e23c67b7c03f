// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A card's state is a pure function of its review history: random histories (seeded, fuzz on, a zone with DST)
// replayed whole, in parts and all together give exactly the state built review by review.
#include "srs/replay.h"
#include "srs/scheduler.h"
#include "srstesting.h"

#include <gtest/gtest.h>

#include <random>

using namespace Qt::StringLiterals;

namespace pmg {
namespace {

const QTimeZone berlin("Europe/Berlin");

Scheduler fuzzedScheduler()
{
    return Scheduler(FsrsParameters(), DayBoundary(berlin, 4));
}

/// The next answer time: sometimes exactly at the due time, sometimes early or late, within the day or days later.
QDateTime nextAnswerTime(std::mt19937 &random, const CardState &state, const QDateTime &now)
{
    const int kind = std::uniform_int_distribution<int>(0, 5)(random);
    switch (kind) {
    case 0:
        return state.due.isValid() ? state.due : now.addSecs(60);
    case 1: // within minutes or hours
        return now.addSecs(std::uniform_int_distribution<int>(1, 6 * 3600)(random));
    case 2: // early, late or on time relative to the due date
        return (state.due.isValid() ? state.due : now)
            .addSecs(std::uniform_int_distribution<int>(-2 * 86400, 30 * 86400)(random));
    default: // days to months later, at any time of day
        return now.addSecs(std::uniform_int_distribution<qint64>(3600, 200LL * 86400)(random));
    }
}

struct History {
    QString cardId;
    std::vector<ReviewEntry> entries;
    std::vector<CardState> states; ///< after each entry, applied one by one
};

History randomHistory(const Scheduler &scheduler, std::mt19937 &random, int index)
{
    History h;
    h.cardId = u"c-random-%1"_s.arg(index);
    const int count = std::uniform_int_distribution<int>(1, 40)(random);
    std::discrete_distribution<int> rating({15, 10, 60, 15}); // mostly Good, as real reviews are
    CardState state;
    QDateTime at = QDateTime(QDate(2025, 1, 1), QTime(0, 0), berlin)
                       .addSecs(std::uniform_int_distribution<int>(0, 365 * 86400)(random));
    for (int i = 0; i < count; ++i) {
        const Rating r = static_cast<Rating>(rating(random) + 1);
        // The log is in time order, one answer per instant (two answers to one card in the same millisecond would have
        // no defined order once the log is sorted).
        at = std::max(at.addSecs(1), nextAnswerTime(random, state, at));
        h.entries.push_back(ReviewEntry::record(h.cardId, at, berlin.offsetFromUtc(at), r, 4000, u"device-a"_s));
        state = scheduler.review(h.cardId, state, r, h.entries.back().reviewedAt);
        h.states.push_back(state);
    }
    return h;
}

std::vector<History> randomHistories(const Scheduler &scheduler, int count, unsigned seed)
{
    std::mt19937 random(seed);
    std::vector<History> histories;
    for (int i = 0; i < count; ++i)
        histories.push_back(randomHistory(scheduler, random, i));
    return histories;
}

TEST(ReplayTest, ReplayingAHistoryGivesTheStateBuiltReviewByReview)
{
    const Scheduler scheduler = fuzzedScheduler();
    for (const History &h : randomHistories(scheduler, 300, 10)) {
        EXPECT_EQ(replay(scheduler, h.cardId, h.entries), h.states.back()) << h.cardId.toStdString();
        // Every prefix too: the cache may be rebuilt at any point of a card's life.
        for (std::size_t n = 1; n <= h.entries.size(); ++n) {
            ASSERT_EQ(replay(scheduler, h.cardId, std::span(h.entries).first(n)), h.states[n - 1])
                << h.cardId.toStdString() << " after " << n << " reviews";
        }
    }
}

TEST(ReplayTest, ContinuingFromAReplayedPrefixGivesTheSameState)
{
    const Scheduler scheduler = fuzzedScheduler();
    std::mt19937 random(11);
    for (const History &h : randomHistories(scheduler, 300, 12)) {
        const std::size_t cut = std::uniform_int_distribution<std::size_t>(0, h.entries.size())(random);
        CardState state = replay(scheduler, h.cardId, std::span(h.entries).first(cut));
        for (std::size_t i = cut; i < h.entries.size(); ++i)
            state = scheduler.review(h.cardId, state, h.entries[i].rating, h.entries[i].reviewedAt);
        EXPECT_EQ(state, replay(scheduler, h.cardId, h.entries)) << h.cardId.toStdString() << " cut at " << cut;
    }
}

TEST(ReplayTest, RandomHistoriesKeepTheStateInRange)
{
    const Scheduler scheduler = fuzzedScheduler();
    int reviews = 0;
    for (const History &h : randomHistories(scheduler, 300, 13)) {
        for (std::size_t i = 0; i < h.states.size(); ++i) {
            const CardState &s = h.states[i];
            ++reviews;
            ASSERT_NE(s.phase, CardPhase::New);
            ASSERT_GE(s.stability, fsrs::stabilityMin);
            ASSERT_LE(s.stability, fsrs::stabilityMax);
            ASSERT_GE(s.difficulty, 1.0);
            ASSERT_LE(s.difficulty, 10.0);
            ASSERT_GT(s.due, s.lastReview);
            ASSERT_LE(s.scheduledDays, scheduler.parameters().maximumInterval);
            ASSERT_EQ(s.reps, static_cast<int>(i + 1));
            ASSERT_EQ(s.lastReview, h.entries[i].reviewedAt);
            if (s.phase == CardPhase::Review) {
                ASSERT_GE(s.scheduledDays, 1);
            }
        }
    }
    EXPECT_GT(reviews, 3000);
}

TEST(ReplayTest, ReplayAllGivesEveryCardItsOwnState)
{
    const Scheduler scheduler = fuzzedScheduler();
    const std::vector<History> histories = randomHistories(scheduler, 200, 14);
    std::vector<ReviewEntry> log;
    for (const History &h : histories)
        log.insert(log.end(), h.entries.begin(), h.entries.end());
    // A log as it comes from merged devices: shuffled, then sorted.
    std::shuffle(log.begin(), log.end(), std::mt19937(15));
    sortForReplay(log);
    for (std::size_t i = 1; i < log.size(); ++i) {
        ASSERT_TRUE(log[i - 1].cardId < log[i].cardId
                    || (log[i - 1].cardId == log[i].cardId && log[i - 1].reviewedAt <= log[i].reviewedAt));
    }
    const std::vector<ReplayedCard> cards = replayAll(scheduler, log);
    ASSERT_EQ(cards.size(), histories.size());
    QHash<QString, CardState> expected;
    for (const History &h : histories)
        expected.insert(h.cardId, h.states.back());
    for (const ReplayedCard &card : cards)
        EXPECT_EQ(card.state, expected.value(card.cardId)) << card.cardId.toStdString();
}

TEST(ReplayTest, OtherCardsEntriesAndAnEmptyHistoryAreHarmless)
{
    const Scheduler scheduler = fuzzedScheduler();
    std::mt19937 random(16);
    const History a = randomHistory(scheduler, random, 1);
    const History b = randomHistory(scheduler, random, 2);
    std::vector<ReviewEntry> mixed = a.entries;
    mixed.insert(mixed.begin() + static_cast<std::ptrdiff_t>(mixed.size() / 2), b.entries.begin(), b.entries.end());
    EXPECT_EQ(replay(scheduler, a.cardId, mixed), a.states.back());
    EXPECT_EQ(replay(scheduler, a.cardId, {}), CardState());
    EXPECT_TRUE(replayAll(scheduler, {}).empty());
}

TEST(ReplayTest, RecordedEntriesAreInUtcWithTheDurationCapped)
{
    const QDateTime local(QDate(2026, 7, 1), QTime(9, 30, 15, 250), berlin);
    const ReviewEntry e = ReviewEntry::record(u"c-1"_s, local, 7200, Rating::Hard, 95'000, u"laptop"_s);
    EXPECT_EQ(e.reviewedAt.timeSpec(), Qt::UTC);
    EXPECT_EQ(e.reviewedAt, local);
    EXPECT_EQ(e.reviewedAt.time(), QTime(7, 30, 15, 250));
    EXPECT_EQ(e.durationMs, 60'000);
    EXPECT_FALSE(ReviewEntry::record(u"c-1"_s, QDateTime(), 0, Rating::Good, 1, u"laptop"_s).reviewedAt.isValid());
    EXPECT_EQ(ReviewEntry::cappedDuration(-5), 0);
    EXPECT_EQ(ReviewEntry::cappedDuration(1234), 1234);
    EXPECT_EQ(ratingFromInt(0), std::nullopt);
    EXPECT_EQ(ratingFromInt(5), std::nullopt);
    EXPECT_EQ(ratingFromInt(2), Rating::Hard);
    for (CardPhase phase : {CardPhase::New, CardPhase::Learning, CardPhase::Review, CardPhase::Relearning})
        EXPECT_EQ(cardPhaseFromString(cardPhaseName(phase)), phase);
    EXPECT_EQ(cardPhaseFromString(u"suspended"), std::nullopt);
}

} // namespace
} // namespace pmg
