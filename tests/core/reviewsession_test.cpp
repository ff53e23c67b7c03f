// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A review session over a real profile on a FixedClock: Anki's order, a card answered Again coming back in the same
// session, exact undo, suspend and bury, answer times, scopes, a read-only profile, and the next due time.
#include "srs/reviewsession.h"
#include "support/reviewfixture.h"

using namespace Qt::StringLiterals;

namespace pmg {
namespace {

class ReviewSessionTest : public test::ReviewFixture
{
protected:
    void SetUp() override
    {
        writeReviewCurriculum();
        openGarden();
    }

    ReviewSession session(ReviewService::Scope scope = {})
    {
        return ReviewSession(reviews(), garden->clock(), std::move(scope));
    }

    static QString currentId(const ReviewSession &s) { return s.current() ? s.current()->id : QString(); }
};

TEST_F(ReviewSessionTest, ShowsNewCardsInOrderAndBringsAnAgainCardBackInTheSameSession)
{
    ReviewSession s = session();
    ASSERT_TRUE(s.advance());
    EXPECT_EQ(currentId(s), u"c-gen");
    EXPECT_EQ(s.remaining().fresh, 5);
    EXPECT_EQ(s.remaining().learning, 0);

    StoreError error;
    ASSERT_TRUE(s.answer(Rating::Again, &error)) << error.message().toStdString();
    EXPECT_EQ(currentId(s), u"c-dict") << "the step of one minute waits while other cards are there";
    EXPECT_EQ(s.remaining().learning, 1);
    EXPECT_EQ(s.remaining().fresh, 4);
    for (const char *id : {"c-dict", "c-list", "c-tuple", "c-loop"}) {
        ASSERT_EQ(currentId(s), QString::fromLatin1(id));
        gardenClock->advance(5);
        ASSERT_TRUE(s.answer(Rating::Easy, &error)) << error.message().toStdString();
    }
    // Only the learning step is left: due within the learn-ahead window, it is shown rather than waited for.
    EXPECT_EQ(currentId(s), u"c-gen");
    EXPECT_EQ(s.remaining().total(), 1);
    // (The log keeps one answer per card, instant and rating: a fixed clock has to move between two.)
    gardenClock->advance(1);
    ASSERT_TRUE(s.answer(Rating::Good, &error)) << error.message().toStdString();
    EXPECT_EQ(currentId(s), u"c-gen") << "the 10-minute step is within the window too";
    gardenClock->advance(1);
    ASSERT_TRUE(s.answer(Rating::Good, &error)) << error.message().toStdString();
    EXPECT_TRUE(s.isFinished()) << "graduated to a day, it is due at the start of tomorrow, not now";
    EXPECT_EQ(s.summary().answered, 7);
    EXPECT_EQ(s.summary().byRating, (std::array<int, 4>{1, 0, 2, 4}));
    EXPECT_EQ(s.summary().durationMs, 4 * 5000 + 2 * 1000);
}

TEST_F(ReviewSessionTest, UndoRemovesTheLogEntryAndRestoresTheExactStateAndCard)
{
    ReviewSession s = session();
    ASSERT_TRUE(s.advance());
    ASSERT_TRUE(s.answer(Rating::Good, nullptr));
    const std::optional<CardInfo> before = reviews().card(u"c-dict"_s);
    ASSERT_TRUE(before);
    gardenClock->advance(12);
    StoreError error;
    ASSERT_TRUE(s.answer(Rating::Hard, &error)) << error.message().toStdString();
    ASSERT_EQ(reviews().history(u"c-dict"_s).size(), 1);
    EXPECT_NE(reviews().card(u"c-dict"_s)->state, before->state);

    ASSERT_FALSE(s.undo()) << "undo works";
    EXPECT_TRUE(reviews().history(u"c-dict"_s).isEmpty()) << "the log row is deleted, not hidden";
    EXPECT_EQ(reviews().card(u"c-dict"_s)->state, before->state);
    EXPECT_EQ(currentId(s), u"c-dict") << "the card taken back is shown again";
    EXPECT_EQ(s.summary().answered, 1);
    EXPECT_EQ(s.summary().durationMs, 0);

    ASSERT_FALSE(s.undo());
    EXPECT_EQ(currentId(s), u"c-gen");
    EXPECT_TRUE(reviews().allReviews().isEmpty());
    EXPECT_FALSE(s.canUndo());
    EXPECT_TRUE(s.undo()) << "nothing left to take back is an error, not a crash";
}

TEST_F(ReviewSessionTest, RecordsTheAnswerTimeFromShownToAnsweredCappedAtAMinute)
{
    ReviewSession s = session();
    ASSERT_TRUE(s.advance());
    gardenClock->advance(75);
    ASSERT_TRUE(s.answer(Rating::Good, nullptr));
    gardenClock->advance(7);
    ASSERT_TRUE(s.answer(Rating::Good, nullptr));
    const QList<ReviewEntry> log = reviews().allReviews();
    ASSERT_EQ(log.size(), 2);
    EXPECT_EQ(log[0].durationMs, 60'000);
    EXPECT_EQ(log[1].durationMs, 7'000);
    EXPECT_EQ(s.summary().durationMs, 67'000);
}

TEST_F(ReviewSessionTest, SuspendedAndBuriedCardsLeaveTheSession)
{
    ReviewSession s = session();
    ASSERT_TRUE(s.advance());
    ASSERT_FALSE(s.suspendCurrent());
    EXPECT_EQ(currentId(s), u"c-dict");
    ASSERT_FALSE(s.buryCurrent());
    EXPECT_EQ(currentId(s), u"c-list");
    EXPECT_EQ(s.remaining().fresh, 3);
    EXPECT_TRUE(reviews().card(u"c-gen"_s)->suspended);

    ReviewSession again = session();
    QStringList seen;
    for (again.advance(); !again.isFinished();) {
        seen.append(currentId(again));
        ASSERT_TRUE(again.answer(Rating::Easy, nullptr));
    }
    EXPECT_EQ(seen, (QStringList{u"c-list"_s, u"c-tuple"_s, u"c-loop"_s}));

    // The next study day the buried card is back; the suspended one is not.
    gardenClock->advance(24 * 3600);
    ReviewSession tomorrow = session();
    ASSERT_TRUE(tomorrow.advance());
    EXPECT_EQ(currentId(tomorrow), u"c-dict");
    EXPECT_EQ(tomorrow.remaining().total(), 1);
}

TEST_F(ReviewSessionTest, DrawsFromAPartASectionOrATag)
{
    // The first card and how many the scope holds.
    const auto draw = [&](ReviewService::Scope scope) {
        ReviewSession s = session(std::move(scope));
        s.advance();
        return currentId(s) + u'/' + QString::number(s.remaining().total());
    };
    EXPECT_EQ(draw({}), u"c-gen/5");
    EXPECT_EQ(draw(ReviewService::Scope::ofPart(2)), u"c-loop/1");
    EXPECT_EQ(draw(ReviewService::Scope::ofSection(u"1.1"_s)), u"c-list/2");
    EXPECT_EQ(draw(ReviewService::Scope::ofSection(u"1"_s)), u"c-gen/4") << "a section takes its subsections";
    EXPECT_EQ(draw(ReviewService::Scope::ofTag(u"sequences"_s)), u"c-list/2");

    ReviewSession loops = session(ReviewService::Scope::ofTag(u"loops"_s));
    ASSERT_TRUE(loops.advance());
    ASSERT_TRUE(loops.answer(Rating::Easy, nullptr));
    EXPECT_TRUE(loops.isFinished());
    EXPECT_EQ(draw({}), u"c-gen/4");
}

TEST_F(ReviewSessionTest, NextDueIsTheSoonestScheduledCardOrTomorrowForNewCardsOverTheLimit)
{
    ASSERT_FALSE(reviews().setOptions({.newPerDay = 2, .reviewsPerDay = 200, .burySiblings = false}));
    ReviewSession s = session();
    for (s.advance(); !s.isFinished();)
        ASSERT_TRUE(s.answer(Rating::Easy, nullptr));
    EXPECT_EQ(s.summary().answered, 2);
    // Three new cards wait for tomorrow's limit: tomorrow's start (04:00 in Berlin) comes before any review.
    const QDateTime tomorrow = garden->clock().boundary().startOf(garden->clock().today().addDays(1));
    EXPECT_EQ(s.nextDue(), tomorrow);

    ASSERT_FALSE(reviews().setOptions({.newPerDay = 20, .reviewsPerDay = 200, .burySiblings = false}));
    for (s.advance(); !s.isFinished();)
        ASSERT_TRUE(s.answer(Rating::Easy, nullptr));
    QDateTime soonest;
    for (const CardInfo &card : reviews().cards()) {
        if (!soonest.isValid() || card.state.due < soonest)
            soonest = card.state.due;
    }
    ASSERT_GT(soonest, tomorrow);
    EXPECT_EQ(s.nextDue(), soonest);

    for (const CardInfo &card : reviews().cards())
        ASSERT_FALSE(reviews().setSuspended(card.id, true));
    EXPECT_EQ(s.nextDue(), std::nullopt) << "every card suspended: nothing comes up again";
}

TEST_F(ReviewSessionTest, AFailedAnswerChangesNothingAndSaysWhy)
{
    garden.reset();
    auto clock = std::make_unique<FixedClock>(startTime, DayBoundary(QTimeZone("Europe/Berlin"), 4));
    garden = std::make_unique<Garden>(std::move(clock));
    ASSERT_TRUE(garden->open(profile.path(), dir.path(), {.readOnly = true})) << garden->error().toStdString();
    ReviewSession s = session();
    ASSERT_TRUE(s.advance());
    StoreError error;
    EXPECT_FALSE(s.answer(Rating::Good, &error));
    EXPECT_EQ(error.kind, StoreError::Kind::ReadOnly) << error.message().toStdString();
    EXPECT_EQ(currentId(s), u"c-gen");
    EXPECT_EQ(s.summary().answered, 0);
    EXPECT_FALSE(s.canUndo());
}

} // namespace
} // namespace pmg
