// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apptheme.h"
#include "gardenscheme.h"
#include "guardedpage.h"
#include "markdown/noterenderer.h"
#include "pagerouter.h"
#include "support/guitesting.h"
#include "support/reviewfixture.h"
#include "webcontent.h"

#include <QApplication>
#include <QDir>
#include <QFile>

#include <cstdio>
#include <memory>

namespace pmg::test {

/// The spaced-repetition pages' surroundings as MainWindow provides them, built by hand: a router with the window's
/// style routes, a NoteRenderer and the locked-down web profile serving garden: through the router; a garden over
/// ReviewFixture's five cards on a FixedClock; light theme to start with.
class ReviewGuiFixture : public ReviewFixture
{
protected:
    void SetUp() override
    {
        AppTheme::apply(false);
        writeReviewCurriculum();
        openGarden();
        renderer = std::make_unique<NoteRenderer>(garden->curriculum());
        router.add(QStringLiteral("/style/highlight.css"), [this](const QString &) -> std::optional<PageRouter::Reply> {
            return PageRouter::Reply{renderer->highlightCss().toUtf8(), QByteArrayLiteral("text/css")};
        });
        router.add(QStringLiteral("/style/"), [](const QString &path) -> std::optional<PageRouter::Reply> {
            QFile file(u':' + path);
            if (!path.endsWith(QLatin1String(".css")) || !file.open(QIODevice::ReadOnly))
                return std::nullopt;
            return PageRouter::Reply{file.readAll(), QByteArrayLiteral("text/css")};
        });
        handler = new GardenSchemeHandler(router.resolver());
        // As in the app, the profile belongs to the application and outlives every page that uses it.
        webProfile = GuardedPage::createProfile(handler, qApp);
    }

    void TearDown() override
    {
        handler->detach(); // the router goes with the test; the profile stays with the application
        AppTheme::apply(false);
    }

    WebContent web() { return WebContent{router, webProfile, *renderer}; }

    /// Saves `widget` as `name` in $PMG_SCREENSHOT_DIR (default <build>/screenshots) once `content` (a web view, or
    /// the widget itself) shows steady content.
    void shoot(QWidget *widget, const QString &name, QWidget *content = nullptr)
    {
        EXPECT_TRUE(waitForSteadyContent(content ? content : widget, 30)) << name.toStdString() << " looks blank";
        const QString outDir =
            qEnvironmentVariable("PMG_SCREENSHOT_DIR", QStringLiteral(PMG_BINARY_DIR "/screenshots"));
        QDir().mkpath(outDir);
        const QString path = QDir(outDir).filePath(name);
        ASSERT_TRUE(widget->grab().save(path, "PNG")) << path.toStdString();
        std::printf("[ screenshot ] %s\n", qPrintable(path));
    }

    /// Appends reviews as an import would (the log is the source of truth; the cache is replayed from it).
    void importReviews(const QList<ReviewEntry> &entries)
    {
        qint64 added = 0;
        ASSERT_FALSE(reviews().importReviews(entries, &added));
        ASSERT_EQ(added, entries.size());
    }

    static ReviewEntry entry(const char *cardId, const QDateTime &at, Rating rating, qint64 durationMs = 8000)
    {
        return ReviewEntry::record(QString::fromLatin1(cardId), at, 3600, rating, durationMs, QStringLiteral("test"));
    }

    std::unique_ptr<NoteRenderer> renderer;
    PageRouter router;
    GardenSchemeHandler *handler = nullptr;
    QWebEngineProfile *webProfile = nullptr;
};

} // namespace pmg::test
