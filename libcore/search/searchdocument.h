// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "searchhit.h"

#include <QString>

namespace pmg {

/// One row of the search index: a chunk of a note's text or a study item, as plain text.
struct SearchDocument {
    SearchHit::Kind kind = SearchHit::Kind::Note;
    QString noteId;
    QString itemId;  ///< empty for note text
    QString anchor;  ///< heading id or item id; empty for the text before the first heading
    QString title;   ///< shown for the hit
    QString heading; ///< indexed with title weight: the heading, note or challenge title. Empty for cards and
                     ///< questions, whose title is only the start of their text (so it would count twice)
    QString text;
};

} // namespace pmg
