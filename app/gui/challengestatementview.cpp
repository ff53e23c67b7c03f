// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "challengestatementview.h"

#include "challengecolours.h"
#include "highlight/highlightstylesheet.h"
#include "markdown/noterenderer.h"

#include <QEvent>
#include <QRegularExpression>
#include <QScrollBar>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace pmg {

namespace {

// MarkdownRenderer's code blocks are made for the note view (a copy button, a styled <pre>). Qt's rich text has no
// padding on blocks, so the code goes into a one-cell table that has, and the copy button is dropped. The <code>
// inside goes too: Qt paints an inline background line by line, over the underscores of the line above.
QString framedCode(QString html)
{
    static const QRegularExpression opening(
        u"<div class=\"code-block\"><a class=\"copy-code\"[^>]*>[^<]*</a>(<pre class=\"code\"[^>]*>)<code>"_s);
    html.replace(opening, u"<table class=\"code\" width=\"100%\" cellspacing=\"0\" cellpadding=\"8\"><tr>"
                          "<td class=\"code\">\\1"_s);
    html.replace(u"</code></pre></div>"_s, u"</pre></td></tr></table>"_s);
    return html;
}

} // namespace

ChallengeStatementView::ChallengeStatementView(NoteRenderer &renderer, QWidget *parent)
    : QTextBrowser(parent)
    , m_renderer(renderer)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setAccessibleName(tr("Challenge statement"));
    document()->setDocumentMargin(12);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1String(NotePage::scheme) && url.path().startsWith(u"/note/"_s))
            Q_EMIT noteLinkActivated(url.path().mid(6), url.fragment());
    });
}

void ChallengeStatementView::showChallenge(const Challenge &challenge, const QString &noteTitle)
{
    m_challenge = challenge;
    m_noteTitle = noteTitle;
    m_withSolution = false;
    render();
    verticalScrollBar()->setValue(0);
}

void ChallengeStatementView::showReferenceSolution()
{
    m_withSolution = true;
    render();
    scrollToAnchor(u"reference-solution"_s);
}

QString ChallengeStatementView::codeBlock(const QString &code)
{
    // A fence longer than any run of backticks in the code, so that the code cannot end it.
    static const QRegularExpression ticks(u"`{3,}"_s);
    qsizetype longest = 2;
    for (const QRegularExpressionMatch &m : ticks.globalMatch(code))
        longest = std::max(longest, m.capturedLength());
    const QString fence(longest + 1, u'`');
    return framedCode(m_renderer.markdown().toHtml(fence + u"python\n"_s + code + u"\n"_s + fence + u"\n"_s));
}

void ChallengeStatementView::render()
{
    m_renderer.markdown().setNoteId(m_challenge.noteId);
    QString html = framedCode(m_renderer.markdown().toHtml(m_challenge.statement));
    if (m_challenge.check == ChallengeCheck::MypyStrict)
        html += u"<p class=\"learn\">"_s
                + tr("Checked by the tests and by %1 on your code.").arg(u"<code>mypy --strict</code>"_s) + u"</p>"_s;
    if (!m_noteTitle.isEmpty()) {
        const QString href = u"garden:/note/"_s + QString::fromLatin1(QUrl::toPercentEncoding(m_challenge.noteId))
                             + u'#' + QString::fromLatin1(QUrl::toPercentEncoding(m_challenge.id));
        html += u"<p class=\"learn\">"_s + tr("Learn it in").toHtmlEscaped() + u" <a href=\""_s + href.toHtmlEscaped()
                + u"\">"_s + m_noteTitle.toHtmlEscaped() + u"</a></p>"_s;
    }
    if (m_withSolution) {
        html += u"<h3><a name=\"reference-solution\"></a>"_s + tr("Reference solution").toHtmlEscaped() + u"</h3>"_s
                + codeBlock(m_challenge.solution);
    }
    document()->setDefaultStyleSheet(stylesheet());
    setHtml(html);
}

QString ChallengeStatementView::stylesheet()
{
    const QPalette &pal = palette();
    const bool dark = ChallengeColours::isDark(pal);
    QString &rules = m_highlightCss[dark ? 1 : 0];
    if (rules.isEmpty())
        rules = HighlightStylesheet::documentCss(m_renderer.repository(), dark);
    // The code's background is its table cell's: painted per line, a <pre>'s would cover the underscores of the
    // line above (so would <code>'s, which is only for inline code now).
    return rules
           + u"pre.code { background-color: transparent; margin: 0; font-family: monospace; }\n"
             "td.code { background-color: %1; border: 1px solid %2; }\n"
             "table.code { margin-top: 6px; margin-bottom: 6px; border-collapse: collapse; }\n"
             "code { font-family: monospace; background-color: %1; }\n"
             "a { color: %3; }\n"
             "p.learn { color: %4; margin-top: 14px; }\n"_s.arg(
                 ChallengeColours::codeBackground(pal).name(), pal.color(QPalette::Mid).name(),
                 pal.color(QPalette::Link).name(), ChallengeColours::muted(pal).name());
}

void ChallengeStatementView::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_challenge.id.isEmpty()) {
        const int y = verticalScrollBar()->value();
        render();
        verticalScrollBar()->setValue(y);
    }
}

} // namespace pmg
