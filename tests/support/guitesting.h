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
#include <QWidget>

#include <cmath>

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

/// Where `selector`'s first element is, in CSS pixels of the viewport, after scrolling it to the centre; empty when
/// there is no such element. A click there hits it at once: the page hit-tests input against its current layout, not
/// against the last frame on screen.
inline QRectF elementRect(QWebEngineView *view, const QString &selector)
{
    const QVariantList v =
        evaluate(view->page(),
                 QStringLiteral("(() => { const e = document.querySelector('%1'); if (!e) return [];"
                                " e.scrollIntoView({block: 'center', behavior: 'instant'});"
                                " const r = e.getBoundingClientRect(); return [r.x, r.y, r.width, r.height]; })()")
                     .arg(selector))
            .toList();
    if (v.size() != 4)
        return {};
    return {v[0].toDouble(), v[1].toDouble(), v[2].toDouble(), v[3].toDouble()};
}

/// Clicks the first element matching `selector` with a real mouse event on the view's render widget.
inline bool clickElement(QWebEngineView *view, const QString &selector)
{
    const QRectF box = elementRect(view, selector);
    if (box.isEmpty())
        return false;
    const QPoint at = (box.center() * view->zoomFactor()).toPoint();
    QWidget *target = view->focusProxy() ? view->focusProxy() : view;
    QTest::mouseMove(target, at);
    QTest::mouseClick(target, Qt::LeftButton, Qt::NoModifier, at);
    return true;
}

/// How many distinct colours `image` has (a blank frame has very few).
inline int distinctColours(const QImage &image)
{
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

/// What `widget` shows on screen, taken from a grab of its window: a web view's own pixels, not the tree and toolbar
/// around it.
inline QImage screenArea(QWidget *widget)
{
    QWidget *top = widget->window();
    return top->grab(QRect(widget->mapTo(top, QPoint(0, 0)), widget->size())).toImage();
}

/// Waits until `widget`'s area on screen shows more than `minimum` colours: the compositor's frame has reached it.
inline bool waitForContent(QWidget *widget, int minimum = 20, int timeoutMs = 10'000)
{
    return QTest::qWaitFor([&] { return distinctColours(screenArea(widget)) > minimum; }, timeoutMs);
}

/// Waits until `widget`'s area on screen has shown content and stopped changing for several grabs in a row: a change
/// in the page (a scroll, an answer opened) reaches the screen with a later compositor frame, not at once.
inline bool waitForSteadyContent(QWidget *widget, int minimum = 20, int timeoutMs = 10'000)
{
    QImage last;
    int steady = 0;
    return QTest::qWaitFor(
        [&] {
            QImage now = screenArea(widget);
            steady = now == last ? steady + 1 : 0;
            last = std::move(now);
            return steady >= 4 && distinctColours(last) > minimum;
        },
        timeoutMs);
}

} // namespace pmg::test
