// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "curriculumtreemodel.h"
#include "guardedpage.h"
#include "mainwindow.h"
#include "noteview.h"
#include "support/guitesting.h"
#include "support/windowfixture.h"

#include <QAction>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTreeView>
#include <QWebEngineSettings>

namespace pmg {
namespace {

using test::evaluate;

using MainWindowTest = test::WindowFixture;

TEST_F(MainWindowTest, ShowsTheFirstNoteWithHighlightedPython)
{
    QElapsedTimer clock;
    clock.start();
    ASSERT_TRUE(startWindow());
    EXPECT_TRUE(loaded->first().first().toBool());
    std::printf("[ metric ] first note loaded %lld ms after show()\n", static_cast<long long>(clock.elapsed()));
    EXPECT_EQ(window->currentNoteId(), u"first");

    const QString text = test::bodyText(window->page());
    EXPECT_TRUE(text.contains(QLatin1String("Note first"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QLatin1String("Hello, {name}!"))) << text.toStdString();
    EXPECT_EQ(evaluate(window->page(), QStringLiteral("document.querySelectorAll('table td').length")).toInt(), 2);

    // The keyword span exists and the stylesheet (served through garden:) gives it a colour of its own.
    const QString keywordColor =
        evaluate(window->page(),
                 QStringLiteral("(() => { const k = document.querySelector('pre.code span[class^=hl-]');"
                                " return k ? getComputedStyle(k).color : 'none'; })()"))
            .toString();
    const QString codeColor =
        evaluate(window->page(), QStringLiteral("getComputedStyle(document.querySelector('pre.code')).color"))
            .toString();
    EXPECT_NE(keywordColor, u"none");
    EXPECT_NE(keywordColor, codeColor) << keywordColor.toStdString();

    // Scripts written in notes never run: JavaScript is off for page content.
    EXPECT_FALSE(window->page()->settings()->testAttribute(QWebEngineSettings::JavascriptEnabled));
    // The web view's own pixels: tree and toolbar around it must not make a blank page pass.
    EXPECT_TRUE(test::waitForContent(window->view())) << "the note looks blank";
}

TEST_F(MainWindowTest, RefusesToNavigateOutsideTheApp)
{
    ASSERT_TRUE(startWindow());
    QSignalSpy refused(window->page(), &GuardedPage::navigationRefused);
    window->page()->load(QUrl(QStringLiteral("https://example.invalid/")));
    ASSERT_TRUE(refused.wait(10'000));
    EXPECT_EQ(refused.first().first().toUrl(), QUrl(QStringLiteral("https://example.invalid/")));
    EXPECT_EQ(window->page()->url().scheme(), u"garden");
    EXPECT_EQ(loaded->size(), 1); // only the first note: nothing else loaded
}

TEST_F(MainWindowTest, TheTreeNestsNotesBySectionAndOpensThemWithProgressMarks)
{
    ASSERT_TRUE(startWindow());

    CurriculumTreeModel *model = window->treeModel();
    ASSERT_EQ(model->rowCount(), 1); // one part
    const QModelIndex part = model->index(0, 0);
    EXPECT_EQ(part.data(CurriculumTreeModel::NoteIdRole).toString(), u"first");
    ASSERT_EQ(model->rowCount(part), 2);
    EXPECT_EQ(model->index(1, 0, part).data(Qt::DisplayRole).toString(), u"1.2  Note third");
    EXPECT_NE(model->progress(QStringLiteral("first")), CurriculumTreeModel::Progress::Unread);
    EXPECT_EQ(model->progress(QStringLiteral("third")), CurriculumTreeModel::Progress::Unread);

    // A real click on the row opens the note; click-to-paint is reported (not asserted).
    const QModelIndex third = model->indexOf(QStringLiteral("third"));
    const QRect row = window->tree()->visualRect(third);
    ASSERT_TRUE(row.isValid());
    QElapsedTimer clock;
    clock.start();
    QTest::mouseClick(window->tree()->viewport(), Qt::LeftButton, Qt::NoModifier, row.center());
    ASSERT_TRUE(waitLoaded());
    const qint64 loadedAfter = clock.elapsed();
    window->view()->grab(); // forces the frame to be painted
    std::printf("[ metric ] click on a note to page loaded %lld ms, painted %lld ms\n",
                static_cast<long long>(loadedAfter), static_cast<long long>(clock.elapsed()));
    EXPECT_EQ(window->currentNoteId(), u"third");
    EXPECT_TRUE(test::bodyText(window->page()).contains(QLatin1String("Third note")));
    // A note that fits on the screen is read as soon as it is shown.
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return model->progress(QStringLiteral("third")) == CurriculumTreeModel::Progress::Read; }, 5000));
    EXPECT_EQ(window->tree()->currentIndex(), third);
    // Marks come from the profile: a new window shows them too.
    MainWindow again(*garden);
    EXPECT_EQ(again.treeModel()->progress(QStringLiteral("third")), CurriculumTreeModel::Progress::Read);
    EXPECT_EQ(again.treeModel()->progress(QStringLiteral("second")), CurriculumTreeModel::Progress::Unread);
}

TEST_F(MainWindowTest, BackForwardAndPreviousNext)
{
    ASSERT_TRUE(startWindow());

    window->action(QStringLiteral("go.next"))->trigger();
    ASSERT_TRUE(waitLoaded());
    EXPECT_EQ(window->currentNoteId(), u"second");
    // An internal link, clicked for real.
    window->openNote(QStringLiteral("third"));
    ASSERT_TRUE(waitLoaded());
    ASSERT_TRUE(test::clickElement(window->view(), QStringLiteral("a.wikilink")));
    ASSERT_TRUE(waitLoaded());
    EXPECT_EQ(window->currentNoteId(), u"second");
    EXPECT_FALSE(window->action(QStringLiteral("go.forward"))->isEnabled());

    // Alt+Left is Back; Alt+Right is Forward.
    QTest::keyClick(window.get(), Qt::Key_Left, Qt::AltModifier);
    ASSERT_TRUE(waitLoaded());
    EXPECT_EQ(window->currentNoteId(), u"third");
    QTest::keyClick(window.get(), Qt::Key_Right, Qt::AltModifier);
    ASSERT_TRUE(waitLoaded());
    EXPECT_EQ(window->currentNoteId(), u"second");

    // The mouse's back and forward buttons, on the page itself.
    QWidget *surface = window->view()->focusProxy();
    ASSERT_NE(surface, nullptr);
    QTest::mouseClick(surface, Qt::BackButton, Qt::NoModifier, QPoint(200, 200));
    ASSERT_TRUE(waitLoaded());
    EXPECT_EQ(window->currentNoteId(), u"third");
    QTest::mouseClick(surface, Qt::ForwardButton, Qt::NoModifier, QPoint(200, 200));
    ASSERT_TRUE(waitLoaded());
    EXPECT_EQ(window->currentNoteId(), u"second");

    window->action(QStringLiteral("go.previous"))->trigger();
    ASSERT_TRUE(waitLoaded());
    EXPECT_EQ(window->currentNoteId(), u"first");
    EXPECT_FALSE(window->action(QStringLiteral("go.previous"))->isEnabled());
}

} // namespace
} // namespace pmg
