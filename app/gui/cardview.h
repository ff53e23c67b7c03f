// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cardroute.h"

#include <QWebEngineView>

class QWebEngineProfile;

namespace pmg {

class GuardedPage;

/// One flashcard in the app's locked-down web view: a GuardedPage on the window's profile (no JavaScript, nothing but
/// garden: content), served by a CardRoute. A click on the card's note link is reported (openNoteRequested()) and the
/// card stays; code blocks' copy buttons copy. With a keyboard owner, the view never keeps the keyboard: the
/// reviewer's single-key commands (Space, 1–4, S, B) must reach the reviewer, not scroll or edit the page.
class CardView final : public QWebEngineView
{
    Q_OBJECT

public:
    CardView(CardRoute &route, QWebEngineProfile *profile, QWidget *parent = nullptr);
    ~CardView() override;

    /// Focus that would go into the view goes to `owner` instead.
    void setKeyboardOwner(QWidget *owner) { m_keyboardOwner = owner; }

    void showCard(const QString &cardId, CardRoute::Side side);
    /// Renders the shown card again (its text was edited, or the theme changed).
    void reloadCard();
    QString cardId() const { return m_cardId; }
    CardRoute::Side side() const { return m_side; }
    GuardedPage *guardedPage() const { return m_page; }

Q_SIGNALS:
    void openNoteRequested(const QString &noteId, const QString &anchor);
    /// The card's page finished loading (`ok` false when it could not be rendered).
    void cardLoaded(bool ok);

protected:
    bool event(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    /// Whether the application's palette is dark (CardRoute renders in that theme).
    static bool isDark();

    CardRoute &m_route;
    GuardedPage *m_page = nullptr;
    QWidget *m_keyboardOwner = nullptr;
    QString m_cardId;
    CardRoute::Side m_side = CardRoute::Side::Front;
    bool m_dark = false; ///< the theme the shown card was rendered in
};

} // namespace pmg
