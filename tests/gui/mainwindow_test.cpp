// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "guardedpage.h"
#include "mainwindow.h"
#include "support/curriculumfixture.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QImage>
#include <QSignalSpy>
#include <QTimer>
#include <QWebEngineScript>
#include <QWebEngineSettings>
#include <QWebEngineView>

namespace pmg {
namespace {

class MainWindowTest : public test::CurriculumFixture
{
protected:
    void SetUp() override
    {
        write(QStringLiteral("1-a/index.md"),
              note("first", "1",
                   "Welcome to **the garden**.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n"
                   "```python\ndef greet(name: str) -> str:\n    return f\"Hello, {name}!\"\n```\n"));
        write(QStringLiteral("1-a/next.md"), note("second", "1.1", "Second note.\n"));
        curriculum = load();
        ASSERT_FALSE(curriculum.hasErrors()) << messages(curriculum);
    }

    /// Runs `script` in the page (in an isolated world, so it works while page JavaScript is disabled).
    QVariant evaluate(QWebEnginePage *page, const QString &script)
    {
        QVariant result;
        QEventLoop loop;
        page->runJavaScript(script, QWebEngineScript::ApplicationWorld, [&](const QVariant &value) {
            result = value;
            loop.quit();
        });
        QTimer::singleShot(10'000, &loop, &QEventLoop::quit);
        loop.exec();
        return result;
    }

    Curriculum curriculum;
};

TEST_F(MainWindowTest, ShowsTheFirstNoteWithHighlightedPython)
{
    MainWindow window(curriculum);
    QSignalSpy loaded(window.page(), &QWebEnginePage::loadFinished);
    QElapsedTimer clock;
    clock.start();
    window.show();
    ASSERT_TRUE(loaded.wait(30'000));
    EXPECT_TRUE(loaded.first().first().toBool());
    std::printf("[ metric ] first note loaded %lld ms after show()\n", static_cast<long long>(clock.elapsed()));
    EXPECT_EQ(window.currentNoteId(), u"first");

    const QString text = evaluate(window.page(), QStringLiteral("document.body.innerText")).toString();
    EXPECT_TRUE(text.contains(QLatin1String("Note first"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QLatin1String("Hello, {name}!"))) << text.toStdString();
    EXPECT_EQ(evaluate(window.page(), QStringLiteral("document.querySelectorAll('table td').length")).toInt(), 2);

    // The keyword span exists and the stylesheet (served through garden:) gives it a colour of its own.
    const QString keywordColor =
        evaluate(window.page(), QStringLiteral("(() => { const k = document.querySelector('pre.code span[class^=hl-]');"
                                               " return k ? getComputedStyle(k).color : 'none'; })()"))
            .toString();
    const QString codeColor =
        evaluate(window.page(), QStringLiteral("getComputedStyle(document.querySelector('pre.code')).color"))
            .toString();
    EXPECT_NE(keywordColor, u"none");
    EXPECT_NE(keywordColor, codeColor) << keywordColor.toStdString();

    // Scripts written in notes never run: JavaScript is off for page content.
    EXPECT_FALSE(window.page()->settings()->testAttribute(QWebEngineSettings::JavascriptEnabled));

    // The window really shows something: many distinct colours, not a blank frame.
    QEventLoop settle;
    QTimer::singleShot(500, &settle, &QEventLoop::quit);
    settle.exec();
    const QImage image = window.grab().toImage();
    ASSERT_FALSE(image.isNull());
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 4) {
        for (int x = 0; x < image.width(); x += 4)
            colours.insert(image.pixel(x, y));
    }
    EXPECT_GT(colours.size(), 20) << "the window looks blank";
}

TEST_F(MainWindowTest, RefusesToNavigateOutsideTheApp)
{
    MainWindow window(curriculum);
    QSignalSpy loaded(window.page(), &QWebEnginePage::loadFinished);
    window.show();
    ASSERT_TRUE(loaded.wait(30'000));
    loaded.clear();
    window.page()->load(QUrl(QStringLiteral("https://example.invalid/")));
    // The guard rejects the navigation: the URL stays on the note.
    QEventLoop settle;
    QTimer::singleShot(1500, &settle, &QEventLoop::quit);
    settle.exec();
    EXPECT_EQ(window.page()->url().scheme(), u"garden");
}

TEST_F(MainWindowTest, OpensAnotherNote)
{
    MainWindow window(curriculum);
    QSignalSpy loaded(window.page(), &QWebEnginePage::loadFinished);
    window.show();
    ASSERT_TRUE(loaded.wait(30'000));
    window.openNote(QStringLiteral("second"));
    ASSERT_TRUE(loaded.wait(30'000));
    const QString text = evaluate(window.page(), QStringLiteral("document.body.innerText")).toString();
    EXPECT_TRUE(text.contains(QLatin1String("Second note."))) << text.toStdString();
}

} // namespace
} // namespace pmg
