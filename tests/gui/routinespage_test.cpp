// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Routines view through its real widgets, on a Garden over a FixedClock: items ticked with the mouse and the
// keyboard and a note typed, all still there after a restart (Garden and page reopened); auto-ticked, overridden and
// overdue items marked; a tick in a period that has just ended refused; the ritual's tools; the history calendar; and
// screenshots of the view on the real curriculum, light and dark.
#include "apptheme.h"
#include "garden/progressservice.h"
#include "messagebanner.h"
#include "ritualtools.h"
#include "routinechecklistbox.h"
#include "routinehistoryview.h"
#include "routinespage.h"
#include "routinetext.h"
#include "support/guitesting.h"
#include "support/qtprinters.h"
#include "support/routinefixture.h"

#include <QApplication>
#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTextCharFormat>
#include <QToolButton>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace pmg {
namespace {

class RoutinesPageTest : public test::RoutineFixture
{
protected:
    void SetUp() override
    {
        AppTheme::apply(false);
        writeRoutineCurriculum();
        openGarden();
        openPage();
    }

    void TearDown() override
    {
        page.reset();
        AppTheme::apply(false);
    }

    void openPage()
    {
        page = std::make_unique<RoutinesPage>(*garden);
        page->resize(1300, 860);
        ASSERT_TRUE(test::showActive(page.get()));
    }

    /// Closes the page and the garden and opens both again, as an app restart would, at the clock's time.
    void restart()
    {
        page.reset();
        startTime = gardenClock->now();
        openGarden();
        openPage();
    }

    RoutineChecklistBox *box(const char *routineId) const
    {
        RoutineChecklistBox *b = page->checklist(QString::fromLatin1(routineId));
        EXPECT_NE(b, nullptr) << routineId;
        return b;
    }
    QCheckBox *checkBox(const char *routineId, const char *itemId) const
    {
        return box(routineId)->checkBox(QString::fromLatin1(itemId));
    }
    QLabel *stateLabel(const char *routineId, const char *itemId) const
    {
        return box(routineId)->stateLabel(QString::fromLatin1(itemId));
    }
    /// Waits until the page shows what the service says (its refresh after a change is queued).
    bool waitUntilChecked(const char *routineId, const char *itemId, bool checked)
    {
        return QTest::qWaitFor([&] { return checkBox(routineId, itemId)->isChecked() == checked; }, 5000);
    }

