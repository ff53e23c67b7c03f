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
        // 4: timed quizzes. An attempt keeps its seed and the question ids it drew (JSON array, in the order asked) so
        // it resumes unchanged;
        // composition is the QuizComposition as JSON. Times are Unix milliseconds; time_limit_ms 0 means untimed.
        // Practice time is banked in elapsed_ms, running_since being the start of the current stretch (NULL while
        // paused or closed); an exam's deadline is started_at + time_limit_ms. score/max_score/finish are set when the
        // attempt is finished ('submitted' or 'timeout'). Each answer is one row, written the moment it is given:
        // answer is a QuizAnswer as JSON (NULL for a question only flagged), score as marked then (0 … 1).
        {
            QStringLiteral("CREATE TABLE quiz_attempts(id INTEGER PRIMARY KEY, quiz_id TEXT NOT NULL, "
                           "title TEXT NOT NULL, composition TEXT NOT NULL, "
                           "mode TEXT NOT NULL CHECK(mode IN ('practice', 'exam')), seed INTEGER NOT NULL, "
                           "questions TEXT NOT NULL, started_at INTEGER NOT NULL, finished_at INTEGER, "
                           "time_limit_ms INTEGER NOT NULL CHECK(time_limit_ms >= 0), "
                           "elapsed_ms INTEGER NOT NULL DEFAULT 0, running_since INTEGER, "
                           "position INTEGER NOT NULL DEFAULT 0, score REAL, max_score REAL, "
                           "finish TEXT CHECK(finish IN ('submitted', 'timeout')))"),
            QStringLiteral("CREATE INDEX quiz_attempts_quiz ON quiz_attempts(quiz_id, started_at)"),
            QStringLiteral("CREATE TABLE quiz_answers(attempt_id INTEGER NOT NULL REFERENCES quiz_attempts(id) "
                           "ON DELETE CASCADE, question_id TEXT NOT NULL, answer TEXT, score REAL, correct INTEGER, "
                           "answered_at INTEGER, flagged INTEGER NOT NULL DEFAULT 0, "
                           "PRIMARY KEY(attempt_id, question_id)) WITHOUT ROWID"),
        },
        // 5: spaced repetition. review_log is the source of truth: one row per grade, never rewritten (a card's state
        // is replayed from it; see ReviewLog). reviewed_at is Unix milliseconds UTC, utc_offset the learner's offset
        // in seconds then. (card_id, reviewed_at, rating) is the identity of a review across devices: merging logs
        // skips duplicates. review_log_version counts every change, so the derived card-state cache can tell at a
        // glance whether it still matches the log. card_marks holds what the learner decided about a card (suspend,
        // bury until a study day); user_cards the cards the learner made (e.g. from missed quiz questions);
        // card_renames the explicit renames that carried a card's history to a new id.
        {
            QStringLiteral("CREATE TABLE review_log(id INTEGER PRIMARY KEY, card_id TEXT NOT NULL, "
                           "reviewed_at INTEGER NOT NULL, utc_offset INTEGER NOT NULL, "
                           "rating INTEGER NOT NULL CHECK(rating BETWEEN 1 AND 4), "
                           "duration_ms INTEGER NOT NULL CHECK(duration_ms BETWEEN 0 AND 60000), "
                           "device_id TEXT NOT NULL, UNIQUE(card_id, reviewed_at, rating))"),
            QStringLiteral("CREATE INDEX review_log_time ON review_log(reviewed_at)"),
            QStringLiteral("CREATE TABLE review_log_version(id INTEGER PRIMARY KEY CHECK(id = 1), "
                           "version INTEGER NOT NULL)"),
            QStringLiteral("INSERT INTO review_log_version VALUES (1, 0)"),
            QStringLiteral("CREATE TRIGGER review_log_ai AFTER INSERT ON review_log BEGIN "
                           "UPDATE review_log_version SET version = version + 1; END"),
            QStringLiteral("CREATE TRIGGER review_log_ad AFTER DELETE ON review_log BEGIN "
                           "UPDATE review_log_version SET version = version + 1; END"),
            QStringLiteral("CREATE TRIGGER review_log_au AFTER UPDATE ON review_log BEGIN "
                           "UPDATE review_log_version SET version = version + 1; END"),
            QStringLiteral("CREATE TABLE card_marks(card_id TEXT PRIMARY KEY, "
                           "suspended INTEGER NOT NULL DEFAULT 0, buried_until TEXT) WITHOUT ROWID"),
            QStringLiteral("CREATE TABLE user_cards(card_id TEXT PRIMARY KEY, note_id TEXT NOT NULL, "
                           "front TEXT NOT NULL, back TEXT NOT NULL, source TEXT NOT NULL, "
                           "created_at INTEGER NOT NULL) WITHOUT ROWID"),
            QStringLiteral("CREATE TABLE card_renames(old_id TEXT PRIMARY KEY, new_id TEXT NOT NULL, "
                           "renamed_at INTEGER NOT NULL) WITHOUT ROWID"),
        },
        // 6: challenges. challenge_code holds the learner's code per challenge (no row: the starter); challenge_runs
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
        // 7: routines (RoutineTickStore): what was decided about each checklist item in each period. routine_id is the
        // checklist's id, item_id the item's ^block-id, period the Period key ("2026-12-04", "2026-W49", "2026-12",
        // "30d-2026-11-01", "90d-2026-10-02"). mark: 'hand' ticked by the learner, 'auto' ticked by the item's
        // auto-rule (recorded when the app saw it hold), 'off' unticked by the learner although the auto-rule holds
        // (the override), 'none' only a note. marked_at is when the mark (or a 'none' row's note) was set, Unix ms.
        // archived_notes: the notes the learner archived (hidden from the default tree, still searchable).
        {
            QStringLiteral("CREATE TABLE routine_ticks(routine_id TEXT NOT NULL, item_id TEXT NOT NULL, "
                           "period TEXT NOT NULL, "
                           "mark TEXT NOT NULL CHECK(mark IN ('hand', 'auto', 'off', 'none')), "
                           "marked_at INTEGER NOT NULL, note TEXT, "
                           "PRIMARY KEY(routine_id, period, item_id)) WITHOUT ROWID"),
            QStringLiteral("CREATE TABLE archived_notes(note_id TEXT PRIMARY KEY, archived_at INTEGER NOT NULL) "
                           "WITHOUT ROWID"),
        },
    };
    return migrations;
}

int Migrations::latest()
{
    return static_cast<int>(all().size());
}

} // namespace pmg
