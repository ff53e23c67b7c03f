// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The app on the real bundled curriculum, photographed: a note in light and dark, the palette with ranked results,
// the editor with its preview. The PNGs land in $PMG_SCREENSHOT_DIR (default: <build>/screenshots) for people to
// look at; the assertions check that each shot shows real content.
#include "commandpalette.h"
#include "curriculumtreemodel.h"
#include "garden/garden.h"
#include "guardedpage.h"
#include "mainwindow.h"
#include "noteeditor.h"
#include "noteprinter.h"
#include "noteview.h"
#include "support/guitesting.h"

#include <QAction>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QScreen>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeView>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

namespace pmg {
namespace {

class ScreenshotTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(garden.open(profile.path(), QStringLiteral(PMG_SOURCE_DIR "/curriculum")))
            << garden.error().toStdString();
        outDir = qEnvironmentVariable("PMG_SCREENSHOT_DIR", QStringLiteral(PMG_BINARY_DIR "/screenshots"));
        QDir().mkpath(outDir);
    }

    /// Saves the window once the note's frame has reached the screen; with `wholeScreen`, the screen (popups such as
    /// the palette are windows of their own).
    void shoot(MainWindow &window, const QString &name, bool wholeScreen = false)
    {
        // The web view's own area, not the window: tree and toolbar must not make a blank page pass.
        EXPECT_TRUE(test::waitForSteadyContent(window.view(), 40)) << name.toStdString() << " looks blank";
        const QString path = QDir(outDir).filePath(name);
        const QPixmap pixmap =
            wholeScreen ? window.screen()->grabWindow(0, window.x(), window.y(), window.width(), window.height())
                        : window.grab();
        ASSERT_TRUE(pixmap.save(path, "PNG")) << path.toStdString();
        std::printf("[ screenshot ] %s\n", qPrintable(path));
    }

