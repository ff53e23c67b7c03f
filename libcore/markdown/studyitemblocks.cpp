// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "studyitemblocks.h"

#include "curriculum/calloutattributes.h"
#include "curriculum/level.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <tuple>

using namespace Qt::StringLiterals;

namespace pmg {

namespace {

// The `**Marker:**` words of the item format (docs/curriculum-format.md) that start a part of an item.
constexpr const char *markers[] = {"Q:", "A:", "Accept:", "Explanation:", "Learn:"};

cmark_node_type typeOf(cmark_node *node)
{
    return node ? cmark_node_get_type(node) : CMARK_NODE_NONE;
}

cmark_node *customBlock(const QString &open, const char *close)
{
    cmark_node *node = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK);
    cmark_node_set_on_enter(node, open.toUtf8().constData());
    cmark_node_set_on_exit(node, close);
    return node;
}

// The summary carries both labels; the stylesheet shows "Show …" while closed and "Hide …" while open (no script).
cmark_node *details(QLatin1String cssClass, QLatin1String what)
{
    return customBlock(u"<details class=\""_s + cssClass + u"\">\n<summary><span class=\"when-closed\">Show "_s + what
                           + u"</span><span class=\"when-open\">Hide "_s + what
                           + u"</span></summary>\n<div class=\"details-body\">\n"_s,
                       "</div>\n</details>\n");
}

cmark_node *label(QLatin1String text)
{
    return customBlock(u"<p class=\"answer-label\">"_s + text + u"</p>\n"_s, "");
}

/// The marker a `**Marker:**` strong node stands for, or nullptr.
const char *markerOf(cmark_node *node)
{
    if (typeOf(node) != CMARK_NODE_STRONG)
        return nullptr;
    cmark_node *text = cmark_node_first_child(node);
    if (typeOf(text) != CMARK_NODE_TEXT || cmark_node_next(text))
        return nullptr;
    const char *literal = cmark_node_get_literal(text);
    for (const char *marker : markers) {
        if (std::strcmp(literal, marker) == 0)
            return marker;
    }
    return nullptr;
}

bool startsWithMarker(cmark_node *block, const char *marker)
{
    if (typeOf(block) != CMARK_NODE_PARAGRAPH)
        return false;
    const char *found = markerOf(cmark_node_first_child(block));
    return found && std::strcmp(found, marker) == 0;
}

bool isBreak(cmark_node *node)
{
    return typeOf(node) == CMARK_NODE_SOFTBREAK || typeOf(node) == CMARK_NODE_LINEBREAK;
}

// Markers start a line, but not necessarily a paragraph ("**Q:** …\n**A:** …" is one paragraph to cmark): split such
// paragraphs so that every marker starts a block of its own.
void splitAtMarkers(cmark_node *container)
{
    for (cmark_node *block = cmark_node_first_child(container); block; block = cmark_node_next(block)) {
        if (typeOf(block) != CMARK_NODE_PARAGRAPH)
            continue;
        for (cmark_node *child = cmark_node_first_child(block); child; child = cmark_node_next(child)) {
            if (!isBreak(child) || !markerOf(cmark_node_next(child)))
                continue;
            cmark_node *rest = cmark_node_new(CMARK_NODE_PARAGRAPH);
            while (cmark_node *moved = cmark_node_next(child)) {
                cmark_node_unlink(moved);
                cmark_node_append_child(rest, moved);
            }
            cmark_node_free(child);
            cmark_node_insert_after(block, rest);
            break; // the outer loop visits `rest` next
        }
    }
}

cmark_node *findBlock(cmark_node *container, auto predicate)
{
    for (cmark_node *block = cmark_node_first_child(container); block; block = cmark_node_next(block)) {
        if (predicate(block))
            return block;
    }
    return nullptr;
}

/// Removes the leading marker of `paragraph` (and the space or line break after it). Returns the paragraph, or the
/// block after it when nothing else was in it.
cmark_node *dropMarker(cmark_node *paragraph)
{
    cmark_node_free(cmark_node_first_child(paragraph));
    cmark_node *first = cmark_node_first_child(paragraph);
    if (typeOf(first) == CMARK_NODE_TEXT) {
        const char *literal = cmark_node_get_literal(first);
        const char *start = literal;
        while (*start == ' ' || *start == '\t')
            ++start;
        if (!*start)
            cmark_node_free(first);
        else if (start != literal)
            cmark_node_set_literal(first, QByteArray(start).constData()); // copy: set_literal frees the old text
    }
    if (isBreak(cmark_node_first_child(paragraph)))
        cmark_node_free(cmark_node_first_child(paragraph));
    if (cmark_node_first_child(paragraph))
        return paragraph;
    cmark_node *next = cmark_node_next(paragraph);
    cmark_node_free(paragraph);
    return next;
}

/// Moves `from` and its following siblings, up to but excluding `stop` (nullptr: to the end), into `target`.
void moveBlocks(cmark_node *from, cmark_node *stop, cmark_node *target)
{
    while (from && from != stop) {
        cmark_node *next = cmark_node_next(from);
        cmark_node_unlink(from);
        cmark_node_append_child(target, from);
        from = next;
    }
}

QByteArray fenceWord(cmark_node *codeBlock, qsizetype index)
{
    const QList<QByteArray> words = QByteArray(cmark_node_get_fence_info(codeBlock)).simplified().split(' ');
    return index < words.size() ? words[index] : QByteArray();
}

bool isTaskList(cmark_node *block)
{
    cmark_node *item = typeOf(block) == CMARK_NODE_LIST ? cmark_node_first_child(block) : nullptr;
    return item && std::strcmp(cmark_node_get_type_string(item), "tasklist") == 0;
}

QString badge(const QString &cssClass, const QString &text)
{
    return u"<span class=\"badge "_s + cssClass + u"\">"_s + text.toHtmlEscaped() + u"</span>"_s;
}

QString levelBadge(const CalloutAttributes &attrs)
{
    const std::optional<Level> level = levelFromString(attrs.value(u"level"_s));
    return level ? badge(u"badge-level level-"_s + levelName(*level), levelName(*level)) : QString();
}

QString questionTypeLabel(const QString &type)
{
    if (type == u"single")
        return u"Single choice"_s;
    if (type == u"multiple")
        return u"Multiple choice"_s;
    if (type == u"truefalse")
        return u"True or false"_s;
    if (type == u"output")
        return u"What does it print?"_s;
    if (type == u"short")
        return u"Short answer"_s;
    return type;
}

void buildCard(cmark_node *quote, cmark_node *item, cmark_node *answer)
{
    cmark_node *front = cmark_node_first_child(quote);
    if (startsWithMarker(front, "Q:"))
        front = dropMarker(front);
    moveBlocks(front, answer, item);
    cmark_node *back = details(QLatin1String("answer"), QLatin1String("answer"));
    moveBlocks(dropMarker(answer), nullptr, back);
    cmark_node_append_child(item, back);
}

// The options become native inputs inside labels, so that a learner can pick one with JavaScript off (radio buttons
// for one answer, checkboxes for several). Correct options carry a class that the stylesheet only uses once the
// answer is open: then the chosen and the correct options are marked in the options themselves.
cmark_node *selectableOptions(cmark_node *options, const QString &itemId, bool several)
{
    const QString type = several ? u"checkbox"_s : u"radio"_s;
    int index = 0;
    for (cmark_node *option = cmark_node_first_child(options); option; option = cmark_node_next(option), ++index) {
        const bool correct = cmark_gfm_extensions_get_tasklist_item_checked(option);
        cmark_gfm_extensions_set_tasklist_item_checked(option, false);
        cmark_node_set_syntax_extension(option, nullptr); // a plain <li>: the input is ours
        cmark_node *paragraph = cmark_node_first_child(option);
        if (typeOf(paragraph) != CMARK_NODE_PARAGRAPH)
            continue;
        cmark_node *choice = cmark_node_new(CMARK_NODE_CUSTOM_INLINE);
        const QString open = u"<label class=\"option"_s + (correct ? u" correct"_s : QString()) + u"\"><input type=\""_s
                             + type + u"\" name=\""_s + itemId.toHtmlEscaped() + u"\" value=\""_s
                             + QString::number(index) + u"\"> "_s;
        cmark_node_set_on_enter(choice, open.toUtf8().constData());
        cmark_node_set_on_exit(choice, "</label>");
        moveBlocks(cmark_node_first_child(paragraph), nullptr, choice);
        cmark_node_append_child(paragraph, choice);
    }
    cmark_node *box = customBlock(u"<div class=\"options\">"_s, "</div>\n");
    cmark_node_unlink(options);
    cmark_node_append_child(box, options);
    return box;
}

void buildQuiz(cmark_node *quote, cmark_node *item, const QString &type, const QString &itemId)
{
    const bool choice = type == u"single" || type == u"multiple" || type == u"truefalse";
    cmark_node *answerStart = findBlock(quote, [&](cmark_node *block) {
        return (choice && isTaskList(block))
               || (type == u"output" && typeOf(block) == CMARK_NODE_CODE_BLOCK && fenceWord(block, 0) == "output")
               || startsWithMarker(block, "Accept:") || startsWithMarker(block, "Explanation:")
               || startsWithMarker(block, "Learn:");
    });
    moveBlocks(cmark_node_first_child(quote), answerStart, item);
    cmark_node *answer = details(QLatin1String("answer"), QLatin1String("answer"));
    if (isTaskList(answerStart)) {
        cmark_node *options = answerStart;
        answerStart = cmark_node_next(options);
        cmark_node_append_child(item, selectableOptions(options, itemId, type == u"multiple"));
    } else if (typeOf(answerStart) == CMARK_NODE_CODE_BLOCK) {
        cmark_node *output = answerStart;
        answerStart = cmark_node_next(output);
        cmark_node_append_child(answer, label(QLatin1String("Output")));
        cmark_node_unlink(output);
        cmark_node_append_child(answer, output);
    }
    if (cmark_node *accept = findBlock(quote, [](cmark_node *b) { return startsWithMarker(b, "Accept:"); }))
        cmark_node_set_literal(cmark_node_first_child(cmark_node_first_child(accept)), "Accepted answers:");
    moveBlocks(answerStart, nullptr, answer);
    cmark_node_append_child(item, answer);
}

void buildChallenge(cmark_node *quote, cmark_node *item)
{
    const auto fence = [&](const char *role) {
        return findBlock(
            quote, [role](cmark_node *b) { return typeOf(b) == CMARK_NODE_CODE_BLOCK && fenceWord(b, 1) == role; });
    };
    cmark_node *solution = fence("solution");
    cmark_node *tests = fence("tests");
    if (solution)
        cmark_node_unlink(solution);
    if (tests)
        cmark_node_unlink(tests);
    moveBlocks(cmark_node_first_child(quote), nullptr, item); // the statement and the starter code
    for (const auto &[block, cssClass, summary] :
         {std::tuple(solution, "solution", "solution"), std::tuple(tests, "tests", "tests")}) {
        if (!block)
            continue;
        cmark_node *box = details(QLatin1String(cssClass), QLatin1String(summary));
        cmark_node_append_child(box, block);
        cmark_node_append_child(item, box);
    }
}

// Each entry ends with an Obsidian block id (" ^daily-cards"): not shown, but kept as an anchor to link to.
void buildChecklist(cmark_node *quote, cmark_node *item, const QString &checklistId)
{
    for (cmark_node *list = cmark_node_first_child(quote); list; list = cmark_node_next(list)) {
        if (typeOf(list) != CMARK_NODE_LIST)
            continue;
        for (cmark_node *entry = cmark_node_first_child(list); entry; entry = cmark_node_next(entry)) {
            cmark_node *paragraph = cmark_node_first_child(entry);
            cmark_node *last = typeOf(paragraph) == CMARK_NODE_PARAGRAPH ? cmark_node_last_child(paragraph) : nullptr;
            if (typeOf(last) != CMARK_NODE_TEXT)
                continue;
            QByteArray text = cmark_node_get_literal(last);
            const qsizetype caret = text.lastIndexOf(" ^");
            const QByteArray blockId = caret < 0 ? QByteArray() : text.mid(caret + 2).trimmed();
            if (blockId.isEmpty() || !std::all_of(blockId.cbegin(), blockId.cend(), [](char c) {
                    return std::isalnum(uchar(c)) || c == '-';
                }))
                continue;
            text.truncate(caret);
            cmark_node_set_literal(last, text.constData());
            cmark_node *anchor = cmark_node_new(CMARK_NODE_CUSTOM_INLINE);
            const QString open = u"<a class=\"anchor\" id=\""_s
                                 + QString(checklistId + u'-' + QString::fromLatin1(blockId)).toHtmlEscaped()
                                 + u"\"></a>"_s;
            cmark_node_set_on_enter(anchor, open.toUtf8().constData());
            cmark_node_set_on_exit(anchor, "");
            cmark_node_prepend_child(paragraph, anchor);
        }
    }
    moveBlocks(cmark_node_first_child(quote), nullptr, item);
}

} // namespace

