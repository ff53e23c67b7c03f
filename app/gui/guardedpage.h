// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWebEnginePage>

class QWebEngineUrlSchemeHandler;

namespace pmg {

/// A web page that only ever shows the app's own `garden:` content: JavaScript, plugins, storage and remote access are
/// off; clicked http(s)/mailto links open in the system browser; every other navigation is refused.
class GuardedPage final : public QWebEnginePage
{
    Q_OBJECT

public:
    GuardedPage(QWebEngineProfile *profile, QObject *parent);

    /// Creates the off-the-record profile that serves `garden:` through `handler` (which it takes ownership of).
    static QWebEngineProfile *createProfile(QWebEngineUrlSchemeHandler *handler, QObject *parent);

    /// Whether a clicked note link also loads the note in this page (the reader) or is only reported through
    /// noteLinkClicked() (a card, whose page stays while the window opens the note elsewhere). On by default.
    void setFollowNoteLinks(bool follow) { m_followNoteLinks = follow; }

Q_SIGNALS:
    /// An internal link to another note was clicked (`garden:/note/<id>`); the page navigates there itself.
    void noteLinkClicked(const QUrl &url);
    /// A code block's copy button was clicked (`garden:/copy/<note id>/<n>`); nothing navigates.
    void copyRequested(const QString &noteId, int blockIndex);
    /// A navigation away from the app's own content was refused (a clicked web link is handed to the system browser
    /// as well).
    void navigationRefused(const QUrl &url);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;

private:
    bool m_followNoteLinks = true;
};

} // namespace pmg
