// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "findbar.h"
#include "guardedpage.h"
#include "mainwindow.h"
#include "noteprinter.h"
#include "noteview.h"
#include "support/guitesting.h"
#include "support/windowfixture.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLineEdit>
#include <QPrinter>
#include <QSignalSpy>
#include <QStatusBar>

namespace pmg {
namespace {

using test::evaluate;

class ReadingTest : public test::WindowFixture
{
protected:
    void SetUp() override
    {
        WindowFixture::SetUp();
        QByteArray longBody;
        for (int i = 1; i <= 60; ++i)
            longBody += "## Part " + QByteArray::number(i) + "\n\nParagraph number " + QByteArray::number(i)
                        + " of a long note about iterators.\n\n";
        write(QStringLiteral("1-a/1.3-long.md"), note("long", "1.3", longBody));
    }
};

TEST_F(ReadingTest, FindInPageCountsAndMovesThroughMatches)
{
    ASSERT_TRUE(startWindow());
    ASSERT_TRUE(openNote(QStringLiteral("long")));

    QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
    ASSERT_TRUE(window->findBar()->isVisible());
    EXPECT_TRUE(window->findBar()->field()->hasFocus());
    QTest::keyClicks(window->findBar()->field(), QStringLiteral("iterators"));
    EXPECT_TRUE(QTest::qWaitFor([&] { return window->findBar()->status() == u"1 of 60"; }, 10'000))
        << window->findBar()->status().toStdString();
    QTest::keyClick(window->findBar()->field(), Qt::Key_Return);
    EXPECT_TRUE(QTest::qWaitFor([&] { return window->findBar()->status() == u"2 of 60"; }, 10'000))
        << window->findBar()->status().toStdString();
    QTest::keyClick(window->findBar()->field(), Qt::Key_Escape);
    EXPECT_FALSE(window->findBar()->isVisible());
}

TEST_F(ReadingTest, ZoomIsRememberedAcrossRestarts)
{
    ASSERT_TRUE(startWindow());
    QTest::keyClick(window.get(), Qt::Key_Equal, Qt::ControlModifier);
    QTest::keyClick(window.get(), Qt::Key_Equal, Qt::ControlModifier);
    EXPECT_DOUBLE_EQ(window->view()->zoomFactor(), 1.25);
    QTest::keyClick(window.get(), Qt::Key_Minus, Qt::ControlModifier);
    EXPECT_DOUBLE_EQ(window->view()->zoomFactor(), 1.1);
    closeWindow();

    ASSERT_TRUE(startWindow());
    EXPECT_DOUBLE_EQ(window->view()->zoomFactor(), 1.1);
    QTest::keyClick(window.get(), Qt::Key_0, Qt::ControlModifier);
    EXPECT_DOUBLE_EQ(window->view()->zoomFactor(), 1.0);
}

TEST_F(ReadingTest, SwitchingTheThemeRerendersCodeColoursInPlace)
{
    ASSERT_TRUE(startWindow());
    window->setThemeChoice(MainWindow::ThemeChoice::Light);
    ASSERT_TRUE(waitLoaded());
    const QString script =
        QStringLiteral("[document.documentElement.dataset.theme,"
                       " getComputedStyle(document.querySelector('pre.code')).backgroundColor,"
                       " getComputedStyle(document.querySelector('pre.code span[class^=hl-]')).color]");
    const QStringList light = evaluate(window->page(), script).toStringList();
    ASSERT_EQ(light.size(), 3);
    EXPECT_EQ(light.at(0), u"light");

    window->action(QStringLiteral("view.theme.dark"))->trigger();
    ASSERT_TRUE(waitLoaded());
    const QStringList dark = evaluate(window->page(), script).toStringList();
    ASSERT_EQ(dark.size(), 3);
    EXPECT_EQ(dark.at(0), u"dark");
    EXPECT_NE(dark.at(1), light.at(1));
    EXPECT_NE(dark.at(2), light.at(2));
    EXPECT_TRUE(window->isDark());
    EXPECT_LT(QApplication::palette().color(QPalette::Window).lightness(), 80);

    // Remembered for the next start (read beside this window: the profile is locked to one running copy).
    Garden second;
    ASSERT_TRUE(second.open(profile.path(), dir.path(), {.readOnlyWhenHeld = true})) << second.error().toStdString();
    MainWindow again(second);
    EXPECT_EQ(again.themeChoice(), MainWindow::ThemeChoice::Dark);
}

TEST_F(ReadingTest, TheCopyButtonCopiesTheCodeBlock)
{
    ASSERT_TRUE(startWindow());
    QGuiApplication::clipboard()->setText(QStringLiteral("before"));
    QSignalSpy copied(window->page(), &GuardedPage::copyRequested);
    ASSERT_TRUE(test::clickElement(window->view(), QStringLiteral("a.copy-code")));
    ASSERT_TRUE(copied.wait(5000));
    EXPECT_EQ(QGuiApplication::clipboard()->text(), u"def greet(name: str) -> str:\n    return f\"Hello, {name}!\"");
    EXPECT_EQ(window->currentNoteId(), u"first"); // the click did not navigate
    // Said on the button the reader clicked, for a moment.
    const QString button = QStringLiteral("document.querySelector('a.copy-code').textContent");
    EXPECT_TRUE(QTest::qWaitFor([&] { return evaluate(window->page(), button).toString() == u"Copied"; }, 5000));
    EXPECT_TRUE(QTest::qWaitFor([&] { return evaluate(window->page(), button).toString() == u"Copy"; }, 5000));
}

// Export as PDF and printing both go through Chromium's print path with the stylesheet's print rules.
TEST_F(ReadingTest, ExportsTheNoteAsPdfAndPrints)
{
    ASSERT_TRUE(startWindow());
    ASSERT_TRUE(openNote(QStringLiteral("long")));

    QSignalSpy finished(window->printer(), &NotePrinter::finished);
    const QString pdf = profile.filePath(QStringLiteral("long.pdf"));
    ASSERT_TRUE(window->printer()->exportPdf(pdf));
    EXPECT_TRUE(window->printer()->isBusy());
    // One job at a time: a second is refused, and the window says so.
    EXPECT_FALSE(window->printer()->exportPdf(profile.filePath(QStringLiteral("second.pdf"))));
    EXPECT_TRUE(window->statusBar()->currentMessage().contains(QLatin1String("still being printed")));
    ASSERT_TRUE(finished.wait(30'000));
    EXPECT_TRUE(finished.at(0).at(0).toBool()) << finished.at(0).at(1).toString().toStdString();
    EXPECT_TRUE(finished.at(0).at(1).toString().contains(QLatin1String("long.pdf")));
    EXPECT_TRUE(window->statusBar()->currentMessage().contains(QLatin1String("long.pdf")));
    EXPECT_FALSE(window->printer()->isBusy());
    QFile file(pdf);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(5).startsWith("%PDF-"));
    EXPECT_GT(file.size(), 5000); // sixty headings and paragraphs, not an empty page
    EXPECT_FALSE(QFile::exists(profile.filePath(QStringLiteral("second.pdf"))));

    // Printing (to a PDF printer here, as the print dialog would hand over a real one).
    auto printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    printer->setOutputFormat(QPrinter::PdfFormat);
    const QString printed = profile.filePath(QStringLiteral("printed.pdf"));
    printer->setOutputFileName(printed);
    ASSERT_TRUE(window->printer()->print(std::move(printer)));
    ASSERT_TRUE(finished.wait(60'000));
    EXPECT_TRUE(finished.at(1).at(0).toBool()) << finished.at(1).at(1).toString().toStdString();
    EXPECT_GT(QFileInfo(printed).size(), 5000);

    // An unwritable destination is reported with the file's name, not silently dropped.
    ASSERT_TRUE(window->printer()->exportPdf(profile.filePath(QStringLiteral("no-such-folder/x.pdf"))));
    ASSERT_TRUE(finished.wait(30'000));
    EXPECT_FALSE(finished.at(2).at(0).toBool());
    EXPECT_TRUE(window->statusBar()->currentMessage().contains(QLatin1String("Could not save")));
    EXPECT_TRUE(window->statusBar()->currentMessage().contains(QLatin1String("x.pdf")));
}

// Opening a note must not start a new Chromium renderer process (that alone cost ~80 ms per click): see
// WebEngineSetup.
TEST_F(ReadingTest, NotesShareOneRendererProcess)
{
    ASSERT_TRUE(startWindow());
    const qint64 pid = window->page()->renderProcessPid();
    ASSERT_GT(pid, 0);
    for (const QString &id : {QStringLiteral("second"), QStringLiteral("long"), QStringLiteral("first")}) {
        window->openNote(id);
        ASSERT_TRUE(waitLoaded());
        EXPECT_EQ(window->currentNoteId(), id);
        EXPECT_EQ(window->page()->renderProcessPid(), pid) << "a new renderer for " << id.toStdString();
    }
}

} // namespace
} // namespace pmg
