// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "curriculum/note.h"
#include "curriculum/studyitems.h"
#include "searchdocument.h"

#include <QList>

namespace pmg {

/// Turns notes and study items into the plain-text documents the search index stores. Markdown is parsed with
/// cmark-gfm (as the renderer does), so emphasis, links, fences and quote markers are gone and only readable text
/// stays. Everything depends only on the note itself (not on other notes), so a note's documents change exactly when
/// its file does — which is what lets SearchIndex re-index by content hash.
class NoteChunker final
{
public:
    /// The note's text split at top-level `##`/`###` headings. The first chunk (the text before the first heading,
    /// titled with the note title, empty anchor) is always there so that the note title is searchable. Anchors are
    /// the renderer's heading ids (WikiLink::anchorFor, "-2", "-3"… for repeats, "section" when empty). Study-item
    /// callouts are left out: they are indexed as items.
    static QList<SearchDocument> chunks(const Note &note);

    static SearchDocument document(const Flashcard &card);
    static SearchDocument document(const QuizQuestion &question);
    static SearchDocument document(const Challenge &challenge);

    /// Markdown → readable plain text (one line per block; wiki links become their label or target).
    static QString plainText(const QString &markdown);
};

} // namespace pmg