    std::unique_ptr<RoutinesPage> page;
};

TEST_F(RoutinesPageTest, TicksWithTheMouseAndTheKeyboardAndKeepsThemAfterARestart)
{
    // A click on a check box; a click on an item's text; the keyboard: focus and Space.
    QTest::mouseClick(checkBox("rl-daily", "daily-plain"), Qt::LeftButton);
    ASSERT_TRUE(waitUntilChecked("rl-daily", "daily-plain", true));
    EXPECT_EQ(stateOf("rl-daily", "daily-plain"), TickState::ByHand);

    QLabel *text = nullptr;
    for (QLabel *label : box("rl-weekly")->findChildren<QLabel *>()) {
        if (label->text() == u"Read a docs chapter")
            text = label;
    }
    ASSERT_NE(text, nullptr);
    QTest::mouseClick(text, Qt::LeftButton, Qt::NoModifier, QPoint(5, text->height() / 2));
    ASSERT_TRUE(waitUntilChecked("rl-weekly", "weekly-docs", true));

    QCheckBox *build = checkBox("rl-30", "month-build");
    build->setFocus();
    ASSERT_TRUE(QTest::qWaitFor([&] { return build->hasFocus(); }, 2000));
    QTest::keyClick(build, Qt::Key_Space);
    ASSERT_TRUE(waitUntilChecked("rl-30", "month-build", true));

    // A note typed into its field, stored when Enter is pressed.
    QLineEdit *note = box("rl-weekly")->noteEdit(u"weekly-docs"_s);
    note->setFocus();
    QTest::keyClicks(note, u"data model, part 1"_s);
    QTest::keyClick(note, Qt::Key_Return);
    EXPECT_EQ(current("rl-weekly").item(u"weekly-docs"_s)->note, u"data model, part 1"_s);
    // The summary follows once the page has refreshed (queued after each change).
    EXPECT_TRUE(QTest::qWaitFor([&] { return box("rl-weekly")->summary()->text().contains(u"1 of 3 done"_s); }, 5000))
        << box("rl-weekly")->summary()->text().toStdString();

    // Unticked again with a click.
    QTest::mouseClick(checkBox("rl-daily", "daily-plain"), Qt::LeftButton);
    ASSERT_TRUE(waitUntilChecked("rl-daily", "daily-plain", false));
    QTest::mouseClick(checkBox("rl-daily", "daily-plain"), Qt::LeftButton);
    ASSERT_TRUE(waitUntilChecked("rl-daily", "daily-plain", true));

    advanceDays(2); // later the same week and 30 days, but another day
    restart();
    EXPECT_FALSE(checkBox("rl-daily", "daily-plain")->isChecked());
    EXPECT_TRUE(checkBox("rl-weekly", "weekly-docs")->isChecked());
    EXPECT_TRUE(checkBox("rl-30", "month-build")->isChecked());
    EXPECT_EQ(box("rl-weekly")->noteEdit(u"weekly-docs"_s)->text(), u"data model, part 1"_s);
    // Tuesday's tick is in the history.
    page->history()->setRoutine(u"rl-daily"_s);
    page->history()->calendar()->setSelectedDate(QDate(2026, 11, 24));
    EXPECT_TRUE(page->history()->detailsTitle()->text().contains(u"1 of 3 done"_s))
        << page->history()->detailsTitle()->text().toStdString();
    EXPECT_EQ(page->history()->details()->item(2)->text(), u"✓ Write one typed function"_s);
}

TEST_F(RoutinesPageTest, MarksAutoTickedOverriddenAndOverdueItems)
{
    QLabel *cards = stateLabel("rl-daily", "daily-cards");
    EXPECT_TRUE(cards->isVisible());
    // The review log is the rule's source (Garden sets it): the item says how it ticks itself.
    EXPECT_TRUE(cards->text().startsWith(u"Ticks itself: at least 5 cards reviewed today"_s))
        << cards->text().toStdString();

    ASSERT_TRUE(garden->progress().markRead(u"second"_s));
    page->refresh();
    EXPECT_TRUE(checkBox("rl-daily", "daily-read")->isChecked());
    EXPECT_EQ(stateLabel("rl-daily", "daily-read")->text(),
              u"Ticked automatically: a garden note read for the first time today"_s);
    const RoutineText::Colours colours = RoutineText::colours(page->palette());
    EXPECT_EQ(stateLabel("rl-daily", "daily-read")->palette().color(QPalette::WindowText), colours.automatic);

    // The learner unticks what the rule ticked: it stays open, and says so.
    QTest::mouseClick(checkBox("rl-daily", "daily-read"), Qt::LeftButton);
    ASSERT_TRUE(waitUntilChecked("rl-daily", "daily-read", false));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return stateLabel("rl-daily", "daily-read")->text().startsWith(u"You unticked what the app ticked"_s); },
        5000))
        << stateLabel("rl-daily", "daily-read")->text().toStdString();

    // The next day, what was left open yesterday is overdue (in its own colour, and in dark mode too).
    advanceDays(1);
    page->refresh();
    QLabel *plain = stateLabel("rl-daily", "daily-plain");
    EXPECT_TRUE(plain->isVisible());
    EXPECT_EQ(plain->text(), u"Overdue since yesterday"_s);
    EXPECT_EQ(plain->palette().color(QPalette::WindowText), colours.overdue);
    AppTheme::apply(true);
    const QColor darkOverdue = RoutineText::colours(QApplication::palette()).overdue;
    EXPECT_NE(darkOverdue, colours.overdue);
    ASSERT_TRUE(QTest::qWaitFor([&] { return plain->palette().color(QPalette::WindowText) == darkOverdue; }, 2000));
}

