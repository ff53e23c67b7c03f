// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "guardedpage.h"

#include "markdown/notepage.h"

#include <QDesktopServices>
#include <QWebEngineProfile>
#include <QWebEngineSettings>
#include <QWebEngineUrlSchemeHandler>

namespace pmg {

GuardedPage::GuardedPage(QWebEngineProfile *profile, QObject *parent)
    : QWebEnginePage(profile, parent)
{
    QWebEngineSettings *s = settings();
    s->setAttribute(QWebEngineSettings::JavascriptEnabled, false);
    s->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    s->setAttribute(QWebEngineSettings::LocalStorageEnabled, false);
    s->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    s->setAttribute(QWebEngineSettings::PdfViewerEnabled, false);
    s->setAttribute(QWebEngineSettings::NavigateOnDropEnabled, false);
    s->setAttribute(QWebEngineSettings::ErrorPageEnabled, false);
    s->setAttribute(QWebEngineSettings::AutoLoadIconsForPage, false);
}

QWebEngineProfile *GuardedPage::createProfile(QWebEngineUrlSchemeHandler *handler, QObject *parent)
{
    auto *profile = new QWebEngineProfile(parent); // no storage name: off the record, nothing written to disk
    profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    handler->setParent(profile);
    profile->installUrlSchemeHandler(NotePage::scheme, handler);
    return profile;
}

bool GuardedPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    const QString scheme = url.scheme();
    if (scheme == QLatin1String(NotePage::scheme)) {
        static const QString copyPrefix = QStringLiteral("/copy/");
        if (url.path().startsWith(copyPrefix)) {
            // Copy buttons are links so that they work with JavaScript off; the app copies natively.
            const QStringList parts = url.path().mid(copyPrefix.size()).split(u'/');
            bool isNumber = false;
            const int index = parts.value(1).toInt(&isNumber);
            if (type == NavigationTypeLinkClicked && parts.size() == 2 && isNumber)
                Q_EMIT copyRequested(parts.at(0), index);
            return false;
        }
        if (type == NavigationTypeLinkClicked && isMainFrame) {
            Q_EMIT noteLinkClicked(url);
            return m_followNoteLinks || !url.path().startsWith(QStringLiteral("/note/"));
        }
        return true;
    }
    if (type == NavigationTypeLinkClicked && isMainFrame
        && (scheme == u"https" || scheme == u"http" || scheme == u"mailto"))
        QDesktopServices::openUrl(url);
    Q_EMIT navigationRefused(url);
    return false;
}

} // namespace pmg
