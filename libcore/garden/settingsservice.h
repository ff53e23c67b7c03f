// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/settingsstore.h"

namespace pmg {

class StudyWrites;

/// The learner's preferences (theme, zoom, window geometry, …) as key/value text, kept in the profile. Writes go
/// through StudyWrites: refused in a read-only profile, failures reported.
class SettingsService final
{
public:
    explicit SettingsService(StudyWrites &writes);

    /// The stored value, or `fallback` when the key is unset (or cannot be read).
    QString value(const QString &key, const QString &fallback = {}) const;
    bool setValue(const QString &key, const QString &value);
    bool contains(const QString &key) const;
    bool remove(const QString &key);

private:
    StudyWrites &m_writes;
    SettingsStore m_store;
};

} // namespace pmg
