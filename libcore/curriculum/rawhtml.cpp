// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rawhtml.h"

#include "markdown/cmarknodes.h"

#include <QRegularExpression>
#include <QSet>

#include <cmark-gfm.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace pmg {

namespace {

QSet<QString> wordSet(const QString &words)
{
    const QStringList list = words.split(u' ', Qt::SkipEmptyParts);
    return {list.cbegin(), list.cend()};
}

// Elements that make a browser run, load, embed or restyle something: never wanted in a note, inline or not.
bool isActive(const QString &tag)
{
    static const QSet<QString> active =
        wordSet(u"script style iframe frame frameset object embed applet link meta base "
                u"form input button textarea select svg math template noscript img "
                u"picture video audio source track canvas portal"_s);
    return active.contains(tag);
}

// The other HTML elements an author might reach for. A name outside both lists is not HTML but prose in angle
// brackets (`<module>`, `<name>`), which the renderer shows as written.
bool isElement(const QString &tag)
{
    static const QSet<QString> elements =
        wordSet(u"a abbr address article aside b bdi bdo big blockquote body br caption center cite code col colgroup "
                u"dd del details dfn dialog div dl dt em fieldset figcaption figure font footer h1 h2 h3 h4 h5 h6 "
                u"head header hr html i ins kbd label legend li main mark nav ol p pre q s samp section small span "
                u"strike strong sub summary sup table tbody td tfoot th thead time title tr tt u ul var wbr"_s);
    return elements.contains(tag);
}

struct Found {
    QString tag; ///< lower-cased element name, empty for a comment or declaration
    bool closing = false;
};

// The tag a piece of raw HTML starts with: "<iframe src=…>" → iframe, "</b>" → b (closing); none for a comment
// "<!-- … -->", a declaration or a processing instruction.
Found firstTag(const QString &html)
{
    static const QRegularExpression tag(u"^<(/?)([A-Za-z][A-Za-z0-9-]*)"_s);
    const QRegularExpressionMatch m = tag.match(html);
    if (!m.hasMatch())
        return {};
    return {m.captured(2).toLower(), !m.captured(1).isEmpty()};
}

struct NodeDeleter {
    void operator()(cmark_node *node) const { cmark_node_free(node); }
};

} // namespace

void RawHtml::check(const QString &body, int firstLine, const QString &file, Diagnostics &diagnostics)
{
    if (!body.contains(u'<'))
        return;
    const QByteArray utf8 = body.toUtf8();
    const std::unique_ptr<cmark_node, NodeDeleter> doc(
        cmark_parse_document(utf8.constData(), static_cast<size_t>(utf8.size()), CMARK_OPT_DEFAULT));
    const auto isHtml = [](cmark_node *n) {
        const cmark_node_type type = cmark_node_get_type(n);
        return type == CMARK_NODE_HTML_BLOCK || type == CMARK_NODE_HTML_INLINE;
    };
    QSet<QString> reported; // one report per tag and line: "<b>x</b>" is one problem
    for (cmark_node *node : CmarkNodes::matching(doc.get(), isHtml)) {
        const bool block = cmark_node_get_type(node) == CMARK_NODE_HTML_BLOCK;
        const QString html = QString::fromUtf8(cmark_node_get_literal(node)).trimmed();
        const int line = firstLine + cmark_node_get_start_line(node) - 1;
        const Found found = firstTag(html);
        const bool active = isActive(found.tag);
        if (!found.tag.isEmpty() && !active && !isElement(found.tag))
            continue; // `<module>`: prose in angle brackets, shown as written
        if (found.closing && !block)
            continue; // its opening tag is the problem
        const QString key = found.tag + u'@' + QString::number(line);
        if (reported.contains(key))
            continue;
        reported.insert(key);
        if (found.tag.isEmpty())
            diagnostics.append({file, line,
                                QStringLiteral("raw HTML is not allowed: the app shows %1 as text")
                                    .arg(quoted(html.section(u'\n', 0, 0)))});
        else if (block || active)
            diagnostics.append({file, line,
                                QStringLiteral("raw HTML <%1> is not allowed: the app shows it as text, it never runs "
                                               "or applies it")
                                    .arg(quoted(found.tag))});
        else
            diagnostics.append({file, line,
                                QStringLiteral("raw HTML <%1> is shown as text, not as HTML: write Markdown instead")
                                    .arg(quoted(found.tag)),
                                Diagnostic::Severity::Warning});
    }
}

} // namespace pmg
