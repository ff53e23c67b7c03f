// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace pmg {

class Database;

/// The profile's key/value settings (theme, last note, font size …). Failures are reported through the Database's
/// error().
class SettingsStore final
{
public:
    explicit SettingsStore(Database &db);

    /// The stored value, or `fallback` when the key is unset (or cannot be read).
    QString value(const QString &key, const QString &fallback = {}) const;
    bool setValue(const QString &key, const QString &value);
    bool contains(const QString &key) const;
    bool remove(const QString &key);

private:
    Database &m_db;
};

} // namespace pmg
