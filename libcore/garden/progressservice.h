// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/noteprogress.h"
#include "store/progressstore.h"

#include <QHash>

namespace pmg {

class Clock;
class StudyWrites;

/// Reading progress as the UI uses it: which notes were opened and read, and where reading stopped. Times come from
/// the garden's clock. A write returns false when it was not stored (read-only profile, or a failure that
/// StudyWrites has reported), so the UI never shows a note as read that the profile does not hold as read.
class ProgressService final
{
public:
    ProgressService(StudyWrites &writes, const Clock &clock);

    bool markOpened(const QString &noteId);
    bool markRead(const QString &noteId);
    bool setScroll(const QString &noteId, double y);

    std::optional<NoteProgress> progress(const QString &noteId) const;
    QHash<QString, NoteProgress> all() const;

private:
    StudyWrites &m_writes;
    const Clock &m_clock;
    ProgressStore m_store;
};

} // namespace pmg
