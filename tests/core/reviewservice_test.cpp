// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Spaced repetition over a real profile: the log is the source of truth, the cache always agrees with a replay of it,
// grades are durable and undo is exact; limits, suspend, bury, scopes, retired cards, renames and imports.
#include "garden/noteediting.h"
#include "search/indexdatabase.h"
#include "srs/replay.h"
#include "srs/reviewservice.h"
#include "support/gardenfixture.h"
#include "support/qtprinters.h"

#include <QSqlQuery>

#include <random>

using namespace Qt::StringLiterals;

namespace pmg {
namespace {

QByteArray card(const char *id, const char *front, const char *back = "An answer.")
{
    return QByteArray("> [!card] id=") + id + "\n> **Q:** " + front + "\n>\n> **A:** " + back + "\n\n";
}

class ReviewServiceTest : public test::GardenFixture
{
protected:
    void SetUp() override
    {
        // 2026-11-24 10:00 UTC = 11:00 in Berlin (the fixture's zone, day turning at 04:00).
        write(u"1-a/index.md"_s, note("first", "1", "Intro.\n\n" + card("c-one", "One?") + card("c-two", "Two?")));
        write(u"1-a/1.1-second.md"_s, note("second", "1.1", card("c-three", "Three?") + card("c-four", "Four?")));
        write(u"2-b/index.md"_s, note("other", "2", card("c-five", "Five?")));
    }

    ReviewService &reviews() { return garden->reviews(); }

    /// Grades the first card of today's queue (learning first, then review, then new).
    std::optional<ReviewService::Grade> gradeNext(Rating rating, int seconds = 5)
    {
        const ReviewService::Queue queue = reviews().queue();
        const QList<CardInfo> order = queue.learning + queue.review + queue.fresh;
        if (order.isEmpty())
            return std::nullopt;
        const QDateTime shown = gardenClock->now();
        gardenClock->advance(seconds);
        StoreError error;
        auto grade = reviews().grade(order.first(), rating, shown, &error);
        EXPECT_TRUE(grade.has_value()) << error.message().toStdString();
        return grade;
    }