    /// Waits until the page has been laid out at the view's width (after a resize).
    static bool waitForLayoutWidth(MainWindow &window)
    {
        return QTest::qWaitFor(
            [&] {
                const int css = test::evaluate(window.page(), QStringLiteral("window.innerWidth")).toInt();
                return std::abs(css - qRound(window.view()->width() / window.view()->zoomFactor())) <= 1;
            },
            10'000);
    }

    QTemporaryDir profile;
    Garden garden;
    QString outDir;
};

TEST_F(ScreenshotTest, NoteInLightAndDark)
{
    MainWindow window(garden);
    QSignalSpy loaded(window.page(), &QWebEnginePage::loadFinished);
    window.resize(1440, 900);
    window.setThemeChoice(MainWindow::ThemeChoice::Light);
    ASSERT_TRUE(test::showActive(&window));
    ASSERT_TRUE(loaded.wait(30'000));
    // A place where a table, highlighted Python with its output and a callout are on one screen.
    window.openNote(QStringLiteral("basic-examples"), QStringLiteral("arithmetic-operators-hold-a-few-surprises"));
    ASSERT_TRUE(loaded.wait(30'000));
    EXPECT_GT(test::evaluate(window.page(), QStringLiteral("document.querySelectorAll('.callout').length")).toInt(), 0);
    EXPECT_GT(test::evaluate(window.page(), QStringLiteral("document.querySelectorAll('table').length")).toInt(), 0);
    EXPECT_GT(
        test::evaluate(window.page(), QStringLiteral("document.querySelectorAll('pre.code span').length")).toInt(), 20);
    shoot(window, QStringLiteral("note-light.png"));
    window.setThemeChoice(MainWindow::ThemeChoice::Dark);
    ASSERT_TRUE(loaded.wait(30'000));
    shoot(window, QStringLiteral("note-dark.png"));

    // Printed from dark mode: the print rules make it black on white (note.pdf, for people to look at).
    QSignalSpy printed(window.printer(), &NotePrinter::finished);
    const QString pdf = QDir(outDir).filePath(QStringLiteral("note.pdf"));
    ASSERT_TRUE(window.printer()->exportPdf(pdf));
    ASSERT_TRUE(printed.wait(60'000));
    EXPECT_TRUE(printed.at(0).at(0).toBool()) << printed.at(0).at(1).toString().toStdString();
    std::printf("[ screenshot ] %s (%lld KB)\n", qPrintable(pdf), QFileInfo(pdf).size() / 1024);
}

TEST_F(ScreenshotTest, PaletteWithRankedResults)
{
    MainWindow window(garden);
    QSignalSpy loaded(window.page(), &QWebEnginePage::loadFinished);
    window.resize(1440, 900);
    ASSERT_TRUE(test::showActive(&window));
    ASSERT_TRUE(loaded.wait(30'000));
    ASSERT_TRUE(test::updateSearchIndexAndWait(window));
    window.palette()->popup();
    ASSERT_TRUE(test::typeIntoPalette(window.palette(), QStringLiteral("generator")));
    EXPECT_GE(window.palette()->results()->count(), 5);
    // The palette is a window of its own: wait until the screen shows what it painted.
    CommandPalette *palette = window.palette();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(palette));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            const QImage own = palette->grab().toImage();
            const QImage onScreen = palette->screen()
                                        ->grabWindow(0, palette->x(), palette->y(), palette->width(), palette->height())
                                        .toImage();
            if (own.size() != onScreen.size())
                return false;
            int same = 0;
            for (int i = 1; i <= 20; ++i)
                same += own.pixel(own.width() * i / 21, own.height() * i / 21)
                        == onScreen.pixel(own.width() * i / 21, own.height() * i / 21);
            return same >= 18;
        },
        10'000));
    shoot(window, QStringLiteral("palette.png"), true);
}

TEST_F(ScreenshotTest, EditorWithPreview)
{
    MainWindow window(garden);
    QSignalSpy loaded(window.page(), &QWebEnginePage::loadFinished);
    window.resize(1440, 900);
    ASSERT_TRUE(test::showActive(&window));
    ASSERT_TRUE(loaded.wait(30'000));
    // Click-to-paint on a real, long note (reported, not asserted: the build under test is Debug + sanitizers).
    const QModelIndex row = window.treeModel()->indexOf(QStringLiteral("definitions"));
    window.tree()->scrollTo(row);
    QElapsedTimer clock;
    clock.start();
    QTest::mouseClick(window.tree()->viewport(), Qt::LeftButton, Qt::NoModifier,
                      window.tree()->visualRect(row).center());
    ASSERT_TRUE(loaded.wait(30'000));
    const qint64 loadedAfter = clock.elapsed();
    window.view()->grab();
    std::printf("[ metric ] click on 'definitions' (%lld KB page) to loaded %lld ms, painted %lld ms\n",
                static_cast<long long>(garden.curriculum().note(QStringLiteral("definitions"))->body.size() / 1024),
                static_cast<long long>(loadedAfter), static_cast<long long>(clock.elapsed()));
    EXPECT_EQ(window.currentNoteId(), u"definitions");
    window.editCurrentNote();
    QSignalSpy previewLoaded(window.editor()->previewPageObject(), &QWebEnginePage::loadFinished);
    ASSERT_TRUE(previewLoaded.wait(30'000));
    shoot(window, QStringLiteral("editor.png"));
}

// A true-or-false and a multiple-choice question answered in the page and revealed, in light and dark
// (question-light.png, question-dark.png); the editor in a 1000×700 window (editor-small.png).
TEST_F(ScreenshotTest, RevealedQuestionsAndASmallEditor)
{
    MainWindow window(garden);
    QSignalSpy loaded(window.page(), &QWebEnginePage::loadFinished);
    window.resize(1400, 900);
    window.setThemeChoice(MainWindow::ThemeChoice::Light);
    ASSERT_TRUE(test::showActive(&window));
    ASSERT_TRUE(loaded.wait(30'000));
    window.openNote(QStringLiteral("beginner-quiz"), QStringLiteral("q-b-bool-is-int"));
    ASSERT_TRUE(loaded.wait(30'000));
    // Each click is waited for before the next: a click lands where the element was when it is processed.
    const auto isTrue = [&](const QString &script) {
        return QTest::qWaitFor([&] { return test::evaluate(window.page(), script).toBool(); }, 5000);
    };
    const auto answer = [&](const QString &item, int option) {
        const QString label = QStringLiteral("#%1 li:nth-child(%2) label").arg(item).arg(option);
        ASSERT_TRUE(test::clickElement(window.view(), label));
        ASSERT_TRUE(isTrue(QStringLiteral("document.querySelector('%1 input').checked").arg(label)));
        ASSERT_TRUE(test::clickElement(window.view(), QStringLiteral("#%1 summary").arg(item)));
        ASSERT_TRUE(isTrue(QStringLiteral("document.querySelector('#%1 details').open").arg(item)));
    };
    ASSERT_NO_FATAL_FAILURE(answer(QStringLiteral("q-b-bool-is-int"), 2));
    ASSERT_NO_FATAL_FAILURE(answer(QStringLiteral("q-b-falsy-values"), 1));
    test::evaluate(window.page(), QStringLiteral("document.getElementById('q-b-bool-is-int').scrollIntoView()"));
    shoot(window, QStringLiteral("question-light.png"));
    // The theme re-renders the page: answer again, in dark.
    window.setThemeChoice(MainWindow::ThemeChoice::Dark);
    ASSERT_TRUE(loaded.wait(30'000));
    ASSERT_NO_FATAL_FAILURE(answer(QStringLiteral("q-b-bool-is-int"), 1));
    test::evaluate(window.page(), QStringLiteral("document.getElementById('q-b-bool-is-int').scrollIntoView()"));
    shoot(window, QStringLiteral("question-dark.png"));

    window.setThemeChoice(MainWindow::ThemeChoice::Light);
    ASSERT_TRUE(loaded.wait(30'000));
    window.resize(1000, 700);
    window.openNote(QStringLiteral("definitions"));
    ASSERT_TRUE(loaded.wait(30'000));
    window.editCurrentNote();
    QSignalSpy previewLoaded(window.editor()->previewPageObject(), &QWebEnginePage::loadFinished);
    ASSERT_TRUE(previewLoaded.wait(30'000));
    shoot(window, QStringLiteral("editor-small.png"));
}

// The table of contents of a long note: a sticky column beside the text in a wide window, a box under the title in a
// narrow one (toc-wide.png, toc-narrow.png).
TEST_F(ScreenshotTest, TableOfContentsFollowsTheWindowWidth)
{
    MainWindow window(garden);
    QSignalSpy loaded(window.page(), &QWebEnginePage::loadFinished);
    window.resize(1800, 900);
    window.setThemeChoice(MainWindow::ThemeChoice::Light);
    ASSERT_TRUE(test::showActive(&window));
    ASSERT_TRUE(loaded.wait(30'000));
    window.openNote(QStringLiteral("common-workflows"));
    ASSERT_TRUE(loaded.wait(30'000));
    // [toc left, toc top, title right, title bottom] in CSS pixels; a missing table of contents fails the test.
    const auto geometry = [&] {
        return test::evaluate(window.page(), QStringLiteral("(() => { const t = document.querySelector('nav.toc');"
                                                            " const h = document.querySelector('article.note > h1');"
                                                            " if (!t || !h) return [];"
                                                            " const a = t.getBoundingClientRect();"
                                                            " const b = h.getBoundingClientRect();"
                                                            " return [a.left, a.top, b.right, b.bottom]; })()"))
            .toList();
    };
    ASSERT_TRUE(waitForLayoutWidth(window));
    const QVariantList wide = geometry();
    ASSERT_EQ(wide.size(), 4) << "no table of contents";
    EXPECT_GE(wide.at(0).toDouble(), wide.at(2).toDouble()) << "beside the text in a wide window";
    shoot(window, QStringLiteral("toc-wide.png"));

    window.resize(900, 800);
    ASSERT_TRUE(waitForLayoutWidth(window));
    const QVariantList narrow = geometry();
    ASSERT_EQ(narrow.size(), 4) << "no table of contents";
    EXPECT_LT(narrow.at(0).toDouble(), narrow.at(2).toDouble()) << "under the title in a narrow window";
    EXPECT_GE(narrow.at(1).toDouble(), narrow.at(3).toDouble());
    shoot(window, QStringLiteral("toc-narrow.png"));
}

// Opening real notes one after another, as a reader does (reported, not asserted: timings depend on the build and
// the machine). The figures in docs/performance.md come from this test in the Release build (preset "profile").
TEST_F(ScreenshotTest, OpeningRealNotesOneAfterAnother)
{
    MainWindow window(garden);
    QSignalSpy loaded(window.page(), &QWebEnginePage::loadFinished);
    window.resize(1440, 900);
    ASSERT_TRUE(test::showActive(&window));
    ASSERT_TRUE(loaded.wait(30'000));
    QList<qint64> painted;
    for (int round = 0; round < 2; ++round) {
        for (const QString &id : {QStringLiteral("definitions"), QStringLiteral("common-workflows"),
                                  QStringLiteral("basic-examples"), QStringLiteral("foundations")}) {
            QElapsedTimer clock;
            clock.start();
            window.openNote(id);
            ASSERT_TRUE(loaded.wait(30'000));
            const qint64 loadedAfter = clock.elapsed();
            window.view()->grab();
            painted.append(clock.elapsed());
            EXPECT_EQ(window.currentNoteId(), id);
            std::printf("[ metric ] open %s (%lld KB) loaded %lld ms, painted %lld ms\n", qPrintable(id),
                        static_cast<long long>(garden.curriculum().note(id)->body.size() / 1024),
                        static_cast<long long>(loadedAfter), static_cast<long long>(painted.last()));
        }
    }
    std::sort(painted.begin(), painted.end());
    std::printf("[ metric ] open a note to painted: median %lld ms, max %lld ms over %lld opens\n",
                static_cast<long long>(painted.at(painted.size() / 2)), static_cast<long long>(painted.last()),
                static_cast<long long>(painted.size()));
}

} // namespace
} // namespace pmg
