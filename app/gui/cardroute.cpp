// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cardroute.h"

#include "garden/garden.h"
#include "markdown/notepage.h"
#include "markdown/noterenderer.h"
#include "srs/reviewservice.h"
#include "webcontent.h"

#include <QGuiApplication>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace pmg {

namespace {

const QString prefix = u"/card/"_s;

QString sideName(CardRoute::Side side)
{
    return side == CardRoute::Side::Front ? u"front"_s : u"back"_s;
}

/// The theme of the widgets around the page (AppTheme sets the application palette), so cards match the window.
NotePage::Theme currentTheme()
{
    return QGuiApplication::palette().color(QPalette::Base).lightness() < 128 ? NotePage::Theme::Dark
                                                                              : NotePage::Theme::Light;
}

} // namespace

CardRoute::CardRoute(Garden &garden, const WebContent &web)
    : m_garden(garden)
    , m_router(web.router)
    , m_renderer(web.renderer)
{
    holders()[&m_router].append(this);
    m_router.add(prefix, [this](const QString &path) { return serve(path); });
}

CardRoute::~CardRoute()
{
    QList<CardRoute *> &live = holders()[&m_router];
    live.removeOne(this);
    if (!live.isEmpty()) {
        CardRoute *latest = live.constLast();
        m_router.add(prefix, [latest](const QString &path) { return latest->serve(path); });
        return;
    }
    holders().remove(&m_router);
    m_router.remove(prefix);
}

QHash<PageRouter *, QList<CardRoute *>> &CardRoute::holders()
{
    static QHash<PageRouter *, QList<CardRoute *>> routes; // GUI thread only, like the router itself
    return routes;
}

QUrl CardRoute::url(const QString &cardId, Side side)
{
    QUrl url;
    url.setScheme(QLatin1String(NotePage::scheme));
    url.setPath(prefix + cardId + u'/' + sideName(side));
    return url;
}

QString CardRoute::codeBlock(const QString &copyId, int index) const
{
    return m_codeBlocks.value(copyId).value(index);
}

std::optional<PageRouter::Reply> CardRoute::serve(const QString &path)
{
    const QStringList parts = path.mid(prefix.size()).split(u'/');
    if (parts.size() != 2 || (parts.at(1) != u"front" && parts.at(1) != u"back"))
        return std::nullopt;
    const std::optional<QString> html = page(parts.at(0), parts.at(1) == u"front" ? Side::Front : Side::Back);
    if (!html)
        return std::nullopt;
    return PageRouter::Reply{html->toUtf8(), QByteArrayLiteral("text/html")};
}

std::optional<QString> CardRoute::page(const QString &cardId, Side side)
{
    const std::optional<CardInfo> card = m_garden.reviews().card(cardId);
    if (!card)
        return std::nullopt;
    // The card stylesheet is linked from the body (allowed there for stylesheets): NotePage's head is the notes'.
    QString header = u"<link rel=\"stylesheet\" href=\"garden:/style/card.css\">\n"_s + source(*card);
    QString body = u"<section class=\"card card-"_s + sideName(side) + u"\">\n"_s;
    if (card->retired) {
        body += u"<p class=\"card-retired\">"_s
                + tr("This card is no longer in the curriculum. Its review history is kept.").toHtmlEscaped()
                + u"</p>\n"_s;
    } else {
        body += sideHtml(*card, Side::Front);
        if (side == Side::Back)
            body += u"<hr id=\"answer\" class=\"card-rule\">\n"_s + sideHtml(*card, Side::Back);
    }
    body += u"</section>\n"_s;
    return NotePage::document(card->id, body, currentTheme(), header);
}

QString CardRoute::sideHtml(const CardInfo &card, Side side)
{
    // Copy buttons name the card and its side, so the two sides' code blocks never share an index.
    const QString copyId = card.id + u'.' + sideName(side);
    m_renderer.markdown().setNoteId(copyId);
    const RenderedNote rendered = m_renderer.markdown().render(side == Side::Front ? card.front : card.back);
    m_codeBlocks.insert(copyId, rendered.codeBlocks);
    const QString label = side == Side::Front ? tr("Question") : tr("Answer");
    return u"<div class=\"card-side card-side-"_s + sideName(side) + u"\">\n<div class=\"card-label\">"_s
           + label.toHtmlEscaped() + u"</div>\n"_s + rendered.html + u"</div>\n"_s;
}

// Where the card comes from, above it: the part, the section and the note (a link that opens it at the card).
QString CardRoute::source(const CardInfo &card) const
{
    const Note *note = m_garden.curriculum().note(card.noteId);
    QStringList crumbs;
    if (card.part > 0)
        crumbs.append(tr("Part %1").arg(card.part));
    if (!card.section.isEmpty())
        crumbs.append(u"§ "_s + card.section.toHtmlEscaped());
    if (note) {
        crumbs.append(u"<a href=\"garden:/note/"_s + QString::fromLatin1(QUrl::toPercentEncoding(note->id)) + u'#'
                      + QString::fromLatin1(QUrl::toPercentEncoding(card.id)) + u"\">"_s + note->title.toHtmlEscaped()
                      + u"</a>"_s);
    }
    if (card.userCard)
        crumbs.append(tr("your card").toHtmlEscaped());
    return u"<nav class=\"breadcrumbs card-source\">"_s + crumbs.join(u" · "_s) + u"</nav>\n"_s;
}

} // namespace pmg
