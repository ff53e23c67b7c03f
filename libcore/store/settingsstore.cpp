// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsstore.h"

#include "database.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace pmg {

SettingsStore::SettingsStore(Database &db)
    : m_db(db)
{}

QString SettingsStore::value(const QString &key, const QString &fallback) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(u"SELECT value FROM settings WHERE key = ?"_s);
    query.addBindValue(key);
    if (!m_db.exec(query) || !query.next())
        return fallback;
    return query.value(0).toString();
}

bool SettingsStore::contains(const QString &key) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(u"SELECT 1 FROM settings WHERE key = ?"_s);
    query.addBindValue(key);
    return m_db.exec(query) && query.next();
}

bool SettingsStore::setValue(const QString &key, const QString &value)
{
    return m_db.transaction([&] {
        QSqlQuery query(m_db.connection());
        query.prepare(u"INSERT INTO settings(key, value) VALUES (?, ?) "
                      "ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s);
        query.addBindValue(key);
        // A null QString would be bound as SQL NULL; an empty value is still a value.
        query.addBindValue(value.isNull() ? u""_s : value);
        return m_db.exec(query);
    });
}

bool SettingsStore::remove(const QString &key)
{
    return m_db.transaction([&] {
        QSqlQuery query(m_db.connection());
        query.prepare(u"DELETE FROM settings WHERE key = ?"_s);
        query.addBindValue(key);
        return m_db.exec(query);
    });
}

} // namespace pmg
