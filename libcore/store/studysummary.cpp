// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "studysummary.h"

#include "database.h"

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace pmg {

namespace {

struct Counted {
    const char *table;
    const char *sql;
    const char *label;
};

// Each later kind of study data (reviews, quiz attempts, routine ticks, …) adds its line here.
const Counted counted[] = {
    {"note_progress", "SELECT count(*) FROM note_progress WHERE read_at IS NOT NULL", "notes read"},
    {"note_progress", "SELECT count(*) FROM note_progress", "notes opened"},
    {"user_notes", "SELECT count(*) FROM user_notes", "edited notes"},
    {"review_log", "SELECT count(*) FROM review_log", "reviews"},
    {"quiz_attempts", "SELECT count(*) FROM quiz_attempts", "quiz attempts"},
    {"challenge_runs", "SELECT count(DISTINCT challenge_id) FROM challenge_runs WHERE status = 'passed'",
     "challenges solved"},
    {"challenge_runs", "SELECT count(*) FROM challenge_runs", "challenge runs"},
    {"routine_ticks", "SELECT count(*) FROM routine_ticks WHERE mark IN ('hand', 'auto')", "routine ticks"},
    {"archived_notes", "SELECT count(*) FROM archived_notes", "archived notes"},
};

} // namespace

QString StudySummary::toText() const
{
    QStringList parts;
    for (const Count &count : counts) {
        if (count.value > 0)
            parts.append(u"%1 %2"_s.arg(QLocale().toString(count.value), count.label));
    }
    return parts.isEmpty() ? u"no study data yet"_s : parts.join(u" · "_s);
}

StudySummary StudySummary::of(const QString &databasePath, StoreError *error)
{
    StudySummary summary;
    Database db;
    if (!db.open(databasePath, Database::Options{.readOnly = true, .asIs = true})) {
        if (error)
            *error = db.lastError();
        return summary;
    }
    QSqlQuery version(db.connection());
    if (version.exec(u"PRAGMA user_version"_s) && version.next())
        summary.schemaVersion = version.value(0).toInt();
    for (const Counted &c : counted) {
        QSqlQuery exists(db.connection());
        exists.prepare(u"SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"_s);
        exists.addBindValue(QString::fromLatin1(c.table));
        if (!exists.exec() || !exists.next())
            continue;
        QSqlQuery query(db.connection());
        if (query.exec(QString::fromLatin1(c.sql)) && query.next())
            summary.counts.append({QString::fromLatin1(c.label), query.value(0).toLongLong()});
        else if (error)
            *error = StoreError::fromSql(query.lastError(), databasePath);
    }
    return summary;
}

} // namespace pmg
