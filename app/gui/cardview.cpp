// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cardview.h"

#include "guardedpage.h"

#include <QChildEvent>
#include <QClipboard>
#include <QGuiApplication>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace pmg {

CardView::CardView(CardRoute &route, QWebEngineProfile *profile, QWidget *parent)
    : QWebEngineView(parent)
    , m_route(route)
{
    m_page = new GuardedPage(profile, this);
    m_page->setFollowNoteLinks(false);
    setPage(m_page);
    setContextMenuPolicy(Qt::NoContextMenu);
    connect(m_page, &QWebEnginePage::loadFinished, this, &CardView::cardLoaded);
    connect(m_page, &GuardedPage::noteLinkClicked, this, [this](const QUrl &url) {
        static const QString notePrefix = u"/note/"_s;
        if (url.path().startsWith(notePrefix))
            Q_EMIT openNoteRequested(url.path().mid(notePrefix.size()), url.fragment());
    });
    connect(m_page, &GuardedPage::copyRequested, this, [this](const QString &copyId, int index) {
        const QString code = m_route.codeBlock(copyId, index);
        if (!code.isNull())
            QGuiApplication::clipboard()->setText(code);
    });
}

CardView::~CardView()
{
    m_page->disconnect(this); // the page may still emit while the view is torn down
}

void CardView::showCard(const QString &cardId, CardRoute::Side side)
{
    m_dark = isDark();
    m_cardId = cardId;
    m_side = side;
    m_page->load(CardRoute::url(cardId, side));
}

void CardView::reloadCard()
{
    if (!m_cardId.isEmpty())
        showCard(m_cardId, m_side);
}

bool CardView::event(QEvent *event)
{
    // The page renders into a child widget that Qt WebEngine creates (and replaces) itself: it is watched for focus.
    if (event->type() == QEvent::ChildAdded) {
        if (auto *child = qobject_cast<QWidget *>(static_cast<QChildEvent *>(event)->child()))
            child->installEventFilter(this);
    }
    return QWebEngineView::event(event);
}

bool CardView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn && m_keyboardOwner)
        m_keyboardOwner->setFocus(Qt::OtherFocusReason);
    return QWebEngineView::eventFilter(watched, event);
}

bool CardView::isDark()
{
    return QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
}

void CardView::changeEvent(QEvent *event)
{
    QWebEngineView::changeEvent(event);
    // The page's colours are in its HTML (NotePage's data-theme): a switch to the other theme renders it again.
    const bool paletteChanged =
        event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange;
    if (paletteChanged && isDark() != m_dark)
        reloadCard();
}

} // namespace pmg