TEST_F(RoutinesPageTest, ATickInAPeriodThatHasEndedIsRefused)
{
    advanceDays(1); // midnight (well, 04:00) passed while the page was open
    QTest::mouseClick(checkBox("rl-daily", "daily-plain"), Qt::LeftButton);
    ASSERT_TRUE(page->banner()->isVisible());
    EXPECT_EQ(page->banner()->kind(), MessageBanner::Kind::Error);
    EXPECT_TRUE(page->banner()->text().contains(u"only the current period can be changed"_s))
        << page->banner()->text().toStdString();
    EXPECT_FALSE(checkBox("rl-daily", "daily-plain")->isChecked());
    // The page moved on to the new day, where the click works.
    EXPECT_EQ(box("rl-daily")->period().period.key, u"2026-11-25"_s);
    QTest::mouseClick(checkBox("rl-daily", "daily-plain"), Qt::LeftButton);
    ASSERT_TRUE(waitUntilChecked("rl-daily", "daily-plain", true));
    EXPECT_EQ(stateOf("rl-daily", "daily-plain"), TickState::ByHand);
}

TEST_F(RoutinesPageTest, AReadOnlyProfileShowsTicksButCannotChangeThem)
{
    ASSERT_TRUE(routines().tick(ref("rl-daily", "daily-plain"), key(Cadence::Daily)));
    page.reset();
    garden.reset();
    garden =
        std::make_unique<Garden>(std::make_unique<FixedClock>(startTime, DayBoundary(QTimeZone("Europe/Berlin"), 4)));
    ASSERT_TRUE(garden->open(profile.path(), dir.path(), {.readOnly = true}));
    openPage();
    EXPECT_TRUE(page->banner()->isVisible());
    EXPECT_TRUE(page->banner()->text().contains(u"read-only"_s));
    EXPECT_TRUE(checkBox("rl-daily", "daily-plain")->isChecked());
    EXPECT_FALSE(checkBox("rl-daily", "daily-plain")->isEnabled());
    EXPECT_TRUE(box("rl-daily")->noteEdit(u"daily-plain"_s)->isReadOnly());
    EXPECT_FALSE(page->reminderSetting()->isEnabled());
}

TEST_F(RoutinesPageTest, TheRitualToolsOpenTheNotesToEditAndArchiveNotes)
{
    QSignalSpy edit(page.get(), &RoutinesPage::editNoteRequested);
    QSignalSpy open(page.get(), &RoutinesPage::openNoteRequested);

    RitualTools *recheck = box("rl-ritual-update")->tools();
    ASSERT_NE(recheck, nullptr);
    EXPECT_EQ(recheck->button()->text(), u"Notes to re-check (2)"_s);
    QTest::mouseClick(recheck->button(), Qt::LeftButton);
    ASSERT_TRUE(recheck->list()->isVisible());
    ASSERT_EQ(recheck->list()->count(), 2);
    recheck->list()->setFocus();
    recheck->list()->setCurrentRow(0);
    QTest::keyClick(recheck->list(), Qt::Key_Return);
    ASSERT_EQ(edit.size(), 1);
    EXPECT_EQ(edit.at(0).at(0).toString(), u"first"_s);

    QTest::mouseClick(box("rl-ritual-templates")->tools()->button(), Qt::LeftButton);
    ASSERT_EQ(edit.size(), 2);
    EXPECT_EQ(edit.at(1).at(0).toString(), u"templates"_s);

    RitualTools *archive = box("rl-ritual-archive")->tools();
    QTest::mouseClick(archive->button(), Qt::LeftButton);
    ASSERT_TRUE(archive->list()->isVisible());
    QTest::keyClicks(archive->filter(), u"second"_s);
    QListWidgetItem *second = archive->list()->findItems(u"Note second"_s, Qt::MatchContains).value(0);
    ASSERT_NE(second, nullptr);
    EXPECT_FALSE(second->isHidden());
    EXPECT_TRUE(archive->list()->findItems(u"Note first"_s, Qt::MatchContains).value(0)->isHidden());
    archive->list()->setFocus();
    archive->list()->setCurrentItem(second);
    QTest::keyClick(archive->list(), Qt::Key_Space);
    EXPECT_TRUE(routines().isArchived(u"second"_s));
    ASSERT_TRUE(QTest::qWaitFor([&] { return archive->button()->text() == u"Archive notes… (1 archived)"; }, 2000));

    // "↗" reads an item in its note, at its anchor.
    QTest::mouseClick(box("rl-daily")->readButton(u"daily-plain"_s), Qt::LeftButton);
    ASSERT_EQ(open.size(), 1);
    EXPECT_EQ(open.at(0).at(0).toString(), u"plan"_s);
    EXPECT_EQ(open.at(0).at(1).toString(), u"rl-daily-daily-plain"_s);
}

