// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "search/searchhit.h"
#include "store/noteprogress.h"

#include <QHash>
#include <QList>
#include <QString>

namespace pmg {

class Curriculum;
struct Note;

/// One row of the Ctrl+K palette: what was found first, where it is dimmed beneath, and where Enter leads.
struct PaletteRow {
    QString title;       ///< the section, item or note: what the learner scans for
    QString kind;        ///< "Note", "Flashcard", "Quiz", "Challenge", "Recent"
    QString context;     ///< where it is: the note's section number and title
    QString snippetHtml; ///< an excerpt with the matches in <b>…</b> (HTML-escaped), or empty
    QString noteId;
    QString anchor;
    QString highlight;

    /// Everything the row says, as one plain line (screen readers, tests).
    QString accessibleText() const;
};

/// Turns what the palette found into rows: the presentation, apart from how hits are obtained (the search may run
/// elsewhere and hand its hits over).
class PaletteRows final
{
public:
    /// Notes matched by title.
    static QList<PaletteRow> forNotes(const QList<const Note *> &notes);
    /// Full-text hits, best first, without rows that would read the same (a question copied into two notes).
    static QList<PaletteRow> forHits(const QList<SearchHit> &hits);
    /// The note rows, then the hit rows without a note's opening text when that note is already a row of its own.
    static QList<PaletteRow> combine(const QList<PaletteRow> &noteRows, const QList<PaletteRow> &hitRows);
    /// What the palette shows before anything is typed: the notes opened most recently (at most `limit`); on a
    /// fresh profile, the first notes of the curriculum.
    static QList<PaletteRow> recent(const Curriculum &curriculum, const QHash<QString, NoteProgress> &progress,
                                    int limit);
};

} // namespace pmg
