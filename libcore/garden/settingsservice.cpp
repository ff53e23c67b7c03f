// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsservice.h"

#include "store/studywrites.h"

namespace pmg {

SettingsService::SettingsService(StudyWrites &writes)
    : m_writes(writes)
    , m_store(writes.database())
{}

QString SettingsService::value(const QString &key, const QString &fallback) const
{
    return m_store.value(key, fallback);
}

bool SettingsService::setValue(const QString &key, const QString &value)
{
    // An unchanged value is not a write (zoom and geometry are set often); a read-only profile then only refuses
    // real changes.
    if (m_store.contains(key) && m_store.value(key) == value)
        return true;
    return m_writes.transact([&] { return m_store.setValue(key, value); });
}

bool SettingsService::contains(const QString &key) const
{
    return m_store.contains(key);
}

bool SettingsService::remove(const QString &key)
{
    if (!m_store.contains(key))
        return true;
    return m_writes.transact([&] { return m_store.remove(key); });
}

} // namespace pmg