bool StudyItemBlocks::replace(cmark_node *quote, const QString &calloutType, const QString &attributes)
{
    static const QStringList keys{u"id"_s, u"type"_s, u"level"_s, u"title"_s, u"cadence"_s, u"case"_s};
    Diagnostics ignored; // malformed attributes are the linter's business; render what can be read
    const CalloutAttributes attrs = CalloutAttributes::parse(attributes, keys, 0, QString(), ignored);
    const QString id = attrs.value(u"id"_s);
    if (id.isEmpty())
        return false;
    splitAtMarkers(quote);

    QString kind;
    QString badges = levelBadge(attrs);
    cmark_node *answer = nullptr;
    if (calloutType == u"card") {
        answer = findBlock(quote, [](cmark_node *b) { return startsWithMarker(b, "A:"); });
        if (!answer)
            return false;
        kind = u"Flashcard"_s;
    } else if (calloutType == u"quiz") {
        kind = u"Quiz question"_s;
        badges += badge(u"badge-type"_s, questionTypeLabel(attrs.value(u"type"_s)));
    } else if (calloutType == u"challenge") {
        kind = u"Challenge"_s;
    } else {
        kind = u"Checklist"_s;
        if (const QString cadence = attrs.value(u"cadence"_s); !cadence.isEmpty())
            badges += badge(u"badge-cadence"_s, cadence);
    }
    const QString title = attrs.value(u"title"_s);
    cmark_node *item = customBlock(
        u"<div class=\"study-item item-"_s + calloutType + u"\" id=\""_s + id.toHtmlEscaped()
            + u"\">\n<div class=\"item-head\"><span class=\"item-kind\">"_s + kind + u"</span>"_s
            + (title.isEmpty() ? QString() : u"<span class=\"item-title\">"_s + title.toHtmlEscaped() + u"</span>"_s)
            + badges + u"</div>\n"_s,
        "</div>\n");
    if (calloutType == u"card")
        buildCard(quote, item, answer);
    else if (calloutType == u"quiz")
        buildQuiz(quote, item, attrs.value(u"type"_s), id);
    else if (calloutType == u"challenge")
        buildChallenge(quote, item);
    else
        buildChecklist(quote, item, id);
    cmark_node_replace(quote, item);
    cmark_node_free(quote);
    return true;
}

} // namespace pmg
