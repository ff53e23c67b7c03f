// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "noteediting.h"

#include "clock/clock.h"
#include "curriculum/wikilink.h"
#include "store/studywrites.h"

#include <QFileInfo>
#include <QSet>

using namespace Qt::StringLiterals;

namespace pmg {

NoteEditing::NoteEditing(StudyWrites &writes, const Clock &clock, CurriculumSources &sources, Curriculum &curriculum,
                         DraftStore &drafts, std::function<void()> curriculumChanged)
    : m_writes(writes)
    , m_clock(clock)
    , m_sources(sources)
    , m_curriculum(curriculum)
    , m_drafts(drafts)
    , m_userNotes(writes.database())
    , m_changed(std::move(curriculumChanged))
{}

Diagnostics NoteEditing::validate(const QString &relativePath, const QByteArray &text) const
{
    return problemsOf(relativePath, m_sources.buildWith(relativePath, text));
}

Diagnostics NoteEditing::problemsOf(const QString &relativePath, const Curriculum &candidate) const
{
    Diagnostics problems = CurriculumSources::diagnosticsFor(candidate, relativePath);

    // Errors the edit would cause elsewhere (another note's link to a heading that is gone, …).
    QSet<QString> known;
    for (const Diagnostic &d : m_curriculum.diagnostics)
        known.insert(d.toString());
    for (const Diagnostic &d : std::as_const(problems))
        known.insert(d.toString());
    for (const Diagnostic &d : candidate.diagnostics) {
        if (d.severity == Diagnostic::Severity::Error && !known.contains(d.toString()))
            problems.append(d);
    }

    // Study history is stored against note ids: an edited bundled note must keep its id.
    const auto original = std::find_if(m_curriculum.notes.cbegin(), m_curriculum.notes.cend(),
                                       [&](const Note &n) { return n.relativePath == relativePath; });
    const auto edited = std::find_if(candidate.notes.cbegin(), candidate.notes.cend(),
                                     [&](const Note &n) { return n.relativePath == relativePath; });
    if (original != m_curriculum.notes.cend() && edited != candidate.notes.cend() && original->id != edited->id)
        problems.append(
            {edited->filePath, 2,
             u"the note id must stay '%1': your reading history and links are stored against it"_s.arg(original->id)});
    if (original != m_curriculum.notes.cend() && edited != candidate.notes.cend())
        problems.append(cardIdProblems(*original, *edited, candidate));
    return problems;
}

// Review history is stored against card ids. A card with history may not vanish from its note (the usual sign of an
// id edited in place): that would retire it and start its replacement from nothing. Renaming is explicit.
Diagnostics NoteEditing::cardIdProblems(const Note &original, const Note &edited, const Curriculum &candidate) const
{
    Diagnostics problems;
    if (!m_hasHistory)
        return problems;
    QSet<QString> kept;
    for (const Flashcard &card : candidate.flashcards) {
        if (card.noteId == edited.id)
            kept.insert(card.id);
    }
    for (const Flashcard &card : m_curriculum.flashcards) {
        if (card.noteId != original.id || kept.contains(card.id) || !m_hasHistory(card.id))
            continue;
        problems.append({edited.filePath, card.line,
                         u"the card '%1' has review history and is gone from this note; keep its id (edit the text "
                         "freely), or rename it explicitly with 'garden cards rename %1 NEW-ID' first"_s.arg(card.id)});
    }
    return problems;
}

NoteEditing::SaveResult NoteEditing::save(const QString &relativePath, const QByteArray &text)
{
    SaveResult result;
    Curriculum candidate = m_sources.buildWith(relativePath, text);
    result.problems = problemsOf(relativePath, candidate);
    if (hasErrors(result.problems))
        return result;
    // Saving the bundled text is reverting to it: no user version is kept.
    if (m_sources.bundled(relativePath) == text) {
        result.error = revert(relativePath);
        result.saved = !result.error;
        return result;
    }
    if (!m_writes.transact([&] { return m_userNotes.save(relativePath, text, m_clock.now()); })) {
        result.error = m_writes.lastFailure();
        return result;
    }
    m_sources.setUserVersion(relativePath, text);
    m_curriculum = std::move(candidate); // exactly what the sources now build
    m_changed();
    result.saved = true;
    return result;
}

StoreError NoteEditing::revert(const QString &relativePath)
{
    if (!m_sources.hasUserVersion(relativePath))
        return {};
    if (!m_writes.transact([&] { return m_userNotes.remove(relativePath); }))
        return m_writes.lastFailure();
    m_sources.removeUserVersion(relativePath);
    m_curriculum = m_sources.build();
    m_changed();
    return {};
}

std::optional<NoteEditing::NewNote> NoteEditing::newNote(const QString &parentSection, const QString &title) const
{
    const auto parent = std::find_if(m_curriculum.notes.cbegin(), m_curriculum.notes.cend(),
                                     [&](const Note &n) { return n.section == parentSection; });
    const QString cleanTitle = title.simplified().replace(u'"', u'\'');
    if (parent == m_curriculum.notes.cend() || cleanTitle.isEmpty())
        return std::nullopt;

    int last = 0;
    for (const Note &note : m_curriculum.notes) {
        if (note.parentSection() == parentSection) {
            const QList<int> numbers = note.sectionNumbers();
            last = std::max(last, numbers.value(numbers.size() - 1));
        }
    }
    const QString section = parentSection + u'.' + QString::number(last + 1);

    const QString slug = WikiLink::anchorFor(cleanTitle).left(48);
    QString id = slug.isEmpty() ? u"my-note"_s : slug;
    for (int i = 2; m_curriculum.note(id); ++i)
        id = (slug.isEmpty() ? u"my-note"_s : slug) + u'-' + QString::number(i);

    const QString folder = QFileInfo(parent->relativePath).path();
    NewNote result;
    result.relativePath = (folder == u"." ? QString() : folder + u'/') + section + u'-' + id + u".md"_s;
    result.text = (u"---\nid: "_s + id + u"\ntitle: \""_s + cleanTitle + u"\"\npart: "_s + QString::number(parent->part)
                   + u"\nsection: \""_s + section + u"\"\nlevel: "_s + levelName(parent->level)
                   + u"\ntags: []\nprerequisites: []\n---\n\n## Overview\n\n"_s
                   + u"Write your note here. Link other notes with [[" + parent->id + u"]].\n"_s)
                      .toUtf8();
    return result;
}

} // namespace pmg
