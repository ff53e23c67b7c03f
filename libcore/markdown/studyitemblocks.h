// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

struct cmark_node;

namespace pmg {

/// Shows the four study-item callouts (`[!card]`, `[!quiz]`, `[!challenge]`, `[!checklist]`) as readable blocks
/// instead of their authoring syntax: `<div class="study-item item-TYPE" id="ITEM-ID">` with a header (kind, title,
/// badges), the part a learner should see first, and answers, solutions and tests inside `<details>` so that they stay
/// hidden until clicked, with no script. It works on the cmark-gfm tree before wiki links and code blocks are
/// rendered, so both still apply inside the blocks.
class StudyItemBlocks final
{
public:
    /// Replaces `quote`, a callout of a study-item type whose header line has been removed, by its block and frees
    /// it. `attributes` is the rest of the header line (`id=… level=…`). Returns false when the item cannot be read
    /// (no id=, a card without `**A:**`); the caller then renders it as a plain callout.
    static bool replace(cmark_node *quote, const QString &calloutType, const QString &attributes);
};

} // namespace pmg
