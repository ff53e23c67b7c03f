// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace pmg {

/// One search result: a part of a note (the text under one `##`/`###` heading) or a study item.
struct SearchHit {
    enum class Kind { Note, Flashcard, Question, Challenge };

    Kind kind = Kind::Note;
    QString noteId;      ///< the note to open (for an item: the note it is written in)
    QString itemId;      ///< the card, question or challenge id; empty for note text
    QString anchor;      ///< the element to scroll to: a heading id (empty: top of the note) or the item id
    QString title;       ///< the heading, item title or (for the text before the first heading) the note title
    QString noteTitle;   ///< the note's title
    QString snippetHtml; ///< HTML-escaped excerpt with <b>…</b> around the matched words
    QString firstMatch;  ///< the first matched word as written in the text, for find-in-page
    double rank = 0;     ///< FTS5 bm25 score: lower (more negative) is better; hits come best first

    /// The snippet as plain text with each match wrapped in `open` … `close`.
    QString snippetText(const QString &open = QStringLiteral("["), const QString &close = QStringLiteral("]")) const;

    static QString kindName(Kind kind); ///< "note", "flashcard", "question", "challenge"
};

} // namespace pmg
