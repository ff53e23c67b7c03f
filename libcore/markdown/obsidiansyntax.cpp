// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "obsidiansyntax.h"

#include "curriculum/itemparser.h"
#include "curriculum/wikilink.h"
#include "markdown/cmarknodes.h"
#include "markdown/studyitemblocks.h"

#include <QRegularExpression>

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

#include <cstring>
#include <vector>

using namespace Qt::StringLiterals;

namespace pmg {

namespace {

// cmark splits text at every '[' and ']' (possible link brackets), so "[[x]]" arrives as several text nodes.
void mergeAdjacentText(cmark_node *root)
{
    for (cmark_node *node : CmarkNodes::ofType(root, CMARK_NODE_TEXT)) {
        if (!cmark_node_parent(node))
            continue; // already merged into its predecessor
        cmark_node *prev = cmark_node_previous(node);
        if (prev && cmark_node_get_type(prev) == CMARK_NODE_TEXT)
            continue; // handled when its first sibling was visited
        cmark_node *second = cmark_node_next(node);
        if (!second || cmark_node_get_type(second) != CMARK_NODE_TEXT)
            continue; // nothing to merge: most text nodes, and setting the literal again is not free
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

// cmark-gfm's task-list extension looks for "[ ]" at the very start of the source line, so it misses the task items
// inside block quotes, which means inside every callout. Finish its job for those items, with the same result.
void applyQuotedTaskItems(cmark_node *root)
{
    cmark_syntax_extension *tasklist = cmark_find_syntax_extension("tasklist");
    if (!tasklist)
        return;
    for (cmark_node *item : CmarkNodes::ofType(root, CMARK_NODE_ITEM)) {
        if (std::strcmp(cmark_node_get_type_string(item), "tasklist") == 0)
            continue; // recognised by the extension
        cmark_node *paragraph = cmark_node_first_child(item);
        cmark_node *text = paragraph ? cmark_node_first_child(paragraph) : nullptr;
        if (!text || cmark_node_get_type(paragraph) != CMARK_NODE_PARAGRAPH
            || cmark_node_get_type(text) != CMARK_NODE_TEXT)
            continue;
        const char *literal = cmark_node_get_literal(text);
        if (literal[0] != '[' || !std::strchr(" xX", literal[1]) || literal[1] == '\0' || literal[2] != ']'
            || (literal[3] != ' ' && literal[3] != '\t'))
            continue;
        const bool checked = literal[1] != ' ';
        const char *rest = literal + 3;
        while (*rest == ' ' || *rest == '\t')
            ++rest;
        if (*rest)
            cmark_node_set_literal(text, QByteArray(rest).constData()); // a copy: set_literal frees the old text
        else
            cmark_node_free(text);
        cmark_node_set_syntax_extension(item, tasklist);
        cmark_gfm_extensions_set_tasklist_item_checked(item, checked);
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
    for (cmark_node *node : CmarkNodes::ofType(root, CMARK_NODE_TEXT)) {
        const char *literal = cmark_node_get_literal(node);
        if (!std::strstr(literal, "[["))
            continue; // the common case, decided without converting to UTF-16 and running WikiLink's expressions
        const QString text = QString::fromUtf8(literal);
        const QList<WikiLink> links = WikiLink::findAll(text);
        if (links.isEmpty())
            continue;
        qsizetype pos = 0;
        for (const WikiLink &link : links) {
            if (link.start > pos)
                cmark_node_insert_before(node, textNode(text.mid(pos, link.start - pos)));
            const QString title = noteTitle ? noteTitle(link.target) : QString();
            const QString label = !link.label.isEmpty() ? link.label : (title.isNull() ? link.target : title);
            const QString href = u"garden:/note/"_s + link.target
                                 + (link.heading.isEmpty() ? QString() : u'#' + WikiLink::anchorFor(link.heading));
            cmark_node *anchor = cmark_node_new(CMARK_NODE_CUSTOM_INLINE);
            const QString open = title.isNull() ? u"<a class=\"wikilink broken-link\" title=\"No note has the id "_s
                                                      + link.target.toHtmlEscaped() + u"\">"_s
                                                : u"<a class=\"wikilink\" href=\""_s + href.toHtmlEscaped() + u"\">"_s;
            cmark_node_set_on_enter(anchor, open.toUtf8().constData());
            cmark_node_set_on_exit(anchor, "</a>");
            cmark_node_append_child(anchor, textNode(label));
            if (!cmark_node_insert_before(node, anchor)) {
                // Table cells refuse custom inlines: a plain link (or just the label, when broken) instead.
                cmark_node_free(anchor);
                cmark_node *fallback = textNode(label);
                if (!title.isNull()) {
                    cmark_node *plain = cmark_node_new(CMARK_NODE_LINK);
                    cmark_node_set_url(plain, href.toUtf8().constData());
                    cmark_node_set_title(plain, title.toUtf8().constData());
                    cmark_node_append_child(plain, fallback);
                    fallback = plain;
                }
                cmark_node_insert_before(node, fallback);
            }
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
    // Study items that StudyItemBlocks could not read (no id=) fall back to a plain box with a descriptive title.
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
    for (cmark_node *quote : CmarkNodes::ofType(root, CMARK_NODE_BLOCK_QUOTE)) {
        cmark_node *paragraph = cmark_node_first_child(quote);
        if (!paragraph || cmark_node_get_type(paragraph) != CMARK_NODE_PARAGRAPH)
            continue;
        cmark_node *first = cmark_node_first_child(paragraph);
        if (!first || cmark_node_get_type(first) != CMARK_NODE_TEXT)
            continue;
        const char *literal = cmark_node_get_literal(first);
        if (std::strncmp(literal, "[!", 2) != 0)
            continue;
        const QRegularExpressionMatch m = headerPattern.match(QString::fromUtf8(literal));
        if (!m.hasMatch())
            continue;
        const QString type = m.captured(1).toLower();

        // Drop the header line (and the paragraph if nothing remains). It may be more than the first text node, e.g.
        // a title with `code` in it: its plain text is the rest of the header.
        QString header = m.captured(3);
        cmark_node *next = cmark_node_next(first);
        cmark_node_free(first);
        for (cmark_node_type t;
             next && (t = cmark_node_get_type(next)) != CMARK_NODE_SOFTBREAK && t != CMARK_NODE_LINEBREAK;) {
            cmark_node *after = cmark_node_next(next);
            header += QString::fromUtf8(CmarkNodes::plainText(next));
            cmark_node_free(next);
            next = after;
        }
        if (next)
            cmark_node_free(next); // the line break
        if (!cmark_node_first_child(paragraph))
            cmark_node_free(paragraph);

        if (ItemParser::isItemType(type) && StudyItemBlocks::replace(quote, type, header))
            continue;
        const QString title = calloutTitle(type, header.trimmed());

        // The header pattern only lets ASCII letters, digits and '-' through, so the type is safe in a class name.
        const QString &cssType = type;
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
    applyQuotedTaskItems(document);
    applyCallouts(document);
    applyWikiLinks(document, noteTitle);
}

} // namespace pmg
