// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The challenge page driven through its widgets: the list and its filters, a workspace where a fix is typed and the
// tests turn green, the editor's Python habits, Reset and Show solution behind their confirmations, code and results
// across a restart, megabytes of output without a frozen UI, a missing python3, a read-only profile.
#include "apptheme.h"
#include "challengecolours.h"
#include "challengefilter.h"
#include "challengelistmodel.h"
#include "challengelistview.h"
#include "challengepage.h"
#include "challengeresultsview.h"
#include "challenges/challengeservice.h"
#include "challengestatementview.h"
#include "challengeworkspace.h"
#include "garden/settingsservice.h"
#include "markdown/noterenderer.h"
#include "messagebanner.h"
#include "python/challengerunner.h"
#include "pythoneditor.h"
#include "support/challengefixture.h"
#include "support/guitesting.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTreeView>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace pmg {
namespace {

/// Answers the next message box (Yes/accept or Cancel) once it is up, with a click on its button.
void answerNextMessageBox(bool accept)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, accept] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        timer->stop();
        timer->deleteLater();
        for (QAbstractButton *button : box->buttons()) {
            if ((box->buttonRole(button) == QMessageBox::AcceptRole) == accept) {
                QTest::mouseClick(button, Qt::LeftButton);
                return;
            }
        }
    });
    timer->start();
}

class ChallengePageTest : public test::ChallengeFixture
{
protected:
    void SetUp() override
    {
        AppTheme::apply(false);
        writeChallengeCurriculum();
    }
    void TearDown() override
    {
        page.reset(); // before the garden it writes to
        renderer.reset();
    }

    /// Opens the garden (again, as an app start would) and a page on it, shown and active.
    ChallengePage &openPage()
    {
        page.reset();
        renderer.reset();
        openGarden();
        renderer = std::make_unique<NoteRenderer>(garden->curriculum());
        page = std::make_unique<ChallengePage>(*garden, *renderer);
        page->resize(1280, 800);
        EXPECT_TRUE(test::showActive(page.get()));
        return *page;
    }

    ChallengeWorkspace &workspace() { return *page->workspace(); }
    PythonEditor *editor() { return page->workspace()->editor(); }

    /// Opens `id` from the list the way a learner does: select its row, press Enter.
    void openFromList(const QString &id)
    {
        QTreeView *view = page->list()->view();
        const int row = page->list()->model()->rowOf(id);
        ASSERT_GE(row, 0);
        const QModelIndex index =
            page->list()->filter()->mapFromSource(page->list()->model()->index(row, ChallengeListModel::TitleColumn));
        view->setFocus();
        view->setCurrentIndex(index);
        QTest::keyClick(view, Qt::Key_Return);
        ASSERT_TRUE(page->isShowingWorkspace());
        ASSERT_EQ(workspace().challengeId(), id);
    }

