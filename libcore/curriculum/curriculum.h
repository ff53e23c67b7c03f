// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostic.h"
#include "note.h"
#include "snippet.h"
#include "studyitems.h"

#include <QHash>
#include <QList>

namespace pmg {

/// Everything read from a curriculum directory: notes in curriculum order, the study items and snippets written in
/// them, and every problem found. A curriculum with errors is still usable for what parsed.
class Curriculum final
{
public:
    QList<Note> notes; ///< ordered by section number
    QList<Flashcard> flashcards;
    QList<QuizQuestion> questions;
    QList<Challenge> challenges;
    QList<Checklist> checklists;
    QList<Snippet> snippets;
    Diagnostics diagnostics;

    const Note *note(const QString &id) const;
    qsizetype indexOf(const QString &noteId) const;
    bool hasErrors() const;

    /// Rebuilds the id → note index; call after changing `notes`.
    void reindex();

private:
    QHash<QString, qsizetype> m_noteIndex;
};

} // namespace pmg
