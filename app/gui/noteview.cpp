// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "noteview.h"

#include "guardedpage.h"
#include "markdown/notepage.h"

#include <QChildEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMouseEvent>
#include <QTimer>
#include <QWebEngineHistory>
#include <QWebEngineScript>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace pmg {

namespace {

// The steps browsers use, so Ctrl+/Ctrl- feel familiar.
constexpr std::array zoomSteps{0.5, 0.67, 0.75, 0.8, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0};

} // namespace

NoteView::NoteView(QWebEngineProfile *profile, QWidget *parent)
    : QWebEngineView(parent)
{
    m_page = new GuardedPage(profile, this);
    setPage(m_page);
    setContextMenuPolicy(Qt::NoContextMenu);
    connect(m_page, &QWebEnginePage::loadFinished, this, &NoteView::onLoadFinished);
    // Scrolling reports come with every frame: the current section is worked out once they pause.
    m_sectionTimer = new QTimer(this);
    m_sectionTimer->setSingleShot(true);
    m_sectionTimer->setInterval(80);
    connect(m_sectionTimer, &QTimer::timeout, this, &NoteView::markCurrentSection);
    connect(m_page, &QWebEnginePage::scrollPositionChanged, m_sectionTimer, qOverload<>(&QTimer::start));
    connect(m_page, &QWebEnginePage::loadFinished, m_sectionTimer, qOverload<>(&QTimer::start));
    connect(m_page, &QWebEnginePage::scrollPositionChanged, this, &NoteView::checkReachedEnd);
    connect(m_page, &QWebEnginePage::contentsSizeChanged, this, &NoteView::checkReachedEnd);
    connect(m_page, &QWebEnginePage::urlChanged, this, [this] {
        if (!m_sameDocument)
            return;
        m_sameDocument = false;
        applyHighlight();
    });
}

NoteView::~NoteView()
{
    m_page->disconnect(this); // the page may still emit while the view is torn down
}

QUrl NoteView::noteUrl(const QString &noteId, const QString &anchor)
{
    QUrl url;
    url.setScheme(QLatin1String(NotePage::scheme));
    url.setPath(u"/note/"_s + noteId);
    if (!anchor.isEmpty())
        url.setFragment(anchor);
    return url;
}

QString NoteView::noteIdOf(const QUrl &url)
{
    static const QString prefix = u"/note/"_s;
    if (url.scheme() != QLatin1String(NotePage::scheme) || !url.path().startsWith(prefix))
        return {};
    return url.path().mid(prefix.size());
}

void NoteView::openNote(const QString &noteId, const QString &anchor, const QString &highlight, double scrollY)
{
    m_pendingHighlight = highlight;
    m_pendingAnchor = anchor;
    m_pendingScroll = anchor.isEmpty() ? scrollY : -1;
    // Another anchor in the shown note is a same-document navigation: no loadFinished follows, only urlChanged.
    m_sameDocument = !anchor.isEmpty() && currentNoteId() == noteId && !m_page->isLoading();
    m_page->load(noteUrl(noteId, anchor));
}

QString NoteView::currentNoteId() const
{
    return noteIdOf(url());
}

double NoteView::scrollY() const
{
    return m_page->scrollPosition().y();
}

void NoteView::onLoadFinished(bool ok)
{
    if (!ok)
        return;
    if (m_pendingScroll > 0) {
        // JavaScript is off for page content; the application's own isolated world may still scroll it.
        m_page->runJavaScript(u"window.scrollTo(0, %1)"_s.arg(m_pendingScroll), QWebEngineScript::ApplicationWorld);
    }
    m_pendingScroll = -1;
    m_sameDocument = false;
    applyHighlight();
    const QString id = currentNoteId();
    if (!id.isEmpty()) {
        Q_EMIT noteShown(id);
        checkReachedEnd();
    }
}

