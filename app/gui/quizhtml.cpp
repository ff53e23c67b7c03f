// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quizhtml.h"

#include "garden/garden.h"
#include "highlight/codehighlighter.h"
#include "highlight/highlightstylesheet.h"
#include "markdown/markdownrenderer.h"

#include <QPalette>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace pmg {

namespace {

// MarkdownRenderer's code blocks are made for the note view (a copy button, a styled <pre>). Qt's rich text has no
// padding on blocks, so the code goes into a one-cell table that has, and the copy button is dropped.
QString framedCode(QString html)
{
    static const QRegularExpression opening(u"<div class=\"code-block\"><a class=\"copy-code\"[^>]*>[^<]*</a>"_s);
    html.replace(opening, u"<table class=\"code\" width=\"100%\" cellspacing=\"0\" cellpadding=\"8\"><tr>"
                          "<td class=\"code\">"_s);
    html.replace(u"</code></pre></div>"_s, u"</code></pre></td></tr></table>"_s);
    return html;
}

} // namespace

QuizHtml::QuizHtml(Garden &garden)
    : m_garden(garden)
{}

QuizHtml::~QuizHtml() = default;

MarkdownRenderer &QuizHtml::markdown()
{
    if (!m_markdown) {
        m_highlighter = std::make_unique<CodeHighlighter>();
        m_highlighter->setWorkerCount(0); // a question's few snippets: the caller's thread is quicker
        m_markdown = std::make_unique<MarkdownRenderer>(*m_highlighter);
        m_markdown->setNoteTitles([this](const QString &noteId) {
            const Note *note = m_garden.curriculum().note(noteId);
            return note ? note->title : QString();
        });
    }
    return *m_markdown;
}

QString QuizHtml::block(const QString &markdown)
{
    return framedCode(this->markdown().toHtml(markdown));
}

QString QuizHtml::inlineText(const QString &markdown)
{
    QString html = this->markdown().toHtml(markdown).trimmed();
    if (html.startsWith(u"<p>"_s) && html.endsWith(u"</p>"_s) && html.count(u"<p>"_s) == 1)
        html = html.mid(3, html.size() - 7);
    return html;
}

QString QuizHtml::noteLink(const QString &noteId, const QString &prefix) const
{
    const Note *note = m_garden.curriculum().note(noteId);
    const QString title = note ? note->title : noteId;
    return prefix + u"<a href=\"garden:/note/"_s + noteId.toHtmlEscaped() + u"\">"_s + title.toHtmlEscaped()
           + u"</a>"_s;
}

bool QuizHtml::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor QuizHtml::goodColour(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x3f, 0xb9, 0x50) : QColor(0x1a, 0x7f, 0x37);
}

QColor QuizHtml::badColour(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xf8, 0x51, 0x49) : QColor(0xcf, 0x22, 0x2e);
}

QColor QuizHtml::codeBackground(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x16, 0x1b, 0x22) : QColor(0xf6, 0xf8, 0xfa);
}

QString QuizHtml::stylesheet(const QPalette &palette)
{
    const bool dark = isDark(palette);
    QString &rules = m_css[dark ? 1 : 0];
    if (rules.isEmpty()) {
        markdown(); // the highlighter's repository
        rules = HighlightStylesheet::documentCss(m_highlighter->repository(), dark);
    }
    const QString code = codeBackground(palette).name();
    const QString border = palette.color(QPalette::Mid).name();
    return rules
           + u"pre.code { background-color: %1; margin: 0; }\n"
             "td.code { background-color: %1; border: 1px solid %2; }\n"
             "table.code { margin-top: 6px; margin-bottom: 6px; border-collapse: collapse; }\n"
             "table.card { margin-bottom: 12px; border-collapse: collapse; }\n"
             "td.card { border: 1px solid %2; }\n"
             "h3 { margin-top: 0; }\n"
             "code { font-family: monospace; }\n"
             "a { color: %3; }\n"
             ".good { color: %4; font-weight: bold; }\n"
             ".bad { color: %5; font-weight: bold; }\n"
             ".muted { color: %6; }\n"_s.arg(code, border, palette.color(QPalette::Link).name(),
                                             goodColour(palette).name(), badColour(palette).name(),
                                             palette.color(QPalette::PlaceholderText).name());
}

} // namespace pmg
