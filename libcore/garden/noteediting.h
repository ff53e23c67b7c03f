// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "curriculum/curriculum.h"
#include "curriculum/curriculumsources.h"
#include "garden/draftstore.h"
#include "store/storeerror.h"
#include "store/usernotestore.h"

#include <functional>

namespace pmg {

class Clock;
class StudyWrites;

/// Editing the curriculum as the learner sees it: their saved versions of notes (kept in the profile, the bundled
/// files are never written), validation with the same checks as `garden lint`, recovery drafts, new notes. Paths are
/// relative to the curriculum root ("1-foundations/1.1-definitions.md").
class NoteEditing final
{
public:
    NoteEditing(StudyWrites &writes, const Clock &clock, CurriculumSources &sources, Curriculum &curriculum,
                DraftStore &drafts, std::function<void()> curriculumChanged);

    std::optional<QByteArray> source(const QString &relativePath) const { return m_sources.current(relativePath); }
    bool isBundled(const QString &relativePath) const { return m_sources.isBundled(relativePath); }
    bool hasUserVersion(const QString &relativePath) const { return m_sources.hasUserVersion(relativePath); }
    DraftStore &drafts() { return m_drafts; }

    /// Problems `text` would have if saved at `relativePath`: its own diagnostics plus any error it would cause in
    /// other notes (a removed heading that is linked to, a changed id …).
    Diagnostics validate(const QString &relativePath, const QByteArray &text) const;

    struct SaveResult {
        bool saved = false;
        Diagnostics problems; ///< why it was refused (errors), or warnings it was saved with
        StoreError error;     ///< a storage failure (read-only profile, disk full, …)
    };
    /// Validates and, when there is no error, stores `text` as the learner's version and rebuilds the curriculum.
    /// Text identical to the bundled file removes the user version instead.
    SaveResult save(const QString &relativePath, const QByteArray &text);
    /// Drops the learner's version: the bundled note comes back; a note the learner created is deleted.
    StoreError revert(const QString &relativePath);

    /// A new note under `parentSection` (next free section number, in the parent's part folder) with `title`;
    /// returns its relative path and Markdown, not yet saved.
    struct NewNote {
        QString relativePath;
        QByteArray text;
    };
    std::optional<NewNote> newNote(const QString &parentSection, const QString &title) const;

    /// Tells validation which card ids have review history: such an id may not disappear from a note or move to
    /// another card (a rename must carry the history: ReviewService::renameCard / `garden cards rename`).
    void setCardHistory(std::function<bool(const QString &cardId)> hasHistory) { m_hasHistory = std::move(hasHistory); }

private:
    /// validate() for a candidate curriculum that is already built.
    Diagnostics problemsOf(const QString &relativePath, const Curriculum &candidate) const;
    Diagnostics cardIdProblems(const Note &original, const Note &edited, const Curriculum &candidate) const;

    StudyWrites &m_writes;
    const Clock &m_clock;
    CurriculumSources &m_sources;
    Curriculum &m_curriculum;
    DraftStore &m_drafts;
    UserNoteStore m_userNotes;
    std::function<void()> m_changed;
    std::function<bool(const QString &)> m_hasHistory;
};

} // namespace pmg
