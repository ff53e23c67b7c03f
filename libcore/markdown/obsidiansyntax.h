// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

struct cmark_node;

namespace pmg {

/// The two Obsidian conventions the curriculum uses, applied to a cmark-gfm document tree before it is rendered:
/// `> [!type] Title` callouts become styled boxes, `[[note-id|label]]` wiki links become `garden:` links.
class ObsidianSyntax final
{
public:
    /// Title of the note with that id, or a null QString when there is none (the link is then marked broken).
    using NoteTitle = std::function<QString(const QString &noteId)>;

    static void apply(cmark_node *document, const NoteTitle &noteTitle);
};

} // namespace pmg
