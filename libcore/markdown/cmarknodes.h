// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <cmark-gfm.h>

#include <functional>
#include <vector>

namespace pmg {

/// Small helpers on cmark-gfm trees shared by the rendering passes.
class CmarkNodes final
{
public:
    /// Every node of `type` under `root` (itself included), in document order; collected first, so the caller may
    /// change the tree while walking the list.
    static std::vector<cmark_node *> ofType(cmark_node *root, cmark_node_type type);
    /// The same for every node `predicate` accepts.
    static std::vector<cmark_node *> matching(cmark_node *root, const std::function<bool(cmark_node *)> &predicate);

    /// The text and inline-code literals under `node`, concatenated (a heading's or title's plain text); inline raw
    /// HTML counts as its trimmed source, which is how the renderer shows it.
    static QByteArray plainText(cmark_node *node);

    /// A deep copy of an inline node (cmark-gfm has none). Extension inlines such as strikethrough become their text.
    static cmark_node *cloneInline(cmark_node *node);
};

} // namespace pmg
