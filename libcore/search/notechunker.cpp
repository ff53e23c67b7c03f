// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "notechunker.h"

#include "curriculum/itemparser.h"
#include "curriculum/wikilink.h"
#include "markdown/cmarknodes.h"
#include "markdown/headinganchors.h"

#include <QHash>
#include <QRegularExpression>

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace pmg {

namespace {

struct NodeDeleter {
    void operator()(cmark_node *n) const { cmark_node_free(n); }
};
using Document = std::unique_ptr<cmark_node, NodeDeleter>;

Document parse(const QString &markdown)
{
    static const bool registered = [] {
        cmark_gfm_core_extensions_ensure_registered();
        return true;
    }();
    Q_UNUSED(registered);
    cmark_parser *parser = cmark_parser_new(CMARK_OPT_DEFAULT);
    // Tables matter (their cells are text); the other extensions do not change what is text.
    if (cmark_syntax_extension *table = cmark_find_syntax_extension("table"))
        cmark_parser_attach_syntax_extension(parser, table);
    const QByteArray utf8 = markdown.toUtf8();
    cmark_parser_feed(parser, utf8.constData(), static_cast<size_t>(utf8.size()));
    Document doc(cmark_parser_finish(parser));
    cmark_parser_free(parser);
    return doc;
}

bool isBlock(cmark_node *node)
{
    return (cmark_node_get_type(node) & CMARK_NODE_TYPE_MASK) == CMARK_NODE_TYPE_BLOCK;
}

void endLine(QString &out)
{
    if (!out.isEmpty() && !out.endsWith(u'\n'))
        out += u'\n';
}

// The text a reader sees: literals of text, code and (escaped, so visible) HTML; blocks end lines.
QString rawText(cmark_node *root)
{
    QString out;
    cmark_iter *it = cmark_iter_new(root);
    for (cmark_event_type ev; (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;) {
        cmark_node *node = cmark_iter_get_node(it);
        const auto type = cmark_node_get_type(node);
        if (ev == CMARK_EVENT_ENTER) {
            if (type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE || type == CMARK_NODE_HTML_INLINE) {
                out += QString::fromUtf8(cmark_node_get_literal(node));
            } else if (type == CMARK_NODE_CODE_BLOCK || type == CMARK_NODE_HTML_BLOCK) {
                endLine(out);
                out += QString::fromUtf8(cmark_node_get_literal(node));
                endLine(out);
            } else if (type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK) {
                out += u'\n'; // keeps a callout's "[!type] Title" line apart from its body
            }
        } else if (ev == CMARK_EVENT_EXIT && isBlock(node)) {
            if (qstrcmp(cmark_node_get_type_string(node), "table_cell") == 0)
                out += u"  "_s;
            else
                endLine(out);
        }
    }
    cmark_iter_free(it);
    return out;
}

// `[[target#heading|label]]` → what a reader sees: the label, else the heading, else the target id. (The renderer
// shows the target note's title; using only this note's own text keeps its documents a function of its file.)
QString replaceWikiLinks(QString text)
{
    const QList<WikiLink> links = WikiLink::findAll(text);
    for (auto it = links.crbegin(); it != links.crend(); ++it) {
        const QString shown = !it->label.isEmpty() ? it->label : (!it->heading.isEmpty() ? it->heading : it->target);
        text.replace(it->start, it->length, shown);
    }
    return text;
}

// Trimmed lines, blank ones dropped: code indentation and paragraph spacing mean nothing to a search index.
QString tidy(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QStringView line : QStringView(text).split(u'\n')) {
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        if (!out.isEmpty())
            out += u'\n';
        out += line;
    }
    return out;
}

QString blockText(cmark_node *node)
{
    return tidy(replaceWikiLinks(rawText(node)));
}

// Every heading's id, as the renderer gives it (the same heading text and HeadingAnchors): all headings, in order.
QHash<cmark_node *, QString> headingAnchors(cmark_node *root)
{
    QHash<cmark_node *, QString> anchors;
    HeadingAnchors ids;
    for (cmark_node *heading : CmarkNodes::ofType(root, CMARK_NODE_HEADING))
        anchors.insert(heading, ids.take(replaceWikiLinks(QString::fromUtf8(CmarkNodes::plainText(heading)))));
    return anchors;
}

// The callout header of a block quote ("[!tip] Title"), as ObsidianSyntax recognises it.
QRegularExpressionMatch calloutHeader(const QString &quoteText)
{
    static const QRegularExpression header(u"^\\[!([A-Za-z][A-Za-z0-9-]*)\\][+-]?[ \\t]*([^\\n]*)\\n?"_s);
    return header.match(quoteText);
}

// A one-line title for items whose natural title is a whole paragraph (a card's front, a question's prompt).
// A section's text is split into rows of about this many characters, at block (or else line or word) boundaries:
// FTS5's snippet() and bm25 cost grows with a row's length, and a hit in a 10 MB section must still be instant.
constexpr qsizetype maxChunkLength = 4000;

/// `text` in pieces of at most maxChunkLength, cut at a line break, else a space, else anywhere.
QStringList splitLong(const QString &text)
{
    QStringList pieces;
    qsizetype start = 0;
    while (text.size() - start > maxChunkLength) {
        qsizetype cut = text.lastIndexOf(u'\n', start + maxChunkLength);
        if (cut <= start)
            cut = text.lastIndexOf(u' ', start + maxChunkLength);
        if (cut <= start)
            cut = start + maxChunkLength;
        pieces.append(text.mid(start, cut - start));
        start = cut + (cut < text.size() && (text.at(cut) == u'\n' || text.at(cut) == u' ') ? 1 : 0);
    }
    pieces.append(text.mid(start));
    return pieces;
}

QString shortTitle(const QString &text)
{
    constexpr qsizetype maxLength = 100;
    QString line = text.section(u'\n', 0, 0);
    if (line.size() <= maxLength)
        return line;
    const qsizetype space = line.lastIndexOf(u' ', maxLength);
    line.truncate(space > maxLength / 2 ? space : maxLength);
    return line + u'…';
}

} // namespace

QString NoteChunker::plainText(const QString &markdown)
{
    const Document doc = parse(markdown);
    return blockText(doc.get());
}

QList<SearchDocument> NoteChunker::chunks(const Note &note)
{
    const Document doc = parse(note.body);
    const QHash<cmark_node *, QString> anchors = headingAnchors(doc.get());
    QList<SearchDocument> chunks;
    SearchDocument current{SearchHit::Kind::Note, note.id, QString(), QString(), note.title, note.title, QString()};
    // A long section continues in further rows with the same anchor and title; only its first row carries the
    // heading, so a heading match still counts once.
    const auto append = [&](const QString &text) {
        for (const QString &piece : splitLong(text)) {
            if (piece.isEmpty())
                continue;
            if (!current.text.isEmpty() && current.text.size() + piece.size() > maxChunkLength) {
                chunks.append(current);
                current.heading.clear();
                current.text.clear();
            }
            if (!current.text.isEmpty())
                current.text += u'\n';
            current.text += piece;
        }
    };
    for (cmark_node *block = cmark_node_first_child(doc.get()); block; block = cmark_node_next(block)) {
        const auto type = cmark_node_get_type(block);
        if (type == CMARK_NODE_HEADING && cmark_node_get_heading_level(block) <= 3) {
            chunks.append(current);
            const QString heading = tidy(replaceWikiLinks(QString::fromUtf8(CmarkNodes::plainText(block))));
            current = {SearchHit::Kind::Note, note.id, QString(), anchors.value(block), heading, heading, QString()};
            continue;
        }
        QString text = blockText(block);
        if (type == CMARK_NODE_BLOCK_QUOTE) {
            const QRegularExpressionMatch header = calloutHeader(text);
            if (header.hasMatch()) {
                if (ItemParser::isItemType(header.captured(1).toLower()))
                    continue; // indexed as an item
                text = header.captured(2) + u'\n' + text.mid(header.capturedLength());
                text = tidy(text);
            }
        }
        append(text);
    }
    chunks.append(current);
    return chunks;
}

SearchDocument NoteChunker::document(const Flashcard &card)
{
    const QString front = plainText(card.front);
    return {SearchHit::Kind::Flashcard,          card.noteId, card.id, card.id, shortTitle(front), QString(),
            front + u'\n' + plainText(card.back)};
}

SearchDocument NoteChunker::document(const QuizQuestion &question)
{
    const QString prompt = plainText(question.prompt);
    QString text = prompt;
    for (const QuizOption &option : question.options)
        text += u'\n' + plainText(option.text);
    for (const QString &answer : question.acceptedAnswers)
        text += u'\n' + answer;
    text += u'\n' + plainText(question.explanation);
    return {SearchHit::Kind::Question, question.noteId, question.id, question.id,
            shortTitle(prompt),        QString(),       tidy(text)};
}

SearchDocument NoteChunker::document(const Challenge &challenge)
{
    return {
        SearchHit::Kind::Challenge,    challenge.noteId, challenge.id, challenge.id, challenge.title, challenge.title,
        plainText(challenge.statement)};
}

} // namespace pmg
