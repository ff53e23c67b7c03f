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
#include "noteview.h"
#include "support/guitesting.h"

#include <QAction>
#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QListWidget>
#include <QScreen>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeView>

#include <gtest/gtest.h>

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

    /// Saves the window; with `wholeScreen`, the screen (popups such as the palette are windows of their own).
    void shoot(QWidget *widget, const QString &name, bool wholeScreen = false)
    {
        test::settle(800); // the compositor's frame reaches the window
        const QString path = QDir(outDir).filePath(name);
        const QPixmap pixmap =
            wholeScreen ? widget->screen()->grabWindow(0, widget->x(), widget->y(), widget->width(), widget->height())
                        : widget->grab();
        ASSERT_TRUE(pixmap.save(path, "PNG")) << path.toStdString();
        std::printf("[ screenshot ] %s\n", qPrintable(path));
        EXPECT_GT(test::distinctColours(widget), 40) << name.toStdString() << " looks blank";
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
    shoot(&window, QStringLiteral("note-light.png"));
    window.setThemeChoice(MainWindow::ThemeChoice::Dark);
    ASSERT_TRUE(loaded.wait(30'000));
    shoot(&window, QStringLiteral("note-dark.png"));
}

TEST_F(ScreenshotTest, PaletteWithRankedResults)
{
    MainWindow window(garden);
    QSignalSpy loaded(window.page(), &QWebEnginePage::loadFinished);
    window.resize(1440, 900);
    ASSERT_TRUE(test::showActive(&window));
    ASSERT_TRUE(loaded.wait(30'000));
    window.updateSearchIndex();
    window.palette()->popup();
    QTest::keyClicks(window.palette()->field(), QStringLiteral("generator"));
    EXPECT_GE(window.palette()->results()->count(), 5);
    test::settle(300);
    shoot(&window, QStringLiteral("palette.png"), true);
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
    shoot(&window, QStringLiteral("editor.png"));
}

} // namespace
} // namespace pmg
