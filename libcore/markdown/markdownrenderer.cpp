// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownrenderer.h"

#include "highlight/codehighlighter.h"
#include "markdown/cmarknodes.h"
#include "markdown/headinganchors.h"
#include "markdown/notepage.h"

#include <QUrl>

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <cstring>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace pmg {

namespace {

constexpr int parseOptions = CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8 | CMARK_OPT_FOOTNOTES
                             | CMARK_OPT_STRIKETHROUGH_DOUBLE_TILDE; // no CMARK_OPT_UNSAFE: dangerous URLs are blanked

struct ParserDeleter {
    void operator()(cmark_parser *p) const { cmark_parser_free(p); }
};
struct NodeDeleter {
    void operator()(cmark_node *n) const { cmark_node_free(n); }
};

cmark_parser *newParser()
{
    // Registration is idempotent but not thread-safe; the renderer is used from one thread per instance and this
    // static makes the first call the only one that registers.
    static const bool registered = [] {
        cmark_gfm_core_extensions_ensure_registered();
        return true;
    }();
    Q_UNUSED(registered);
    cmark_parser *parser = cmark_parser_new(parseOptions);
    for (const char *name : {"table", "strikethrough", "autolink", "tagfilter", "tasklist"}) {
        if (cmark_syntax_extension *ext = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(parser, ext);
    }
    return parser;
}

// Raw HTML becomes text, which the HTML renderer escapes: the author sees what they wrote, nothing is executed.
void escapeRawHtml(cmark_node *root)
{
    const auto isHtml = [](cmark_node *n) {
        const auto type = cmark_node_get_type(n);
        return type == CMARK_NODE_HTML_BLOCK || type == CMARK_NODE_HTML_INLINE;
    };
    for (cmark_node *node : CmarkNodes::matching(root, isHtml)) {
        const QByteArray literal = QByteArray(cmark_node_get_literal(node)).trimmed();
        cmark_node *text = cmark_node_new(CMARK_NODE_TEXT);
        cmark_node_set_literal(text, literal.constData());
        if (cmark_node_get_type(node) == CMARK_NODE_HTML_BLOCK) {
            cmark_node *paragraph = cmark_node_new(CMARK_NODE_PARAGRAPH);
            cmark_node_append_child(paragraph, text);
            cmark_node_replace(node, paragraph);
        } else {
            cmark_node_replace(node, text);
        }
        cmark_node_free(node);
    }
}

// Every heading gets an id (see HeadingAnchors: what `[[note#Heading]]` links and search hits point at). The
// `##` and `###` headings are returned for the table of contents.
QList<TocEntry> anchorHeadings(cmark_node *root)
{
    QList<TocEntry> toc;
    HeadingAnchors anchors;
    for (cmark_node *heading : CmarkNodes::ofType(root, CMARK_NODE_HEADING)) {
        const QString text = QString::fromUtf8(CmarkNodes::plainText(heading));
        const QString anchor = anchors.take(text);
        cmark_node *target = cmark_node_new(CMARK_NODE_CUSTOM_INLINE);
        cmark_node_set_on_enter(
            target,
            (QLatin1String("<a class=\"anchor\" id=\"") + anchor + QLatin1String("\"></a>")).toUtf8().constData());
        cmark_node_set_on_exit(target, "");
        cmark_node_prepend_child(heading, target);
        if (const int level = cmark_node_get_heading_level(heading); level == 2 || level == 3)
            toc.append({level, text.simplified(), anchor});
    }
    return toc;
}

// The first word of a fence's info string (what QString::section(u' ', 0, 0, SectionSkipEmpty) gives), without
// converting the whole string.
QString fenceLanguage(cmark_node *codeBlock)
{
    const char *info = cmark_node_get_fence_info(codeBlock);
    while (*info == ' ')
        ++info;
    const char *end = std::strchr(info, ' ');
    return QString::fromUtf8(info, end ? end - info : qsizetype(std::strlen(info)));
}

// `<pre class="code" data-lang="…"><code>…</code></pre>` around a code block's highlighted HTML.
void appendPreTags(QString &html, const QString &highlighted, const QString &language)
{
    html += QLatin1String("<pre class=\"code\"");
    if (!language.isEmpty())
        html += QLatin1String(" data-lang=\"") + language.toHtmlEscaped() + u'"';
    html += QLatin1String("><code>");
    html += highlighted;
    html += QLatin1String("</code></pre>");
}

} // namespace

MarkdownRenderer::MarkdownRenderer(CodeHighlighter &highlighter)
    : m_highlighter(highlighter)
{
    setNoteId(QString());
}

void MarkdownRenderer::setNoteId(const QString &noteId)
{
    m_copyHrefPrefix = QLatin1String(NotePage::scheme) + u":/copy/"_s
                       + QString::fromLatin1(QUrl::toPercentEncoding(noteId)).toHtmlEscaped() + u'/';
}

RenderedNote MarkdownRenderer::render(const QByteArray &utf8)
{
    RenderedNote result;
    std::unique_ptr<cmark_parser, ParserDeleter> parser(newParser());
    cmark_parser_feed(parser.get(), utf8.constData(), static_cast<size_t>(utf8.size()));
    std::unique_ptr<cmark_node, NodeDeleter> doc(cmark_parser_finish(parser.get()));

    escapeRawHtml(doc.get());
    ObsidianSyntax::apply(doc.get(), m_noteTitle);
    result.toc = anchorHeadings(doc.get());

    // Document order, answers and solutions included: block n is the one the `…/copy/<id>/<n>` link refers to.
    const std::vector<cmark_node *> codeNodes = CmarkNodes::ofType(doc.get(), CMARK_NODE_CODE_BLOCK);
    QList<CodeSnippet> snippets;
    snippets.reserve(qsizetype(codeNodes.size()));
    for (cmark_node *node : codeNodes) {
        QString code = QString::fromUtf8(cmark_node_get_literal(node));
        if (code.endsWith(u'\n'))
            code.chop(1);
        snippets.append({code, fenceLanguage(node)});
    }
    const QList<QString> highlighted = m_highlighter.toHtml(snippets); // all at once: they may share threads
    QString html;
    for (qsizetype n = 0; n < snippets.size(); ++n) {
        cmark_node *node = codeNodes[std::size_t(n)];
        html.clear();
        html += QLatin1String("<div class=\"code-block\"><a class=\"copy-code\" href=\"") + m_copyHrefPrefix
                + QString::number(n) + QLatin1String("\" title=\"Copy\">Copy</a>");
        appendPreTags(html, highlighted[n], snippets[n].language);
        html += QLatin1String("</div>\n");
        result.codeBlocks.append(snippets[n].code);
        cmark_node *custom = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK);
        cmark_node_set_on_enter(custom, html.toUtf8().constData());
        cmark_node_set_on_exit(custom, "");
        cmark_node_replace(node, custom);
        cmark_node_free(node);
    }

    char *out = cmark_render_html(doc.get(), parseOptions, cmark_parser_get_syntax_extensions(parser.get()));
    result.html = QString::fromUtf8(out);
    free(out); // cmark's default allocator is malloc
    return result;
}

} // namespace pmg
