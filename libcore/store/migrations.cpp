// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations.h"

namespace pmg {

const QList<QStringList> &Migrations::all()
{
    static const QList<QStringList> migrations = {
        // 1: settings, reading progress, the learner's own notes. Times are Unix milliseconds.
        {
            QStringLiteral("CREATE TABLE settings(key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE note_progress(note_id TEXT PRIMARY KEY, first_opened_at INTEGER NOT NULL, "
                           "last_opened_at INTEGER NOT NULL, read_at INTEGER, scroll_y REAL NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE TABLE user_notes(path TEXT PRIMARY KEY, content BLOB NOT NULL, "
                           "saved_at INTEGER NOT NULL)"),
        },
        // 2: full-text search over the curriculum (SearchIndex). search_notes holds each indexed note's content hash;
        // search_rows the indexed text (one row per note chunk or study item); search_fts an external-content FTS5
        // index over search_rows, kept in sync by triggers. Everything here is derived from the curriculum, so a
        // later migration that changes what is indexed can simply `DELETE FROM search_rows; DELETE FROM
        // search_notes` and the next update rebuilds it.
        {
            QStringLiteral("CREATE TABLE search_notes(note_id TEXT PRIMARY KEY, title TEXT NOT NULL, "
                           "content_hash BLOB NOT NULL)"),
            // title is what a hit shows; heading is the text indexed with title weight (see SearchDocument).
            QStringLiteral("CREATE TABLE search_rows(id INTEGER PRIMARY KEY, "
                           "note_id TEXT NOT NULL REFERENCES search_notes(note_id), kind INTEGER NOT NULL, "
                           "item_id TEXT NOT NULL, anchor TEXT NOT NULL, title TEXT NOT NULL, heading TEXT NOT NULL, "
                           "body TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX search_rows_note ON search_rows(note_id)"),
            QStringLiteral("CREATE VIRTUAL TABLE search_fts USING fts5(heading, body, content='search_rows', "
                           "content_rowid='id', tokenize='unicode61 remove_diacritics 2', prefix='2 3')"),
            QStringLiteral("CREATE TRIGGER search_rows_ai AFTER INSERT ON search_rows BEGIN "
                           "INSERT INTO search_fts(rowid, heading, body) VALUES (new.id, new.heading, new.body); END"),
            QStringLiteral("CREATE TRIGGER search_rows_ad AFTER DELETE ON search_rows BEGIN "
                           "INSERT INTO search_fts(search_fts, rowid, heading, body) "
                           "VALUES ('delete', old.id, old.heading, old.body); END"),
        },
        // 3: the search index moves to its own rebuildable database (index.sqlite, see SearchIndex::schema()): study
        // data no longer shares a file, its backups or its fsyncs with derived data.
        {
            QStringLiteral("DROP TRIGGER search_rows_ai"),
            QStringLiteral("DROP TRIGGER search_rows_ad"),
            QStringLiteral("DROP TABLE search_fts"),
            QStringLiteral("DROP TABLE search_rows"),
            QStringLiteral("DROP TABLE search_notes"),
        },
        // 6 (planned after the review log's 4 and the quizzes' 5, on other branches; the lead numbers them at merge):
        // challenges. challenge_code holds the learner's code per challenge (no row: the starter); challenge_runs
        // every run of the tests on it (status as ChallengeRun::statusName(); a challenge is solved from its first
        // 'passed' run on, so that time is never stored twice); challenge_reveals each time the reference solution
        // was shown. Ids are the curriculum's challenge ids, kept even when a challenge leaves the curriculum.
        {
            QStringLiteral("CREATE TABLE challenge_code(challenge_id TEXT PRIMARY KEY, code TEXT NOT NULL, "
                           "saved_at INTEGER NOT NULL)"),
            QStringLiteral("CREATE TABLE challenge_runs(id INTEGER PRIMARY KEY, challenge_id TEXT NOT NULL, "
                           "ran_at INTEGER NOT NULL, status TEXT NOT NULL CHECK(status IN ('passed', 'failed', "
                           "'timed-out', 'cancelled', 'tool-missing', 'error')), "
                           "passed INTEGER NOT NULL CHECK(passed >= 0), total INTEGER NOT NULL CHECK(total >= passed), "
                           "elapsed_ms INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX challenge_runs_challenge ON challenge_runs(challenge_id, ran_at)"),
            QStringLiteral("CREATE INDEX challenge_runs_time ON challenge_runs(ran_at)"),
            QStringLiteral("CREATE TABLE challenge_reveals(id INTEGER PRIMARY KEY, challenge_id TEXT NOT NULL, "
                           "shown_at INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX challenge_reveals_challenge ON challenge_reveals(challenge_id, shown_at)"),
        },
    };
    return migrations;
}

int Migrations::latest()
{
    return static_cast<int>(all().size());
}

} // namespace pmg
