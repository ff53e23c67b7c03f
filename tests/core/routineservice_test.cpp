// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// RoutineService over a real profile on a FixedClock: ticking and unticking within a period, past periods refused,
// ticks kept across a restart, a read-only profile refused, auto-ticks from what the app records and their overrides,
// overdue items, history, streaks, archived notes, notes to re-check and the ritual reminder.
#include "garden/noteediting.h"
#include "garden/progressservice.h"
#include "garden/settingsservice.h"
#include "quiz/quizservice.h"
#include "routines/ritualreminder.h"
#include "store/studysummary.h"
#include "support/qtprinters.h"
#include "support/routinefixture.h"

#include <QSignalSpy>

using namespace Qt::StringLiterals;

namespace pmg {
namespace {

class RoutineServiceTest : public test::RoutineFixture
{
protected:
    void SetUp() override
    {
        writeRoutineCurriculum();
        openGarden();
    }

    /// Restarts the app at the clock's current time.
    void reopen()
    {
        startTime = gardenClock->now();
        openGarden();
    }
};

TEST_F(RoutineServiceTest, ListsTheRoutinesByCadenceWithTheirCurrentPeriods)
{
    const QList<RoutinePeriod> all = routines().current();
    QStringList ids;
    for (const RoutinePeriod &period : all)
        ids.append(period.routineId + u' ' + period.period.key);
    EXPECT_EQ(ids, (QStringList{u"rl-daily 2026-11-24"_s, u"rl-weekly 2026-W48"_s, u"rl-30 30d-2026-11-01"_s,
                                u"rl-ritual-update 2026-11"_s, u"rl-ritual-templates 2026-11"_s,
                                u"rl-ritual-archive 2026-11"_s}));
    EXPECT_EQ(all.first().title, u"Daily review"_s);
    EXPECT_EQ(all.first().noteId, u"plan"_s);
    EXPECT_EQ(all.first().total(), 3);
    EXPECT_EQ(all.first().items.first().anchor(), u"rl-daily-daily-cards"_s);
    EXPECT_EQ(routines().since(), QDate(2026, 11, 24));
}

TEST_F(RoutineServiceTest, TicksAndUnticksWithinThePeriod)
{
    QSignalSpy changed(&routines(), &RoutineService::changed);
    ASSERT_TRUE(
        routines().tick(ref("rl-weekly", "weekly-docs"), key(Cadence::Weekly), u"  chapter 4:\n  data model "_s))
        << routines().lastError().toStdString();
    EXPECT_EQ(changed.size(), 1);
    const RoutinePeriod week = current("rl-weekly");
    const RoutineItem *docs = week.item(u"weekly-docs"_s);
    ASSERT_NE(docs, nullptr);
    EXPECT_EQ(docs->state, TickState::ByHand);
    EXPECT_EQ(docs->note, u"chapter 4: data model"_s); // one short line
    EXPECT_EQ(docs->tickedAt, gardenClock->now());
    EXPECT_EQ(week.ticked(), 1);

    // Later the same week: unticked, and ticked again; the note stays with the item.
    advanceDays(3);
    ASSERT_TRUE(routines().untick(ref("rl-weekly", "weekly-docs"), key(Cadence::Weekly)));
    EXPECT_EQ(stateOf("rl-weekly", "weekly-docs"), TickState::Open);
    EXPECT_EQ(current("rl-weekly").item(u"weekly-docs"_s)->note, u"chapter 4: data model"_s);
    ASSERT_TRUE(routines().tick(ref("rl-weekly", "weekly-docs"), key(Cadence::Weekly)));
    EXPECT_EQ(stateOf("rl-weekly", "weekly-docs"), TickState::ByHand);
    EXPECT_EQ(current("rl-weekly").item(u"weekly-docs"_s)->tickedAt, gardenClock->now());
    EXPECT_EQ(changed.size(), 3);

    // A tick in this week is not a tick in the next.
    advanceDays(7);
    EXPECT_EQ(stateOf("rl-weekly", "weekly-docs"), TickState::Open);
}

TEST_F(RoutineServiceTest, PastPeriodsAreReadOnly)
{
    const QString monday = key(Cadence::Daily);
    ASSERT_TRUE(routines().tick(ref("rl-daily", "daily-plain"), monday));
    advanceDays(1);
    // The view still showing yesterday: refused, and yesterday's tick is still there.
    EXPECT_FALSE(routines().untick(ref("rl-daily", "daily-plain"), monday));
    EXPECT_TRUE(routines().lastError().contains(u"2026-11-24 is not the current period"_s))
        << routines().lastError().toStdString();
    EXPECT_FALSE(routines().tick(ref("rl-daily", "daily-read"), monday));
    EXPECT_FALSE(routines().setNote(ref("rl-daily", "daily-plain"), monday, u"late"_s));
    EXPECT_FALSE(routines().tick(ref("rl-daily", "daily-plain"), u"2026-11-26"_s)); // nor the future
    const RoutinePeriod yesterday =
        routines().inPeriod(u"rl-daily"_s, Period::containing(Cadence::Daily, QDate(2026, 11, 24)));
    EXPECT_EQ(yesterday.item(u"daily-plain"_s)->state, TickState::ByHand);
    EXPECT_EQ(yesterday.item(u"daily-plain"_s)->note, QString());
    EXPECT_EQ(yesterday.item(u"daily-read"_s)->state, TickState::Open);
    EXPECT_FALSE(yesterday.isCurrent);
}

TEST_F(RoutineServiceTest, TheDayTurnsAtTheRolloverHour)
{
    // 02:30 on Wednesday in Berlin is still Tuesday's study day: a tick lands on Tuesday.
    gardenClock->set(QDateTime(QDate(2026, 11, 25), QTime(2, 30), QTimeZone("Europe/Berlin")));
    EXPECT_EQ(key(Cadence::Daily), u"2026-11-24"_s);
    ASSERT_TRUE(routines().tick(ref("rl-daily", "daily-plain"), u"2026-11-24"_s));
    gardenClock->set(QDateTime(QDate(2026, 11, 25), QTime(4, 0), QTimeZone("Europe/Berlin")));
    EXPECT_EQ(key(Cadence::Daily), u"2026-11-25"_s);
    EXPECT_NE(stateOf("rl-daily", "daily-plain"), TickState::ByHand);
}

TEST_F(RoutineServiceTest, TicksAndNotesSurviveARestart)
{
    ASSERT_TRUE(routines().tick(ref("rl-30", "month-build"), key(Cadence::ThirtyDay), u"a CLI with Typer"_s));
    ASSERT_TRUE(routines().setNote(ref("rl-weekly", "weekly-docs"), key(Cadence::Weekly), u"itertools next"_s));
    advanceDays(2);
    reopen();
    const RoutineItem build = *current("rl-30").item(u"month-build"_s);
    EXPECT_EQ(build.state, TickState::ByHand);
    EXPECT_EQ(build.note, u"a CLI with Typer"_s);
    EXPECT_EQ(build.tickedAt, startTime.addDays(-2));
    const RoutineItem docs = *current("rl-weekly").item(u"weekly-docs"_s);
    EXPECT_EQ(docs.state, TickState::Open); // a note alone does not tick
    EXPECT_EQ(docs.note, u"itertools next"_s);
    EXPECT_EQ(routines().since(), QDate(2026, 11, 24)); // the first day, not the restart's
}

TEST_F(RoutineServiceTest, AReadOnlyProfileIsRefused)
{
    ASSERT_TRUE(routines().tick(ref("rl-daily", "daily-plain"), key(Cadence::Daily)));
    garden.reset();
    Garden readOnly(std::make_unique<FixedClock>(startTime, DayBoundary(QTimeZone("Europe/Berlin"), 4)));
    ASSERT_TRUE(readOnly.open(profile.path(), dir.path(), {.readOnly = true})) << readOnly.error().toStdString();
    RoutineService &r = readOnly.routines();
    const QString today = r.currentPeriod(Cadence::Daily).key;
    EXPECT_FALSE(r.tick(ref("rl-weekly", "weekly-docs"), r.currentPeriod(Cadence::Weekly).key));
    EXPECT_TRUE(r.lastError().contains(u"read-only"_s) || r.lastError().contains(u"cannot be written"_s))
        << r.lastError().toStdString();
    EXPECT_FALSE(r.untick(ref("rl-daily", "daily-plain"), today));
    EXPECT_FALSE(r.setArchived(u"first"_s, true));
    EXPECT_FALSE(r.setRitualReminderEnabled(true));
    // What was stored is shown, nothing changed.
    EXPECT_EQ(r.current(u"rl-daily"_s).item(u"daily-plain"_s)->state, TickState::ByHand);
    EXPECT_EQ(r.current(u"rl-weekly"_s).ticked(), 0);
    EXPECT_FALSE(r.isArchived(u"first"_s));
}

TEST_F(RoutineServiceTest, UnknownItemsAndLongNotesAreRefused)
{
    EXPECT_FALSE(routines().tick(ref("rl-daily", "no-such-item"), key(Cadence::Daily)));
    EXPECT_EQ(routines().lastError(), u"no item 'no-such-item' in checklist 'rl-daily'"_s);
    EXPECT_FALSE(routines().tick(ref("rl-nope", "daily-plain"), key(Cadence::Daily)));
    EXPECT_EQ(routines().lastError(), u"no checklist 'rl-nope'"_s);
    EXPECT_FALSE(routines().tick(ref("rl-daily", "daily-plain"), key(Cadence::Daily), QString(501, u'x')));
    EXPECT_TRUE(routines().lastError().contains(u"longer than 500"_s));
    EXPECT_EQ(stateOf("rl-daily", "daily-plain"), TickState::Open);
}

TEST_F(RoutineServiceTest, ResolvesBlockIds)
{
    QString error;
    const auto cards = routines().resolve(u"daily-cards"_s, &error);
    ASSERT_TRUE(cards);
    EXPECT_EQ(*cards, ref("rl-daily", "daily-cards"));
    EXPECT_FALSE(routines().resolve(u"shared"_s, &error));
    EXPECT_EQ(error, u"'shared' is in several checklists: write one of rl-weekly/shared, rl-30/shared"_s);
    const auto shared = routines().resolve(u"rl-30/shared"_s, &error);
    ASSERT_TRUE(shared);
    EXPECT_EQ(*shared, ref("rl-30", "shared"));
    EXPECT_FALSE(routines().resolve(u"nope"_s, &error));
    EXPECT_EQ(error, u"no checklist item 'nope'"_s);
    EXPECT_FALSE(routines().resolve(u"rl-30/daily-cards"_s, &error));
    EXPECT_EQ(error, u"no item 'daily-cards' in checklist 'rl-30'"_s);
}

TEST_F(RoutineServiceTest, AReadNoteTicksTheReadingItemAndTheLearnerCanOverrideIt)
{
    EXPECT_EQ(stateOf("rl-daily", "daily-read"), TickState::Open);
    const RoutineItem before = *current("rl-daily").item(u"daily-read"_s);
    ASSERT_NE(before.rule, nullptr);
    EXPECT_EQ(before.ruleHolds, std::optional<bool>(false));
    EXPECT_FALSE(before.isManual());

    ASSERT_TRUE(garden->progress().markRead(u"second"_s));
    EXPECT_EQ(stateOf("rl-daily", "daily-read"), TickState::Auto);
    // Unticked by the learner: open for the rest of the day although the rule holds.
    ASSERT_TRUE(routines().untick(ref("rl-daily", "daily-read"), key(Cadence::Daily)));
    const RoutineItem overridden = *current("rl-daily").item(u"daily-read"_s);
    EXPECT_EQ(overridden.state, TickState::Open);
    EXPECT_TRUE(overridden.overridden);
    EXPECT_EQ(overridden.ruleHolds, std::optional<bool>(true));
    reopen();
    EXPECT_EQ(stateOf("rl-daily", "daily-read"), TickState::Open);
    // Ticked again by hand.
    ASSERT_TRUE(routines().tick(ref("rl-daily", "daily-read"), key(Cadence::Daily)));
    EXPECT_EQ(stateOf("rl-daily", "daily-read"), TickState::ByHand);
    // The next day the rule starts afresh.
    advanceDays(1);
    EXPECT_EQ(stateOf("rl-daily", "daily-read"), TickState::Open);
}

TEST_F(RoutineServiceTest, AFinishedQuizTicksTheWeeklyQuiz)
{
    EXPECT_EQ(stateOf("rl-weekly", "weekly-quiz"), TickState::Open);
    std::optional<QuizAttempt> attempt = garden->quizzes().start(garden->quizzes().compose({}), QuizMode::Practice);
    ASSERT_TRUE(attempt) << garden->quizzes().lastError().toStdString();
    EXPECT_EQ(stateOf("rl-weekly", "weekly-quiz"), TickState::Open); // started is not taken
    gardenClock->advance(60);
    ASSERT_TRUE(garden->quizzes().submit(*attempt));
    EXPECT_EQ(stateOf("rl-weekly", "weekly-quiz"), TickState::Auto);
    advanceDays(7);
    EXPECT_EQ(stateOf("rl-weekly", "weekly-quiz"), TickState::Open);
}

TEST_F(RoutineServiceTest, ReviewRulesReadTheirSource)
{
    // Garden gives the rule the review log as its source: nothing reviewed yet, so the item is open, not manual.
    const RoutineItem cards = *current("rl-daily").item(u"daily-cards"_s);
    EXPECT_FALSE(cards.isManual());
    EXPECT_EQ(cards.rule->needs, u"card reviews"_s);
    EXPECT_EQ(cards.state, TickState::Open);

    QDateTime askedFrom;
    QDateTime askedTo;
    int reviewed = 3;
    routines().activity().setReviewSource([&](const QDateTime &from, const QDateTime &to) {
        askedFrom = from;
        askedTo = to;
        return std::optional<int>(reviewed);
    });
    EXPECT_EQ(stateOf("rl-daily", "daily-cards"), TickState::Open);
    EXPECT_FALSE(current("rl-daily").item(u"daily-cards"_s)->isManual());
    // Asked for the study day: 04:00 to 04:00 in Berlin.
    EXPECT_EQ(askedFrom, QDateTime(QDate(2026, 11, 24), QTime(3, 0), QTimeZone(QTimeZone::UTC)));
    EXPECT_EQ(askedTo, QDateTime(QDate(2026, 11, 25), QTime(3, 0), QTimeZone(QTimeZone::UTC)));
    reviewed = 5;
    EXPECT_EQ(stateOf("rl-daily", "daily-cards"), TickState::Auto);
}

TEST_F(RoutineServiceTest, AnAutoTickStaysWhenItsFactMovesLater)
{
    // A note saved today ticks "add patterns"; saved again next month, its last-saved time moves, but November's tick
    // was recorded when the app saw it.
    const QString path = u"1-a/1.1-second.md"_s;
    ASSERT_TRUE(garden->editor().save(path, datedNote("second", "1.1", "2026-11-01", "Edited.\n")).saved);
    EXPECT_EQ(stateOf("rl-ritual-update", "add-patterns"), TickState::Auto);
    advanceDays(10);
    ASSERT_TRUE(garden->editor().save(path, datedNote("second", "1.1", "2026-11-01", "Edited again.\n")).saved);
    const RoutinePeriod november =
        routines().inPeriod(u"rl-ritual-update"_s, Period::containing(Cadence::Monthly, QDate(2026, 11, 24)));
    EXPECT_EQ(november.item(u"add-patterns"_s)->state, TickState::Auto);
    EXPECT_EQ(november.item(u"add-patterns"_s)->tickedAt, startTime);
    EXPECT_EQ(stateOf("rl-ritual-update", "add-patterns"), TickState::Auto); // December's own edit
}

TEST_F(RoutineServiceTest, ItemsLeftOpenLastPeriodAreOverdue)
{
    ASSERT_TRUE(routines().tick(ref("rl-daily", "daily-plain"), key(Cadence::Daily)));
    EXPECT_EQ(stateOf("rl-daily", "daily-read"), TickState::Open); // the first day: nothing was missed before it
    advanceDays(1);
    EXPECT_EQ(stateOf("rl-daily", "daily-read"), TickState::Overdue);
    EXPECT_EQ(stateOf("rl-daily", "daily-plain"), TickState::Open);
    ASSERT_TRUE(routines().tick(ref("rl-daily", "daily-read"), key(Cadence::Daily)));
    EXPECT_EQ(stateOf("rl-daily", "daily-read"), TickState::ByHand);
}

TEST_F(RoutineServiceTest, StreaksHistoryAndCompletionRate)
{
    // Tuesday to Thursday complete, Friday missed, Saturday and Sunday complete, Monday under way.
    for (int day = 0; day < 6; ++day) {
        if (day != 3)
            tickAll("rl-daily");
        advanceDays(1);
    }
    ASSERT_TRUE(routines().tick(ref("rl-daily", "daily-plain"), key(Cadence::Daily)));
    const RoutineStats stats = routines().stats(u"rl-daily"_s);
    EXPECT_EQ(stats.streak, 2); // Saturday and Sunday; today is still open
    EXPECT_EQ(stats.tracked, 6);
    EXPECT_EQ(stats.completed, 5);
    tickAll("rl-daily");
    EXPECT_EQ(routines().stats(u"rl-daily"_s).streak, 3);

    const QList<PeriodSummary> history = routines().history(u"rl-daily"_s, QDate(2026, 11, 23), QDate(2026, 12, 5));
    QStringList cells;
    for (const PeriodSummary &s : history)
        cells.append(u"%1:%2/%3%4"_s.arg(s.period.key.right(2))
                         .arg(s.ticked)
                         .arg(s.total)
                         .arg(!s.isTracked  ? u" untracked"_s
                              : s.isCurrent ? u" now"_s
                                            : QString()));
    EXPECT_EQ(cells, (QStringList{u"23:0/3 untracked"_s, u"24:3/3"_s, u"25:3/3"_s, u"26:3/3"_s, u"27:0/3"_s,
                                  u"28:3/3"_s, u"29:3/3"_s, u"30:3/3 now"_s}));

    // The weekly routine: last week (from Tuesday on) counted, and was missed.
    const RoutineStats weekly = routines().stats(u"rl-weekly"_s);
    EXPECT_EQ(weekly.streak, 0);
    EXPECT_EQ(weekly.tracked, 1);
    EXPECT_EQ(weekly.completed, 0);
}

TEST_F(RoutineServiceTest, ArchivedNotesAreKept)
{
    EXPECT_FALSE(routines().isArchived(u"first"_s));
    ASSERT_TRUE(routines().setArchived(u"first"_s, true));
    ASSERT_TRUE(routines().setArchived(u"first"_s, true)); // twice is fine
    EXPECT_FALSE(routines().setArchived(u"no-such-note"_s, true));
    reopen();
    EXPECT_TRUE(routines().isArchived(u"first"_s));
    EXPECT_EQ(routines().archivedNotes(), QSet<QString>{u"first"_s});
    ASSERT_TRUE(routines().setArchived(u"first"_s, false));
    EXPECT_FALSE(routines().isArchived(u"first"_s));
}

TEST_F(RoutineServiceTest, NotesToRecheckAndTheirRule)
{
    // On 24 November: "first" (1 August) and "ritual" (1 September) are more than 60 days old; "second" is not, and
    // "plan" has no date.
    QStringList stale;
    for (const StaleNote &note : routines().notesToRecheck())
        stale.append(u"%1 %2"_s.arg(note.noteId).arg(note.daysOld));
    EXPECT_EQ(stale, (QStringList{u"first 115"_s, u"ritual 84"_s}));
    EXPECT_EQ(stateOf("rl-ritual-update", "recheck-stale-notes"), TickState::Open);

    // Re-checked: the dates move to today, nothing is left, the item ticks itself.
    ASSERT_TRUE(garden->editor().save(u"1-a/index.md"_s, datedNote("first", "1", "2026-11-24", "Welcome.\n")).saved);
    ASSERT_TRUE(garden->editor().save(u"2-b/index.md"_s, datedNote("ritual", "2", "2026-11-24", ritual())).saved);
    EXPECT_TRUE(routines().notesToRecheck().isEmpty());
    EXPECT_EQ(stateOf("rl-ritual-update", "recheck-stale-notes"), TickState::Auto);
}

TEST_F(RoutineServiceTest, TheRitualReminderIsOffByDefaultAndDueInTheLastWeek)
{
    // 24 November is in November's last week, and the ritual is open.
    EXPECT_FALSE(routines().ritualReminderEnabled());
    EXPECT_FALSE(routines().ritualReminderDue());
    ASSERT_TRUE(routines().setRitualReminderEnabled(true));
    EXPECT_EQ(garden->settings().value(RitualReminder::settingKey()), u"true"_s);
    EXPECT_TRUE(routines().ritualReminderDue());
    tickAll("rl-ritual-update");
    tickAll("rl-ritual-templates");
    EXPECT_FALSE(routines().isRitualDone()); // every group of the ritual
    EXPECT_TRUE(routines().ritualReminderDue());
    tickAll("rl-ritual-archive");
    EXPECT_TRUE(routines().isRitualDone());
    EXPECT_FALSE(routines().ritualReminderDue());
    // December 1st: a new month, not in its last week yet.
    advanceDays(7);
    EXPECT_FALSE(routines().isRitualDone());
    EXPECT_FALSE(routines().ritualReminderDue());
}

TEST_F(RoutineServiceTest, TheBackupSummaryCountsRoutineTicks)
{
    ASSERT_TRUE(routines().tick(ref("rl-daily", "daily-plain"), key(Cadence::Daily)));
    ASSERT_TRUE(routines().setNote(ref("rl-weekly", "weekly-docs"), key(Cadence::Weekly), u"just a note"_s));
    ASSERT_TRUE(routines().setArchived(u"first"_s, true));
    const QString file = QDir(profile.path()).filePath(Database::fileName());
    garden.reset();
    const QString text = StudySummary::of(file).toText();
    EXPECT_TRUE(text.contains(u"1 routine ticks"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"1 archived notes"_s)) << text.toStdString();
}

} // namespace
} // namespace pmg