    /// Presses Ctrl+Enter in the editor and waits for the run's result.
    ChallengeResult runWithKeys()
    {
        QSignalSpy finished(&workspace(), &ChallengeWorkspace::runFinished);
        editor()->setFocus();
        QTest::keyClick(editor(), Qt::Key_Return, Qt::ControlModifier);
        EXPECT_TRUE(workspace().isRunning()) << "Ctrl+Enter did not start the tests";
        EXPECT_TRUE(finished.wait(30'000));
        return finished.isEmpty() ? ChallengeResult() : finished.first().first().value<ChallengeResult>();
    }

    QTreeWidgetItem *resultItem(int i) { return workspace().results()->tests()->topLevelItem(i); }

    std::unique_ptr<NoteRenderer> renderer;
    std::unique_ptr<ChallengePage> page;
};

TEST_F(ChallengePageTest, TypesAFixAndSeesTheTestsTurnGreen)
{
    openPage();
    openFromList(u"ch-double"_s);
    EXPECT_EQ(editor()->toPlainText(), QString::fromLatin1(doubleStarter));
    EXPECT_TRUE(editor()->hasFocus());
    EXPECT_TRUE(workspace().statement()->toPlainText().contains(u"returns twice x"_s))
        << workspace().statement()->toPlainText().toStdString();

    // The starter: one test of two fails, with its assertion message and what it printed.
    ChallengeResult r = runWithKeys();
    ASSERT_EQ(r.status, ChallengeResult::Status::Failed) << r.message.toStdString();
    QTreeWidget *tests = workspace().results()->tests();
    ASSERT_EQ(tests->topLevelItemCount(), 2);
    EXPECT_EQ(resultItem(0)->text(0), u"✓ test_zero"_s);
    EXPECT_EQ(resultItem(1)->text(0), u"✗ test_two"_s);
    const QPalette pal = tests->palette();
    EXPECT_EQ(resultItem(1)->foreground(0).color(), ChallengeColours::failed(pal));
    ASSERT_EQ(resultItem(1)->childCount(), 2);
    EXPECT_TRUE(resultItem(1)->isExpanded());
    EXPECT_TRUE(resultItem(1)->child(0)->text(0).contains(u"double(2) should be 4"_s));
    EXPECT_TRUE(resultItem(1)->child(1)->text(0).contains(u"doubling 2"_s));
    EXPECT_TRUE(workspace().results()->summary()->text().contains(u"1 of 2 tests passed"_s))
        << workspace().results()->summary()->text().toStdString();
    EXPECT_TRUE(workspace().badge()->text().contains(u"Not solved yet"_s));

    // The fix, typed at the end of "return x".
    QTest::keyClick(editor(), Qt::Key_End, Qt::ControlModifier);
    QTest::keyClick(editor(), Qt::Key_Up);
    QTest::keyClick(editor(), Qt::Key_End);
    QTest::keyClicks(editor(), u" * 2"_s);
    EXPECT_EQ(editor()->toPlainText(), QString::fromLatin1(doubleSolution));
    r = runWithKeys();
    ASSERT_EQ(r.status, ChallengeResult::Status::Passed) << r.message.toStdString();
    ASSERT_EQ(tests->topLevelItemCount(), 2);
    for (int i = 0; i < 2; ++i) {
        EXPECT_TRUE(resultItem(i)->text(0).startsWith(u"✓"_s)) << resultItem(i)->text(0).toStdString();
        EXPECT_EQ(resultItem(i)->foreground(0).color(), ChallengeColours::passed(pal));
    }
    EXPECT_TRUE(workspace().results()->summary()->text().contains(u"All 2 tests passed"_s));
    EXPECT_TRUE(workspace().badge()->text().contains(u"Solved"_s));
    EXPECT_TRUE(garden->challenges().progress(u"ch-double"_s).solved());
    EXPECT_EQ(garden->challenges().code(u"ch-double"_s), QString::fromLatin1(doubleSolution)) << "saved before running";

    // Back in the list, it is solved.
    page->showList();
    const QModelIndex status =
        page->list()->model()->index(page->list()->model()->rowOf(u"ch-double"_s), ChallengeListModel::StatusColumn);
    EXPECT_EQ(status.data().toString(), u"✓ Solved"_s);
    EXPECT_EQ(page->list()->summary()->text(), u"1 of 2 solved"_s);
}

TEST_F(ChallengePageTest, CodeAndResultsPersistAcrossRestart)
{
    openPage();
    openFromList(u"ch-double"_s);
    QTest::keyClick(editor(), Qt::Key_End, Qt::ControlModifier);
    QTest::keyClick(editor(), Qt::Key_Up);
    QTest::keyClick(editor(), Qt::Key_End);
    QTest::keyClicks(editor(), u" + 0"_s);
    // The typing is saved by itself a moment after it stops.
    ASSERT_TRUE(QTest::qWaitFor([&] { return garden->challenges().hasSavedCode(u"ch-double"_s); }, 5'000));
    EXPECT_EQ(workspace().saveState()->text(), u"Saved"_s);
    ASSERT_EQ(runWithKeys().status, ChallengeResult::Status::Failed);
    // Typed just before quitting: the page saves it as it closes.
    QTest::keyClicks(editor(), u"  # last words"_s);
    const QString typed = editor()->toPlainText();

    gardenClock->advance(3600);
    openPage(); // a restart: a new garden and a new page
    EXPECT_FALSE(page->isShowingWorkspace());
    const QModelIndex status =
        page->list()->model()->index(page->list()->model()->rowOf(u"ch-double"_s), ChallengeListModel::StatusColumn);
    EXPECT_EQ(status.data().toString(), u"Best: 1 of 2 passed"_s);
    openFromList(u"ch-double"_s);
    EXPECT_EQ(editor()->toPlainText(), typed);
    const QString summary = workspace().results()->summary()->text();
    EXPECT_TRUE(summary.contains(u"Last run"_s) && summary.contains(u"1 of 2 tests passed"_s)) << summary.toStdString();
    EXPECT_TRUE(workspace().badge()->text().contains(u"Not solved yet"_s));
}

TEST_F(ChallengePageTest, ResetToStarterIsConfirmedAndCanBeUndone)
{
    openPage();
    openFromList(u"ch-double"_s);
    editor()->moveCursor(QTextCursor::End);
    QTest::keyClicks(editor(), u"mine = 1"_s);
    const QString mine = editor()->toPlainText();

    answerNextMessageBox(false);
    QTest::mouseClick(workspace().resetButton(), Qt::LeftButton);
    EXPECT_EQ(editor()->toPlainText(), mine) << "cancelled";

    answerNextMessageBox(true);
    QTest::mouseClick(workspace().resetButton(), Qt::LeftButton);
    EXPECT_EQ(editor()->toPlainText(), QString::fromLatin1(doubleStarter));
    EXPECT_FALSE(garden->challenges().hasSavedCode(u"ch-double"_s)) << "the starter is not the learner's code";

    editor()->setFocus();
    QTest::keyClick(editor(), Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(editor()->toPlainText(), mine);
    ASSERT_TRUE(QTest::qWaitFor([&] { return garden->challenges().code(u"ch-double"_s) == mine; }, 5'000));
}

TEST_F(ChallengePageTest, TheReferenceSolutionIsShownAfterAConfirmationAndRecorded)
{
    openPage();
    openFromList(u"ch-double"_s);
    answerNextMessageBox(false);
    QTest::mouseClick(workspace().solutionButton(), Qt::LeftButton);
    EXPECT_FALSE(workspace().statement()->toPlainText().contains(u"return x * 2"_s));
    EXPECT_FALSE(garden->challenges().progress(u"ch-double"_s).referenceShownAt);

    answerNextMessageBox(true);
    QTest::mouseClick(workspace().solutionButton(), Qt::LeftButton);
    EXPECT_TRUE(workspace().statement()->toPlainText().contains(u"return x * 2"_s));
    EXPECT_EQ(garden->challenges().progress(u"ch-double"_s).referenceShownAt, std::optional(gardenClock->now()));
    EXPECT_FALSE(workspace().solutionButton()->isEnabled());
    EXPECT_EQ(editor()->toPlainText(), QString::fromLatin1(doubleStarter)) << "the learner's code is left alone";
}

TEST_F(ChallengePageTest, TheLearnLinkAsksForTheNoteThatTeachesIt)
{
    openPage();
    openFromList(u"ch-double"_s);
    ChallengeStatementView *statement = workspace().statement();
    QSignalSpy requested(page.get(), &ChallengePage::openNoteRequested);
    QTextCursor link = statement->document()->find(u"Note doubling"_s);
    ASSERT_FALSE(link.isNull()) << statement->toPlainText().toStdString();
    link.setPosition(link.selectionStart() + 3);
    const QPoint at = statement->cursorRect(link).center();
    QTest::mouseClick(statement->viewport(), Qt::LeftButton, Qt::NoModifier, at);
    ASSERT_EQ(requested.size(), 1);
    EXPECT_EQ(requested.first().at(0).toString(), u"doubling"_s);
    EXPECT_EQ(requested.first().at(1).toString(), u"ch-double"_s);
}

// 100 MB printed while the code loads and inside a test: cut at the runner's caps, shortened on screen, and the event
// loop keeps turning all along (reading the output, recording the run, showing the results).
TEST_F(ChallengePageTest, MegabytesOfOutputDoNotFreezeTheUi)
{
    openPage();
    const QString flood = u"import sys\n\nfor _ in range(50):\n    sys.stdout.write('x' * 1_000_000 + '\\n')\n\n\n"
                          "def double(x):\n    for _ in range(50):\n        print('y' * 1_000_000)\n"
                          "    return x * 2\n"_s;
    ASSERT_TRUE(garden->challenges().saveCode(u"ch-double"_s, flood));
    openFromList(u"ch-double"_s);

    QElapsedTimer sinceTick;
    qint64 longestGap = 0;
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, [&] { longestGap = std::max(longestGap, sinceTick.restart()); });
    ticker.start(5);
    sinceTick.start();
    const ChallengeResult r = runWithKeys();
    page->repaint(); // the results, painted
    QSignalSpy ticks(&ticker, &QTimer::timeout);
    ASSERT_TRUE(ticks.wait(1000)); // one more turn of the event loop after the results are in
    ticker.stop();
    std::printf("[ metric ] 100 MB printed in a challenge run: longest event-loop gap %lld ms\n",
                qlonglong(longestGap));
    EXPECT_EQ(r.status, ChallengeResult::Status::Passed) << r.message.toStdString();
    EXPECT_LT(longestGap, 1000) << "the UI froze while the output was read or shown";
    const QTreeWidgetItem *loading = resultItem(2);
    ASSERT_NE(loading, nullptr);
    ASSERT_GE(loading->childCount(), 1);
    EXPECT_LE(loading->child(0)->text(0).size(), 40 * 300) << "megabytes were handed to the widget";
    EXPECT_TRUE(loading->child(0)->text(0).contains(u"more characters"_s));
}

TEST_F(ChallengePageTest, ARunawayRunIsStoppedWithTheStopButton)
{
    openPage();
    ASSERT_TRUE(garden->challenges().saveCode(u"ch-double"_s, u"def double(x):\n    while True:\n        pass\n"_s));
    openFromList(u"ch-double"_s);
    QSignalSpy finished(&workspace(), &ChallengeWorkspace::runFinished);
    QTest::mouseClick(workspace().runButton(), Qt::LeftButton);
    ASSERT_TRUE(workspace().isRunning());
    EXPECT_FALSE(workspace().runButton()->isVisible());
    ASSERT_TRUE(workspace().stopButton()->isVisible());
    QTest::qWait(200); // a moment passes on purpose: the runaway code is still running, the window keeps answering
    EXPECT_TRUE(finished.isEmpty());
    QTest::mouseClick(workspace().stopButton(), Qt::LeftButton);
    ASSERT_TRUE(finished.wait(10'000));
    EXPECT_EQ(finished.first().first().value<ChallengeResult>().status, ChallengeResult::Status::Cancelled);
    EXPECT_FALSE(workspace().isRunning());
    EXPECT_TRUE(workspace().runButton()->isVisible());
    EXPECT_EQ(workspace().results()->summary()->text(), u"Stopped."_s);
    EXPECT_EQ(garden->challenges().progress(u"ch-double"_s).lastRun->status, ChallengeResult::Status::Cancelled);
}

TEST_F(ChallengePageTest, AMissingPythonShowsTheInstallHintAndRecordsNothing)
{
    openPage();
    ASSERT_TRUE(
        garden->settings().setValue(QString::fromLatin1(ChallengeService::interpreterKey), u"/nonexistent/python3"_s));
    openFromList(u"ch-double"_s);
    const ChallengeResult r = runWithKeys();
    EXPECT_EQ(r.status, ChallengeResult::Status::ToolMissing);
    const QString summary = workspace().results()->summary()->text();
    EXPECT_TRUE(summary.contains(u"apt install python3"_s)) << summary.toStdString();
    EXPECT_TRUE(workspace().results()->findChild<QPushButton *>()->isVisible()) << "Choose python3… is offered";
    EXPECT_EQ(garden->challenges().progress(u"ch-double"_s).runCount, 0);
}

TEST_F(ChallengePageTest, AReadOnlyProfileSaysSoAndSavesNothing)
{
    openGarden();
    garden.reset();
    Garden reader;
    ASSERT_TRUE(reader.open(profile.path(), dir.path(), {.readOnly = true}));
    NoteRenderer readerRenderer(reader.curriculum());
    {
        ChallengePage readOnlyPage(reader, readerRenderer);
        readOnlyPage.resize(1000, 700);
        ASSERT_TRUE(test::showActive(&readOnlyPage));
        ASSERT_TRUE(readOnlyPage.openChallenge(u"ch-double"_s));
        ChallengeWorkspace *ws = readOnlyPage.workspace();
        EXPECT_TRUE(ws->readOnlyBanner()->isVisible());
        EXPECT_TRUE(ws->readOnlyBanner()->text().contains(u"read-only"_s))
            << ws->readOnlyBanner()->text().toStdString();
        ws->editor()->moveCursor(QTextCursor::End);
        QTest::keyClicks(ws->editor(), u"mine = 1"_s);
        ws->saveNow();
        EXPECT_TRUE(ws->saveState()->text().contains(u"Not saved"_s)) << ws->saveState()->text().toStdString();
        QSignalSpy finished(ws, &ChallengeWorkspace::runFinished);
        ws->runTests();
        ASSERT_TRUE(finished.wait(30'000));
        EXPECT_TRUE(ws->results()->summary()->text().contains(u"1 of 2"_s)) << "the tests still run";
    }
    EXPECT_FALSE(reader.challenges().hasSavedCode(u"ch-double"_s));
    EXPECT_EQ(reader.challenges().progress(u"ch-double"_s).runCount, 0);
}

TEST_F(ChallengePageTest, TheListFiltersByPartLevelStateAndTitle)
{
    openPage();
    ASSERT_TRUE(garden->challenges().recordRun(u"ch-greet"_s, [] {
        ChallengeResult r;
        r.status = ChallengeResult::Status::Passed;
        r.tests = {{u"test_greet"_s, TestResult::Status::Passed, {}, {}}};
        return r;
    }()));
    page->list()->refresh();
    ChallengeListView *list = page->list();
    QTreeView *view = list->view();
    EXPECT_EQ(view->model()->rowCount(), 2);
    EXPECT_EQ(list->partBox()->count(), 3) << "all parts, part 1, part 2";
    EXPECT_TRUE(list->partBox()->itemText(2).contains(u"Note second-part"_s)) << "named by the part's note";

    list->partBox()->setCurrentIndex(list->partBox()->findData(2));
    EXPECT_EQ(view->model()->rowCount(), 1);
    EXPECT_EQ(view->model()->index(0, 0).data(ChallengeListModel::IdRole).toString(), u"ch-greet"_s);
    list->partBox()->setCurrentIndex(0);

    list->levelBox()->setCurrentIndex(list->levelBox()->findData(int(Level::Beginner)));
    EXPECT_EQ(view->model()->rowCount(), 1);
    EXPECT_EQ(view->model()->index(0, 0).data(ChallengeListModel::IdRole).toString(), u"ch-double"_s);
    list->levelBox()->setCurrentIndex(0);

    list->stateBox()->setCurrentIndex(list->stateBox()->findData(int(ChallengeFilter::State::Solved)));
    EXPECT_EQ(view->model()->rowCount(), 1);
    EXPECT_EQ(view->model()->index(0, 0).data(ChallengeListModel::IdRole).toString(), u"ch-greet"_s);
    list->stateBox()->setCurrentIndex(list->stateBox()->findData(int(ChallengeFilter::State::Unsolved)));
    EXPECT_EQ(view->model()->index(0, 0).data(ChallengeListModel::IdRole).toString(), u"ch-double"_s);
    list->stateBox()->setCurrentIndex(0);

    QTest::keyClicks(list->searchField(), u"doub"_s);
    EXPECT_EQ(view->model()->rowCount(), 1);
    list->searchField()->clear();
    EXPECT_EQ(view->model()->rowCount(), 2);
}

// The editor on its own: what Enter, Tab, Shift+Tab and Backspace do to indentation, each one undo step.
TEST_F(ChallengePageTest, TheEditorIndentsLikeAPythonEditor)
{
    openPage();
    PythonEditor editor(renderer->repository());
    editor.resize(600, 400);
    ASSERT_TRUE(test::showActive(&editor));
    QTest::keyClicks(&editor, u"def f(x):"_s);
    QTest::keyClick(&editor, Qt::Key_Return);
    QTest::keyClicks(&editor, u"if x:  # positive"_s);
    QTest::keyClick(&editor, Qt::Key_Return);
    QTest::keyClicks(&editor, u"return 1"_s);
    QTest::keyClick(&editor, Qt::Key_Return);
    QTest::keyClicks(&editor, u"y = 2"_s);
    QTest::keyClick(&editor, Qt::Key_Return);
    EXPECT_EQ(editor.toPlainText(), u"def f(x):\n    if x:  # positive\n        return 1\n    y = 2\n    "_s);

    QTest::keyClick(&editor, Qt::Key_Backspace); // in the indentation: one level at a time
    EXPECT_TRUE(editor.toPlainText().endsWith(u"y = 2\n"_s));
    QTest::keyClick(&editor, Qt::Key_Tab);
    QTest::keyClicks(&editor, u"z"_s);
    QTest::keyClick(&editor, Qt::Key_Tab); // to the next multiple of 4
    EXPECT_TRUE(editor.toPlainText().endsWith(u"\n    z   "_s)) << editor.toPlainText().toStdString();
    EXPECT_FALSE(editor.toPlainText().contains(u'\t'));

    QTest::keyClick(&editor, Qt::Key_Backtab);
    EXPECT_TRUE(editor.toPlainText().endsWith(u"\nz   "_s)) << editor.toPlainText().toStdString();
    QTest::keyClick(&editor, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_TRUE(editor.toPlainText().endsWith(u"\n    z   "_s)) << "Shift+Tab is one undo step";

    // Whole lines: Tab indents each selected line, Shift+Tab takes it back.
    const QString before = editor.toPlainText();
    editor.selectAll();
    QTest::keyClick(&editor, Qt::Key_Tab);
    EXPECT_TRUE(editor.toPlainText().startsWith(u"    def f(x):\n        if x:"_s))
        << editor.toPlainText().toStdString();
    QTest::keyClick(&editor, Qt::Key_Backtab);
    EXPECT_EQ(editor.toPlainText(), before);
}

// The page on the real curriculum, photographed: the list with some progress, a workspace with failing and passing
// tests in light and dark. The PNGs land in $PMG_SCREENSHOT_DIR (default: <build>/screenshots) for people to look at.
class ChallengeScreenshotTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        AppTheme::apply(false);
        ASSERT_TRUE(garden.open(profile.path(), QStringLiteral(PMG_SOURCE_DIR "/curriculum")))
            << garden.error().toStdString();
        outDir = qEnvironmentVariable("PMG_SCREENSHOT_DIR", QStringLiteral(PMG_BINARY_DIR "/screenshots"));
        QDir().mkpath(outDir);
    }
    void TearDown() override { AppTheme::apply(false); }

    void shoot(QWidget *widget, const QString &name)
    {
        // Native widgets paint synchronously into grab(): no compositor frame to wait for.
        const QString path = QDir(outDir).filePath(name);
        const QImage image = widget->grab().toImage();
        ASSERT_TRUE(image.save(path, "PNG")) << path.toStdString();
        std::printf("[ screenshot ] %s\n", qPrintable(path));
        EXPECT_GT(test::distinctColours(image), 40) << name.toStdString() << " looks blank";
    }

    /// Records a run of `code` on challenge `id`, as the workspace would.
    void recordRun(const QString &id, bool solve)
    {
        const Challenge *challenge = garden.challenges().challenge(id);
        ASSERT_NE(challenge, nullptr) << id.toStdString();
        const ChallengeResult r = ChallengeRunner::run(*challenge, solve ? challenge->solution : challenge->starter);
        ASSERT_TRUE(garden.challenges().recordRun(id, r));
    }

    QTemporaryDir profile;
    Garden garden{std::make_unique<FixedClock>(QDateTime(QDate(2026, 11, 24), QTime(18, 30), QTimeZone::UTC),
                                               DayBoundary(QTimeZone("Europe/Berlin"), 4))};
    QString outDir;
};

TEST_F(ChallengeScreenshotTest, ListAndWorkspaceInLightAndDark)
{
    recordRun(u"ch-p2-calc-evaluate"_s, true);
    recordRun(u"ch-p2-todo-json"_s, false);
    recordRun(u"ch-p4-generators-chunks"_s, true);
    NoteRenderer renderer(garden.curriculum());
    ChallengePage page(garden, renderer);
    page.resize(1440, 900);
    ASSERT_TRUE(test::showActive(&page));
    shoot(&page, u"challenges-list.png"_s);

    ASSERT_TRUE(page.openChallenge(u"ch-p2-calc-evaluate"_s));
    ChallengeWorkspace *ws = page.workspace();
    ws->editor()->setPlainText(garden.challenges().challenge(u"ch-p2-calc-evaluate"_s)->starter);
    QSignalSpy finished(ws, &ChallengeWorkspace::runFinished);
    ws->runTests();
    ASSERT_TRUE(finished.wait(30'000));
    EXPECT_EQ(finished.first().first().value<ChallengeResult>().status, ChallengeResult::Status::Failed);
    shoot(&page, u"challenge-workspace-light.png"_s);

    AppTheme::apply(true);
    shoot(&page, u"challenge-workspace-dark.png"_s);

    // A mypy-checked challenge with code in its statement, its reference solution shown and mypy's verdict.
    ASSERT_TRUE(page.openChallenge(u"ch-p4-type-hints-strict"_s));
    ws->statement()->showReferenceSolution();
    finished.clear();
    ws->runTests();
    ASSERT_TRUE(finished.wait(60'000));
    shoot(&page, u"challenge-workspace-mypy-dark.png"_s);
    EXPECT_TRUE(ChallengeColours::isDark(ws->editor()->palette()));
    page.showList();
    shoot(&page, u"challenges-list-dark.png"_s);
}

} // namespace
} // namespace pmg
