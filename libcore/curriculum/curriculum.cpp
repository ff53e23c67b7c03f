// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "curriculum.h"

#include <algorithm>

namespace pmg {

const Note *Curriculum::note(const QString &id) const
{
    const qsizetype i = indexOf(id);
    return i < 0 ? nullptr : &notes[i];
}

qsizetype Curriculum::indexOf(const QString &noteId) const
{
    return m_noteIndex.value(noteId, -1);
}

bool Curriculum::hasErrors() const
{
    return pmg::hasErrors(diagnostics);
}

void Curriculum::reindex()
{
    m_noteIndex.clear();
    for (qsizetype i = 0; i < notes.size(); ++i)
        m_noteIndex.insert(notes[i].id, i);
}

} // namespace pmg
