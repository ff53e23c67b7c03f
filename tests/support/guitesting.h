// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandpalette.h"
#include "mainwindow.h"

#include <QEventLoop>
#include <QImage>
#include <QLineEdit>
#include <QRectF>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QVariant>
#include <QWebEnginePage>
#include <QWebEngineScript>
#include <QWebEngineView>

namespace pmg::test {

/// Runs `script` in the page's isolated application world (works while page JavaScript is disabled) and waits.
inline QVariant evaluate(QWebEnginePage *page, const QString &script)
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

inline QString bodyText(QWebEnginePage *page)
{
    return evaluate(page, QStringLiteral("document.body ? document.body.innerText : ''")).toString();
}

/// Shows `window` and makes it the active window, so that its keyboard shortcuts work (Xvfb has no window manager
/// to activate it).
inline bool showActive(QWidget *window)
{
    window->show();
    window->activateWindow();
    return QTest::qWaitForWindowActive(window, 5000);
}

/// Lets events run for `ms` milliseconds (paints, timers).
inline void settle(int ms)
{
    QTest::qWait(ms);
}

/// Clicks the first element matching `selector` with a real mouse event on the view's render widget.
inline bool clickElement(QWebEngineView *view, const QString &selector)
{
    const QVariantList rect =
        evaluate(view->page(),
                 QStringLiteral("(() => { const e = document.querySelector('%1'); if (!e) return [];"
                                " e.scrollIntoView({block: 'center'}); const r = e.getBoundingClientRect();"
                                " return [r.x, r.y, r.width, r.height]; })()")
                     .arg(selector))
            .toList();
    if (rect.size() != 4)
        return false;
    settle(150);
    const QRectF box(rect[0].toDouble(), rect[1].toDouble(), rect[2].toDouble(), rect[3].toDouble());
    const QPoint at = (box.center() * view->zoomFactor()).toPoint();
    QWidget *target = view->focusProxy() ? view->focusProxy() : view;
    QTest::mouseMove(target, at);
    QTest::mouseClick(target, Qt::LeftButton, Qt::NoModifier, at);
    return true;
}

/// How many distinct colours a grab of `widget` has (a blank frame has very few).
inline int distinctColours(QWidget *widget)
{
    const QImage image = widget->grab().toImage();
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 4) {
        for (int x = 0; x < image.width(); x += 4)
            colours.insert(image.pixel(x, y));
    }
    return static_cast<int>(colours.size());
}

/// Builds the search index (on its worker thread) and waits until it is done.
inline bool updateSearchIndexAndWait(MainWindow &window)
{
    QSignalSpy done(&window, &MainWindow::searchIndexUpdated);
    window.updateSearchIndex();
    return done.wait(30'000) && done.first().first().value<IndexUpdate>().ok;
}

/// Types `text` into the palette and waits until its full-text hits are shown.
inline bool typeIntoPalette(CommandPalette *palette, const QString &text)
{
    QSignalSpy shown(palette, &CommandPalette::resultsUpdated);
    QTest::keyClicks(palette->field(), text);
    // Stale queries are dropped, so the one answer that comes is for the whole text.
    return !shown.isEmpty() || shown.wait(10'000);
}

} // namespace pmg::test
