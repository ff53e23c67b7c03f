// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "progressservice.h"

#include "clock/clock.h"
#include "store/studywrites.h"

namespace pmg {

ProgressService::ProgressService(StudyWrites &writes, const Clock &clock)
    : m_writes(writes)
    , m_clock(clock)
    , m_store(writes.database())
{}

bool ProgressService::markOpened(const QString &noteId)
{
    return m_writes.transact([&] { return m_store.markOpened(noteId, m_clock.now()); });
}

bool ProgressService::markRead(const QString &noteId)
{
    return m_writes.transact([&] { return m_store.markRead(noteId, m_clock.now()); });
}

bool ProgressService::setScroll(const QString &noteId, double y)
{
    return m_writes.transact([&] { return m_store.setScroll(noteId, y); });
}

std::optional<NoteProgress> ProgressService::progress(const QString &noteId) const
{
    return m_store.progress(noteId);
}

QHash<QString, NoteProgress> ProgressService::all() const
{
    return m_store.all();
}

} // namespace pmg
