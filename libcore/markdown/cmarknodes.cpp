// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cmarknodes.h"

namespace pmg {

std::vector<cmark_node *> CmarkNodes::ofType(cmark_node *root, cmark_node_type type)
{
    return matching(root, [type](cmark_node *node) { return cmark_node_get_type(node) == type; });
}

std::vector<cmark_node *> CmarkNodes::matching(cmark_node *root, const std::function<bool(cmark_node *)> &predicate)
{
    std::vector<cmark_node *> nodes;
    cmark_iter *it = cmark_iter_new(root);
    for (cmark_event_type ev; (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;) {
        cmark_node *node = cmark_iter_get_node(it);
        if (ev != CMARK_EVENT_EXIT && predicate(node))
            nodes.push_back(node);
    }
    cmark_iter_free(it);
    return nodes;
}

QByteArray CmarkNodes::plainText(cmark_node *node)
{
    QByteArray text;
    cmark_iter *it = cmark_iter_new(node);
    for (cmark_event_type ev; (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;) {
        cmark_node *n = cmark_iter_get_node(it);
        const auto type = cmark_node_get_type(n);
        if (ev != CMARK_EVENT_ENTER)
            continue;
        if (type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE)
            text += cmark_node_get_literal(n);
        else if (type == CMARK_NODE_HTML_INLINE) // as the renderer shows raw HTML: as trimmed text
            text += QByteArray(cmark_node_get_literal(n)).trimmed();
    }
    cmark_iter_free(it);
    return text;
}

cmark_node *CmarkNodes::cloneInline(cmark_node *node)
{
    const cmark_node_type type = cmark_node_get_type(node);
    cmark_node *copy = nullptr;
    switch (type) {
    case CMARK_NODE_TEXT:
    case CMARK_NODE_CODE:
    case CMARK_NODE_HTML_INLINE:
        copy = cmark_node_new(type);
        cmark_node_set_literal(copy, cmark_node_get_literal(node));
        return copy;
    case CMARK_NODE_SOFTBREAK:
    case CMARK_NODE_LINEBREAK:
        return cmark_node_new(type);
    case CMARK_NODE_EMPH:
    case CMARK_NODE_STRONG:
        copy = cmark_node_new(type);
        break;
    case CMARK_NODE_LINK:
    case CMARK_NODE_IMAGE:
        copy = cmark_node_new(type);
        cmark_node_set_url(copy, cmark_node_get_url(node));
        cmark_node_set_title(copy, cmark_node_get_title(node));
        break;
    case CMARK_NODE_CUSTOM_INLINE:
        copy = cmark_node_new(type);
        cmark_node_set_on_enter(copy, cmark_node_get_on_enter(node));
        cmark_node_set_on_exit(copy, cmark_node_get_on_exit(node));
        break;
    default:
        copy = cmark_node_new(CMARK_NODE_TEXT);
        cmark_node_set_literal(copy, plainText(node).constData());
        return copy;
    }
    for (cmark_node *child = cmark_node_first_child(node); child; child = cmark_node_next(child))
        cmark_node_append_child(copy, cloneInline(child));
    return copy;
}

} // namespace pmg
