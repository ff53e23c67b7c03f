// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "indexdatabase.h"

#include <QFile>

#include <atomic>

using namespace Qt::StringLiterals;

namespace pmg {

namespace {

void removeWithJournal(const QString &path)
{
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
        QFile::remove(path + suffix);
}

QString sharedMemoryPath()
{
    static std::atomic<quint64> counter{0};
    return u"file:pmg-index-%1?mode=memory&cache=shared"_s.arg(++counter);
}

} // namespace

const QList<QStringList> &IndexDatabase::schema()
{
    // 1: search_notes holds each indexed note's content hash; search_rows the indexed text (one row per note chunk
    // or study item); search_fts an external-content FTS5 index over search_rows, kept in sync by triggers.
    static const QList<QStringList> migrations = {
        {
            u"CREATE TABLE search_notes(note_id TEXT PRIMARY KEY, title TEXT NOT NULL, content_hash BLOB NOT NULL)"_s,
            // title is what a hit shows; heading is the text indexed with title weight (see SearchDocument).
            u"CREATE TABLE search_rows(id INTEGER PRIMARY KEY, note_id TEXT NOT NULL REFERENCES search_notes(note_id), "
            "kind INTEGER NOT NULL, item_id TEXT NOT NULL, anchor TEXT NOT NULL, title TEXT NOT NULL, "
            "heading TEXT NOT NULL, body TEXT NOT NULL)"_s,
            u"CREATE INDEX search_rows_note ON search_rows(note_id)"_s,
            u"CREATE VIRTUAL TABLE search_fts USING fts5(heading, body, content='search_rows', content_rowid='id', "
            "tokenize='unicode61 remove_diacritics 2', prefix='2 3')"_s,
            u"CREATE TRIGGER search_rows_ai AFTER INSERT ON search_rows BEGIN "
            "INSERT INTO search_fts(rowid, heading, body) VALUES (new.id, new.heading, new.body); END"_s,
            u"CREATE TRIGGER search_rows_ad AFTER DELETE ON search_rows BEGIN "
            "INSERT INTO search_fts(search_fts, rowid, heading, body) "
            "VALUES ('delete', old.id, old.heading, old.body); END"_s,
        },
        // 2: the spaced-repetition card-state cache (CardStateCache): every card's state as replayed from the review
        // log, per-study-day counts of the log, and what they were computed from (srs_meta: the log's version, the
        // scheduler's settings, the card set). Rebuilt whenever srs_meta no longer matches.
        {
            u"CREATE TABLE srs_cards(card_id TEXT PRIMARY KEY, position INTEGER NOT NULL, retired INTEGER NOT NULL, "
            "phase INTEGER NOT NULL, step INTEGER NOT NULL, stability REAL NOT NULL, difficulty REAL NOT NULL, "
            "due INTEGER, last_review INTEGER, scheduled_days INTEGER NOT NULL, reps INTEGER NOT NULL, "
            "lapses INTEGER NOT NULL, first_review INTEGER) WITHOUT ROWID"_s,
            u"CREATE INDEX srs_cards_due ON srs_cards(due) WHERE due IS NOT NULL"_s,
            u"CREATE INDEX srs_cards_new ON srs_cards(position) WHERE phase = 0"_s,
            u"CREATE TABLE srs_daily(day INTEGER PRIMARY KEY, again INTEGER NOT NULL, hard INTEGER NOT NULL, "
            "good INTEGER NOT NULL, easy INTEGER NOT NULL, learn INTEGER NOT NULL, review INTEGER NOT NULL, "
            "relearn INTEGER NOT NULL, review_passed INTEGER NOT NULL, duration_ms INTEGER NOT NULL)"_s,
            u"CREATE TABLE srs_meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
        },
    };
    return migrations;
}

Database::Options IndexDatabase::options()
{
    return Database::Options{.durability = Database::Durability::Normal, .migrations = &schema()};
}

StoreError IndexDatabase::open(Database &db, const QString &path, bool *rebuilt)
{
    if (rebuilt)
        *rebuilt = false;
    if (path.isEmpty())
        return db.open(sharedMemoryPath(), options()) ? StoreError() : db.lastError();

    const Database::Inspection inspection = Database::inspect(path, true, &schema());
    if (inspection.error && inspection.error.kind != StoreError::Kind::Busy) {
        removeWithJournal(path);
        if (rebuilt)
            *rebuilt = true;
    }
    if (db.open(path, options()))
        return {};
    // Damage the quick check did not see (or a file that changed meanwhile): one fresh start, then give up.
    if (db.lastError().kind == StoreError::Kind::Damaged) {
        removeWithJournal(path);
        if (rebuilt)
            *rebuilt = true;
        if (db.open(path, options()))
            return {};
    }
    return db.lastError();
}

} // namespace pmg