TEST_F(RoutinesPageTest, TheCalendarIsColouredByCompletion)
{
    // Tuesday complete, Wednesday partly, Thursday nothing, Friday today.
    tickAll("rl-daily");
    advanceDays(1);
    ASSERT_TRUE(routines().tick(ref("rl-daily", "daily-plain"), key(Cadence::Daily)));
    advanceDays(2);
    page->refresh();
    RoutineHistoryView *history = page->history();
    history->setRoutine(u"rl-daily"_s);
    const RoutineText::Colours colours = RoutineText::colours(history->palette());
    QCalendarWidget *calendar = history->calendar();
    EXPECT_EQ(calendar->dateTextFormat(QDate(2026, 11, 23)).background(), QBrush()); // before the routines began
    EXPECT_EQ(calendar->dateTextFormat(QDate(2026, 11, 24)).background().color(), colours.complete);
    EXPECT_EQ(calendar->dateTextFormat(QDate(2026, 11, 25)).background().color(), colours.partial);
    EXPECT_EQ(calendar->dateTextFormat(QDate(2026, 11, 26)).background().color(), colours.missed);
    EXPECT_EQ(calendar->dateTextFormat(QDate(2026, 11, 27)).background(), QBrush()); // today, nothing yet
    EXPECT_EQ(calendar->maximumDate(), QDate(2026, 11, 27));

    // A weekly routine colours its whole week, underlined while it is under way.
    history->setRoutine(u"rl-weekly"_s);
    EXPECT_EQ(calendar->dateTextFormat(QDate(2026, 11, 23)).background(), QBrush()); // nothing ticked yet
    ASSERT_TRUE(routines().tick(ref("rl-weekly", "weekly-docs"), key(Cadence::Weekly)));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return calendar->dateTextFormat(QDate(2026, 11, 23)).background().color() == colours.partial; }, 5000));
    EXPECT_EQ(calendar->dateTextFormat(QDate(2026, 11, 29)).background().color(), colours.partial);
    EXPECT_TRUE(calendar->dateTextFormat(QDate(2026, 11, 29)).fontUnderline());
    EXPECT_FALSE(calendar->dateTextFormat(QDate(2026, 11, 30)).background().style() != Qt::NoBrush);
}

TEST_F(RoutinesPageTest, TheReminderSettingIsOffByDefaultAndKept)
{
    EXPECT_FALSE(page->reminderSetting()->isChecked());
    QTest::mouseClick(page->reminderSetting(), Qt::LeftButton);
    EXPECT_TRUE(routines().ritualReminderEnabled());
    restart();
    EXPECT_TRUE(page->reminderSetting()->isChecked());
    EXPECT_TRUE(routines().ritualReminderDue()); // 24 November: November's last week, ritual open
}

/// The view on the real curriculum after two and a half weeks of use, photographed in light and dark.
class RoutinesScreenshotTest : public ::testing::Test
{
protected:
    QTemporaryDir profile;
};

