// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quiztextview.h"

#include "quizhtml.h"

#include <QAbstractTextDocumentLayout>
#include <QEvent>
#include <QScrollBar>
#include <QTextDocument>

#include <cmath>

using namespace Qt::StringLiterals;

namespace pmg {

QuizTextView::QuizTextView(QuizHtml &html, bool fitContent, QWidget *parent)
    : QTextBrowser(parent)
    , m_html(html)
    , m_fitContent(fitContent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setFrameShape(fitContent ? QFrame::NoFrame : QFrame::StyledPanel);
    document()->setDocumentMargin(fitContent ? 2 : 12);
    if (fitContent) {
        setFocusPolicy(Qt::NoFocus); // keys belong to the quiz (1–9, Enter), not to a text cursor
        setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        // The view's own background is the window's, so it reads as part of the page.
        viewport()->setAutoFillBackground(false);
        setAutoFillBackground(false);
    }
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == u"garden" && url.path().startsWith(u"/note/"_s))
            Q_EMIT noteLinkActivated(url.path().mid(6), url.fragment());
    });
    connect(document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this,
            &QuizTextView::fitHeight);
}

void QuizTextView::showHtml(const QString &bodyHtml)
{
    m_body = bodyHtml;
    restyle();
}

void QuizTextView::restyle()
{
    document()->setDefaultStyleSheet(m_html.stylesheet(palette()));
    setHtml(m_body);
    fitHeight();
}

void QuizTextView::fitHeight()
{
    if (!m_fitContent)
        return;
    document()->setTextWidth(viewport()->width());
    const int height = int(std::ceil(document()->size().height())) + 2 * frameWidth();
    if (height != this->height())
        setFixedHeight(height);
    updateGeometry();
}

QSize QuizTextView::sizeHint() const
{
    if (!m_fitContent)
        return QTextBrowser::sizeHint();
    return {QTextBrowser::sizeHint().width(), int(std::ceil(document()->size().height())) + 2 * frameWidth()};
}

QSize QuizTextView::minimumSizeHint() const
{
    return m_fitContent ? QSize(100, sizeHint().height()) : QTextBrowser::minimumSizeHint();
}

void QuizTextView::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_body.isNull())
        restyle();
}

void QuizTextView::resizeEvent(QResizeEvent *event)
{
    QTextBrowser::resizeEvent(event);
    fitHeight();
}

} // namespace pmg