    /// Every card's cached state equals the replay of its history (the log is the source of truth).
    void expectCacheEqualsReplay()
    {
        const Scheduler &scheduler = reviews().scheduler();
        const QList<CardInfo> cards = reviews().cards();
        ASSERT_EQ(cards.size(), 5);
        int reviewed = 0;
        for (const CardInfo &card : cards) {
            const QList<ReviewEntry> history = reviews().history(card.id);
            reviewed += history.isEmpty() ? 0 : 1;
            EXPECT_EQ(replay(scheduler, card.id, history), card.state) << card.id.toStdString();
        }
        EXPECT_GT(reviewed, 0);
    }
};

TEST_F(ReviewServiceTest, NewCardsComeInCurriculumOrderWithinTheDailyLimit)
{
    openGarden();
    ReviewService::Options options;
    options.newPerDay = 3;
    ASSERT_FALSE(reviews().setOptions(options));
    const ReviewService::Queue queue = reviews().queue();
    ASSERT_EQ(queue.fresh.size(), 3);
    EXPECT_EQ(queue.fresh.at(0).id, u"c-one");
    EXPECT_EQ(queue.fresh.at(2).id, u"c-three");
    EXPECT_TRUE(queue.review.isEmpty());
    // Introducing one uses up one of today's three.
    ASSERT_TRUE(gradeNext(Rating::Easy));
    EXPECT_EQ(reviews().queue().fresh.size(), 2);
}

TEST_F(ReviewServiceTest, AGradeIsInTheLogBeforeItReturnsAndSurvivesARestart)
{
    openGarden();
    const auto grade = gradeNext(Rating::Good, 75);
    ASSERT_TRUE(grade);
    EXPECT_EQ(grade->entry.durationMs, 60'000); // capped as Anki does
    // A second connection to the file (another process would see the same) finds the row already committed.
    Database other;
    ASSERT_TRUE(other.open(garden->files().studyDatabase(), Database::Options{.readOnly = true, .asIs = true}));
    QSqlQuery rows(other.connection());
    ASSERT_TRUE(rows.exec(u"SELECT card_id, rating FROM review_log"_s) && rows.next());
    EXPECT_EQ(rows.value(0).toString(), u"c-one");
    EXPECT_EQ(rows.value(1).toInt(), 3);
    other.close();

    openGarden();
    const std::optional<CardInfo> card = reviews().card(u"c-one"_s);
    ASSERT_TRUE(card);
    EXPECT_EQ(card->state, grade->after);
    EXPECT_EQ(card->state.phase, CardPhase::Learning);
}

TEST_F(ReviewServiceTest, UndoRemovesTheLogEntryAndRestoresTheExactState)
{
    openGarden();
    ASSERT_TRUE(gradeNext(Rating::Easy));
    const CardInfo before = *reviews().card(u"c-two"_s);
    const auto grade = gradeNext(Rating::Hard);
    ASSERT_TRUE(grade);
    EXPECT_EQ(grade->before.id, u"c-two");
    ASSERT_FALSE(reviews().undo(*grade));
    EXPECT_TRUE(reviews().history(u"c-two"_s).isEmpty());
    EXPECT_EQ(reviews().card(u"c-two"_s)->state, before.state);
    const ReviewStatistics stats = reviews().statistics(gardenClock->today(), gardenClock->today());
    ASSERT_EQ(stats.days.size(), 1);
    EXPECT_EQ(stats.days.first().total(), 1); // only the Easy is left
    // And the cache agrees with a replay after a restart too.
    openGarden();
    expectCacheEqualsReplay();
}

TEST_F(ReviewServiceTest, ReplayEqualsTheCachedStateForEveryCardAfterARandomSession)
{
    openGarden();
    ReviewService::Options options;
    options.newPerDay = 50;
    ASSERT_FALSE(reviews().setOptions(options));
    std::mt19937 random(20261204);
    for (int day = 0; day < 40; ++day) {
        for (int i = 0; i < 12; ++i) {
            if (!gradeNext(static_cast<Rating>(1 + random() % 4), 1 + int(random() % 30)))
                break;
            gardenClock->advance(60 * (1 + qint64(random() % 15)));
        }
        gardenClock->advance(24 * 3600);
    }
    expectCacheEqualsReplay();
    // A cache thrown away is rebuilt to the same states.
    const QList<CardInfo> cached = reviews().cards();
    garden.reset();
    Database index;
    ASSERT_TRUE(index.open(QDir(profile.path()).filePath(u"index.sqlite"_s), IndexDatabase::options()));
    ASSERT_TRUE(index.exec(u"UPDATE srs_meta SET value = 'stale' WHERE key = 'log-version'"_s));
    ASSERT_TRUE(index.exec(u"UPDATE srs_cards SET stability = 999"_s));
    index.close();
    openGarden();
    const QList<CardInfo> rebuilt = reviews().cards();
    ASSERT_EQ(rebuilt.size(), cached.size());
    for (qsizetype i = 0; i < rebuilt.size(); ++i)
        EXPECT_EQ(rebuilt.at(i).state, cached.at(i).state) << rebuilt.at(i).id.toStdString();
}

TEST_F(ReviewServiceTest, SuspendedAndBuriedCardsStayAwayAndScopesFilter)
{
    openGarden();
    ASSERT_FALSE(reviews().setSuspended(u"c-one"_s, true));
    ASSERT_FALSE(reviews().bury(u"c-two"_s));
    QStringList ids;
    for (const CardInfo &c : reviews().queue().fresh)
        ids.append(c.id);
    EXPECT_EQ(ids, (QStringList{u"c-three"_s, u"c-four"_s, u"c-five"_s}));
    EXPECT_EQ(reviews().card(u"c-one"_s)->stateName(), u"suspended");

    ReviewService::Scope part2;
    part2.part = 2;
    ASSERT_EQ(reviews().queue(part2).fresh.size(), 1);
    EXPECT_EQ(reviews().queue(part2).fresh.first().id, u"c-five");
    ReviewService::Scope section;
    section.section = u"1"_s; // section 1 and its subsections
    EXPECT_EQ(reviews().queue(section).fresh.size(), 2);

    // Buried until tomorrow: the next study day (04:00 in Berlin) brings it back.
    gardenClock->advance(20 * 3600);
    ids.clear();
    for (const CardInfo &c : reviews().queue().fresh)
        ids.append(c.id);
    EXPECT_TRUE(ids.contains(u"c-two"_s));
}

TEST_F(ReviewServiceTest, ACardRemovedFromTheCurriculumIsRetiredWithItsHistory)
{
    openGarden();
    ASSERT_TRUE(gradeNext(Rating::Good));
    write(u"1-a/index.md"_s, note("first", "1", "Intro.\n\n" + card("c-two", "Two?")));
    openGarden();
    const std::optional<CardInfo> gone = reviews().card(u"c-one"_s);
    ASSERT_TRUE(gone);
    EXPECT_TRUE(gone->retired);
    EXPECT_EQ(gone->stateName(), u"retired");
    EXPECT_EQ(reviews().history(u"c-one"_s).size(), 1);
    for (const CardInfo &c : reviews().queue().learning + reviews().queue().fresh)
        EXPECT_NE(c.id, u"c-one");
}

TEST_F(ReviewServiceTest, TheEditorRefusesToDropACardWithHistoryUntilItIsRenamed)
{
    openGarden();
    ASSERT_TRUE(gradeNext(Rating::Good)); // c-one has history now
    const QString path = u"1-a/index.md"_s;
    const QByteArray renamed = note("first", "1", "Intro.\n\n" + card("c-uno", "One?") + card("c-two", "Two?"));
    NoteEditing::SaveResult refused = garden->editor().save(path, renamed);
    EXPECT_FALSE(refused.saved);
    ASSERT_FALSE(refused.problems.isEmpty());
    EXPECT_TRUE(refused.problems.first().message.contains(u"'c-one' has review history"_s))
        << refused.problems.first().message.toStdString();
    // Rewording is fine: the id stays.
    EXPECT_TRUE(
        garden->editor()
            .save(path, note("first", "1", "Intro.\n\n" + card("c-one", "One, reworded?") + card("c-two", "Two?")))
            .saved);
    // An explicit rename carries the history over, and then the id may change.
    ASSERT_FALSE(reviews().renameCard(u"c-one"_s, u"c-uno"_s));
    EXPECT_TRUE(garden->editor().save(path, renamed).saved);
    EXPECT_EQ(reviews().history(u"c-uno"_s).size(), 1);
    EXPECT_TRUE(reviews().history(u"c-one"_s).isEmpty());
    EXPECT_EQ(reviews().card(u"c-uno"_s)->state.reps, 1);
}

TEST_F(ReviewServiceTest, ImportSkipsReviewsAlreadyThereAndReplays)
{
    openGarden();
    const auto grade = gradeNext(Rating::Good);
    ASSERT_TRUE(grade);
    ReviewEntry other = grade->entry;
    other.cardId = u"c-five"_s;
    other.deviceId = u"laptop"_s;
    qint64 added = -1;
    ASSERT_FALSE(reviews().importReviews({grade->entry, other}, &added));
    EXPECT_EQ(added, 1); // its own review was a duplicate
    EXPECT_EQ(reviews().card(u"c-five"_s)->state.reps, 1);
    expectCacheEqualsReplay();
}

TEST_F(ReviewServiceTest, AnswerToAStaleCardIsRefused)
{
    openGarden();
    const CardInfo shown = reviews().queue().fresh.first();
    StoreError error;
    ASSERT_TRUE(reviews().grade(shown, Rating::Good, gardenClock->now(), &error));
    EXPECT_FALSE(reviews().grade(shown, Rating::Good, gardenClock->now(), &error)); // a double answer
    EXPECT_TRUE(error.message().contains(u"changed since it was shown"_s)) << error.message().toStdString();
    EXPECT_EQ(reviews().history(shown.id).size(), 1);
}

TEST_F(ReviewServiceTest, AReadOnlyProfileRefusesGradesAndSaysWhy)
{
    openGarden();
    garden.reset();
    Garden g(std::make_unique<FixedClock>(startTime));
    ASSERT_TRUE(g.open(profile.path(), dir.path(), {.readOnly = true}));
    StoreError error;
    EXPECT_FALSE(g.reviews().grade(g.reviews().queue().fresh.first(), Rating::Good, startTime, &error));
    EXPECT_EQ(error.kind, StoreError::Kind::ReadOnly);
}

TEST_F(ReviewServiceTest, StatisticsCountTheLog)
{
    openGarden();
    ASSERT_TRUE(gradeNext(Rating::Again));
    ASSERT_TRUE(gradeNext(Rating::Easy));
    const ReviewStatistics stats = reviews().statistics(gardenClock->today().addDays(-7), gardenClock->today());
    ASSERT_EQ(stats.days.size(), 1);
    EXPECT_EQ(stats.days.first().again, 1);
    EXPECT_EQ(stats.days.first().easy, 1);
    EXPECT_EQ(stats.days.first().learn, 2);
    // The card answered Again came back first (a learning step due within the learn-ahead window) and got the Easy.
    EXPECT_EQ(stats.byState.value(u"new"_s), 4);
    EXPECT_EQ(stats.byState.value(u"review"_s), 1);
    ASSERT_EQ(stats.dueForecast.size(), 30);
    int forecast = 0;
    for (int n : stats.dueForecast)
        forecast += n;
    EXPECT_EQ(forecast, 1); // the answered card is due within the month
}

} // namespace
} // namespace pmg
