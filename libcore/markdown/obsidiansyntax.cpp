// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "obsidiansyntax.h"

#include "curriculum/wikilink.h"

#include <QRegularExpression>

#include <cmark-gfm.h>

#include <vector>

using namespace Qt::StringLiterals;

namespace pmg {

namespace {

std::vector<cmark_node *> nodesOfType(cmark_node *root, cmark_node_type type)
{
    std::vector<cmark_node *> nodes;
    cmark_iter *it = cmark_iter_new(root);
    for (cmark_event_type ev; (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;) {
        cmark_node *node = cmark_iter_get_node(it);
        if (ev != CMARK_EVENT_EXIT && cmark_node_get_type(node) == type)
            nodes.push_back(node);
    }
    cmark_iter_free(it);
    return nodes;
}

// cmark splits text at every '[' and ']' (possible link brackets), so "[[x]]" arrives as several text nodes.
void mergeAdjacentText(cmark_node *root)
{
    for (cmark_node *node : nodesOfType(root, CMARK_NODE_TEXT)) {
        if (!cmark_node_parent(node))
            continue; // already merged into its predecessor
        cmark_node *prev = cmark_node_previous(node);
        if (prev && cmark_node_get_type(prev) == CMARK_NODE_TEXT)
            continue; // handled when its first sibling was visited
        QByteArray merged = cmark_node_get_literal(node);
        for (cmark_node *next = cmark_node_next(node); next && cmark_node_get_type(next) == CMARK_NODE_TEXT;
             next = cmark_node_next(node)) {
            merged += cmark_node_get_literal(next);
            cmark_node_unlink(next);
            cmark_node_free(next);
        }
        cmark_node_set_literal(node, merged.constData());
    }
}

cmark_node *textNode(const QString &text)
{
    cmark_node *node = cmark_node_new(CMARK_NODE_TEXT);
    cmark_node_set_literal(node, text.toUtf8().constData());
    return node;
}

void applyWikiLinks(cmark_node *root, const ObsidianSyntax::NoteTitle &noteTitle)
{
    for (cmark_node *node : nodesOfType(root, CMARK_NODE_TEXT)) {
        const QString text = QString::fromUtf8(cmark_node_get_literal(node));
        const QList<WikiLink> links = WikiLink::findAll(text);
        if (links.isEmpty())
            continue;
        qsizetype pos = 0;
        for (const WikiLink &link : links) {
            if (link.start > pos)
                cmark_node_insert_before(node, textNode(text.mid(pos, link.start - pos)));
            const QString title = noteTitle ? noteTitle(link.target) : QString();
            const QString label = !link.label.isEmpty() ? link.label : (title.isNull() ? link.target : title);
            cmark_node *anchor = cmark_node_new(CMARK_NODE_CUSTOM_INLINE);
            QString open;
            if (title.isNull()) {
                open = u"<a class=\"wikilink broken-link\" title=\"No note has the id "_s + link.target.toHtmlEscaped()
                       + u"\">"_s;
            } else {
                const QString fragment = link.heading.isEmpty() ? QString() : u'#' + WikiLink::anchorFor(link.heading);
                open = u"<a class=\"wikilink\" href=\"garden:/note/"_s + link.target.toHtmlEscaped()
                       + fragment.toHtmlEscaped() + u"\">"_s;
            }
            cmark_node_set_on_enter(anchor, open.toUtf8().constData());
            cmark_node_set_on_exit(anchor, "</a>");
            cmark_node_append_child(anchor, textNode(label));
            cmark_node_insert_before(node, anchor);
            pos = link.start + link.length;
        }
        if (pos < text.size())
            cmark_node_insert_before(node, textNode(text.mid(pos)));
        cmark_node_unlink(node);
        cmark_node_free(node);
    }
}

QString calloutTitle(const QString &type, const QString &header)
{
    static const QRegularExpression titleAttr(u"title=\"([^\"]*)\""_s);
    if (type == u"card")
        return u"Flashcard"_s;
    if (type == u"quiz")
        return u"Quiz question"_s;
    if (type == u"challenge" || type == u"checklist") {
        const QString title = titleAttr.match(header).captured(1);
        return (type == u"challenge" ? u"Challenge"_s : u"Checklist"_s)
               + (title.isEmpty() ? QString() : u": "_s + title);
    }
    if (!header.isEmpty())
        return header;
    QString name = type;
    name[0] = name[0].toUpper();
    return name;
}

void applyCallouts(cmark_node *root)
{
    static const QRegularExpression headerPattern(u"^\\[!([A-Za-z][A-Za-z0-9-]*)\\]([+-]?)[ \\t]*(.*)$"_s);
    for (cmark_node *quote : nodesOfType(root, CMARK_NODE_BLOCK_QUOTE)) {
        cmark_node *paragraph = cmark_node_first_child(quote);
        if (!paragraph || cmark_node_get_type(paragraph) != CMARK_NODE_PARAGRAPH)
            continue;
        cmark_node *first = cmark_node_first_child(paragraph);
        if (!first || cmark_node_get_type(first) != CMARK_NODE_TEXT)
            continue;
        const QRegularExpressionMatch m = headerPattern.match(QString::fromUtf8(cmark_node_get_literal(first)));
        if (!m.hasMatch())
            continue;
        const QString type = m.captured(1).toLower();
        const QString title = calloutTitle(type, m.captured(3).trimmed());

        // Drop the header line: its text node and the line break after it (and the paragraph if nothing remains).
        cmark_node *after = cmark_node_next(first);
        cmark_node_free(first);
        if (after
            && (cmark_node_get_type(after) == CMARK_NODE_SOFTBREAK
                || cmark_node_get_type(after) == CMARK_NODE_LINEBREAK))
            cmark_node_free(after);
        if (!cmark_node_first_child(paragraph))
            cmark_node_free(paragraph);

        const QString cssType = QString(type).replace(QRegularExpression(u"[^a-z0-9-]"_s), QString());
        const QString open = u"<div class=\"callout callout-"_s + cssType + u"\">\n<div class=\"callout-title\">"_s
                             + title.toHtmlEscaped() + u"</div>\n<div class=\"callout-body\">\n"_s;
        cmark_node *box = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK);
        cmark_node_set_on_enter(box, open.toUtf8().constData());
        cmark_node_set_on_exit(box, "</div>\n</div>\n");
        while (cmark_node *child = cmark_node_first_child(quote)) {
            cmark_node_unlink(child);
            cmark_node_append_child(box, child);
        }
        cmark_node_replace(quote, box);
        cmark_node_free(quote);
    }
}

} // namespace

void ObsidianSyntax::apply(cmark_node *document, const NoteTitle &noteTitle)
{
    mergeAdjacentText(document);
    applyCallouts(document);
    applyWikiLinks(document, noteTitle);
}

} // namespace pmg