TEST_F(RoutinesScreenshotTest, RoutinesInLightAndDark)
{
    // Three weeks into the routines, early February 2027: the curriculum's facts (checked 2026-11-24) are more than 60
    // days old, so the ritual lists notes to re-check.
    const QTimeZone berlin("Europe/Berlin");
    auto owned =
        std::make_unique<FixedClock>(QDateTime(QDate(2027, 1, 18), QTime(19, 0), berlin), DayBoundary(berlin, 4));
    FixedClock *clock = owned.get();
    Garden garden(std::move(owned));
    ASSERT_TRUE(garden.open(profile.path(), QStringLiteral(PMG_SOURCE_DIR "/curriculum")))
        << garden.error().toStdString();
    RoutineService &routines = garden.routines();
    // Most days done, some partly, one missed a week; a few weekly items; one note read today (an auto-tick).
    for (int day = 0; day < 18; ++day) {
        const RoutinePeriod daily = routines.current(u"rl-daily"_s);
        const int ticks = day % 7 == 4 ? 0 : day % 5 == 2 ? 3 : daily.total();
        for (int i = 0; i < ticks; ++i)
            ASSERT_TRUE(routines.tick({daily.routineId, daily.items.at(i).id}, daily.period.key));
        if (day % 7 == 5) {
            for (const char *id : {"weekly-docs", "weekly-docs-cards", "weekly-compare"})
                ASSERT_TRUE(routines.tick({u"rl-weekly"_s, QString::fromLatin1(id)},
                                          routines.currentPeriod(Cadence::Weekly).key));
        }
        clock->advance(86'400);
    }
    ASSERT_TRUE(routines.tick({u"rl-daily"_s, u"daily-cards"_s}, routines.currentPeriod(Cadence::Daily).key,
                              u"12 cards, 2 lapses"_s));
    ASSERT_TRUE(garden.progress().markRead(u"definitions"_s));
    ASSERT_TRUE(routines.tick({u"rl-ritual-update"_s, u"check-peps"_s}, routines.currentPeriod(Cadence::Monthly).key,
                              u"PEP 828 final"_s));
    ASSERT_TRUE(routines.tick({u"rl-weekly"_s, u"weekly-docs"_s}, routines.currentPeriod(Cadence::Weekly).key,
                              u"Data model: descriptors"_s));

    // English plural forms, as the app loads them ("3 days left").
    QTranslator plurals;
    ASSERT_TRUE(plurals.load(u":/i18n/python-mastery-garden_en"_s));
    QCoreApplication::installTranslator(&plurals);
    const QString outDir = qEnvironmentVariable("PMG_SCREENSHOT_DIR", QStringLiteral(PMG_BINARY_DIR "/screenshots"));
    QDir().mkpath(outDir);
    const auto shoot = [&](QWidget &page, const QString &name) {
        QTest::qWait(50); // let queued refreshes and layout settle
        const QImage image = page.grab().toImage();
        EXPECT_GT(test::distinctColours(image), 20) << name.toStdString();
        const QString path = QDir(outDir).filePath(name);
        ASSERT_TRUE(image.save(path, "PNG")) << path.toStdString();
        std::printf("[ screenshot ] %s\n", qPrintable(path));
    };
    for (const bool dark : {false, true}) {
        AppTheme::apply(dark);
        RoutinesPage page(garden);
        page.resize(1440, 900);
        ASSERT_TRUE(test::showActive(&page));
        page.history()->setRoutine(u"rl-daily"_s);
        page.history()->calendar()->setSelectedDate(QDate(2027, 2, 1));
        const QString theme = dark ? u"dark"_s : u"light"_s;
        shoot(page, u"routines-%1.png"_s.arg(theme));
        // The monthly ritual, its notes to re-check open.
        RoutineChecklistBox *ritual = page.checklist(u"rl-ritual-update"_s);
        QTest::mouseClick(ritual->tools()->button(), Qt::LeftButton);
        ASSERT_TRUE(QTest::qWaitFor([&] { return ritual->tools()->list()->height() > 100; }, 2000));
        QTest::qWait(50); // the scroll area's new height
        page.findChild<QScrollArea *>()->ensureWidgetVisible(ritual->tools()->list(), 0, 10);
        page.history()->setRoutine(u"rl-weekly"_s);
        shoot(page, u"routines-ritual-%1.png"_s.arg(theme));
    }
    QCoreApplication::removeTranslator(&plurals);
    AppTheme::apply(false);
}

} // namespace
} // namespace pmg