// Find in page would scroll to the first occurrence in the document (often the table of contents or prose above the
// item): the word is marked from the anchor on instead, and the page scrolls only if the mark is out of sight.
void NoteView::applyHighlight()
{
    if (!m_pendingHighlight.isEmpty()) {
        const QString arguments = QString::fromUtf8(
            QJsonDocument(QJsonArray{m_pendingHighlight, m_pendingAnchor}).toJson(QJsonDocument::Compact));
        m_page->runJavaScript(
            u"(() => { const [word, anchorId] = %1;"
            " document.querySelectorAll('mark.search-hit').forEach(m => m.replaceWith(...m.childNodes));"
            " const start = anchorId ? document.getElementById(anchorId) : null;"
            " const root = start ? document.body : (document.querySelector('.note-body') || document.body);"
            " const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);"
            " if (start) walker.currentNode = start;"
            " const needle = word.toLowerCase();"
            " for (let n = walker.nextNode(); n; n = walker.nextNode()) {"
            "   const at = n.data.toLowerCase().indexOf(needle); if (at < 0) continue;"
            "   const range = document.createRange(); range.setStart(n, at); range.setEnd(n, at + word.length);"
            "   const mark = document.createElement('mark'); mark.className = 'search-hit';"
            "   range.surroundContents(mark);"
            "   const r = mark.getBoundingClientRect();"
            "   if (r.top < 0 || r.bottom > window.innerHeight) mark.scrollIntoView({block: 'nearest'});"
            "   return true; }"
            " return false; })()"_s.arg(arguments),
            QWebEngineScript::ApplicationWorld);
    }
    m_pendingHighlight.clear();
    m_pendingAnchor.clear();
}

void NoteView::markCurrentSection()
{
    // The section being read is the last one whose heading has reached the top of the view (within 4 rem).
    // Headings carry their id on an <a class="anchor"> inside them.
    m_page->runJavaScript(
        u"(() => { const toc = document.querySelector('nav.toc'); if (!toc) return;"
        " let current = null;"
        " for (const anchor of document.querySelectorAll('.note-body :is(h2, h3) > a.anchor[id]')) {"
        "   if (anchor.parentElement.getBoundingClientRect().top > 64) break;"
        "   current = anchor.id; }"
        " for (const link of toc.querySelectorAll('a')) {"
        "   const on = current !== null && link.getAttribute('href') === '#' + current;"
        "   link.classList.toggle('current', on);"
        "   if (on) link.setAttribute('aria-current', 'location'); else link.removeAttribute('aria-current'); } })()"_s,
        QWebEngineScript::ApplicationWorld);
}

void NoteView::checkReachedEnd()
{
    const QString id = currentNoteId();
    if (id.isEmpty() || m_page->contentsSize().isEmpty())
        return;
    const double viewport = height() / std::max(0.1, zoomFactor());
    if (m_page->scrollPosition().y() + viewport >= m_page->contentsSize().height() / zoomFactor() - 48)
        Q_EMIT reachedEnd(id);
}

void NoteView::zoomIn()
{
    const auto next = std::upper_bound(zoomSteps.cbegin(), zoomSteps.cend(), zoomFactor() + 0.001);
    setZoom(next == zoomSteps.cend() ? zoomSteps.back() : *next);
}

void NoteView::zoomOut()
{
    const auto next = std::lower_bound(zoomSteps.cbegin(), zoomSteps.cend(), zoomFactor() - 0.001);
    setZoom(next == zoomSteps.cbegin() ? zoomSteps.front() : *std::prev(next));
}

void NoteView::resetZoom()
{
    setZoom(1.0);
}

void NoteView::setZoom(double factor)
{
    factor = std::clamp(factor, zoomSteps.front(), zoomSteps.back());
    if (qFuzzyCompare(factor, zoomFactor()))
        return;
    setZoomFactor(factor);
    Q_EMIT zoomChanged(factor);
}

bool NoteView::event(QEvent *event)
{
    if (event->type() == QEvent::ChildAdded)
        static_cast<QChildEvent *>(event)->child()->installEventFilter(this);
    return QWebEngineView::event(event);
}

// The web view renders into a child widget that receives the mouse events; the back/forward mouse buttons are
// caught there.
bool NoteView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::BackButton) {
            back();
            return true;
        }
        if (mouse->button() == Qt::ForwardButton) {
            forward();
            return true;
        }
    }
    return QWebEngineView::eventFilter(watched, event);
}

} // namespace pmg
