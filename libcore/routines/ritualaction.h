// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace pmg {

/// The monthly ritual's groups that mean editing the curriculum itself (5.6.1, 5.6.2, 5.6.4), and what the app offers
/// for each: the notes to re-check, the templates note, the notes to archive. Keyed by the checklist's id.
enum class RitualAction {
    None,
    RecheckNotes,  ///< "Update this document": notes whose facts_as_of is old (RoutineService::notesToRecheck())
    EditTemplates, ///< "Refresh templates": the templates note in the editor
    ArchiveNotes,  ///< "Archive outdated notes": mark notes archived (RoutineService::setArchived())
};

inline RitualAction ritualActionOf(const QString &checklistId)
{
    if (checklistId == u"rl-ritual-update")
        return RitualAction::RecheckNotes;
    if (checklistId == u"rl-ritual-templates")
        return RitualAction::EditTemplates;
    if (checklistId == u"rl-ritual-archive")
        return RitualAction::ArchiveNotes;
    return RitualAction::None;
}

/// The note "Refresh templates" edits (3.3).
inline QString templatesNoteId()
{
    return QStringLiteral("templates");
}

} // namespace pmg
