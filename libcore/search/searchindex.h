// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "curriculum/curriculum.h"
#include "indexupdate.h"
#include "searchhit.h"

#include <QList>
#include <QString>

#include <atomic>
#include <functional>

namespace pmg {

class Database;

/// Full-text search over the curriculum, stored in its own database (FTS5; tables in IndexDatabase::schema()): note
/// text chunked at `##`/`###` headings, flashcards, quiz questions and challenges (see NoteChunker). Matching ignores
/// case and diacritics ("cafe" finds "café"), every word is a prefix ("gener" finds "generator"), and results are
/// ranked with bm25, a title hit weighing ten body hits.
class SearchIndex final
{
public:
    explicit SearchIndex(Database &db);

    /// Brings the index in line with `curriculum`: notes whose content hash is new or changed are re-indexed, notes
    /// that are gone are removed, the rest is left alone. Each note's rows and its stored hash are written in one
    /// transaction, so an interrupted update leaves every note either fully old or fully new, and the next update
    /// finishes the job. Stops at the first database error (reported in the result), or between two notes when
    /// `cancel` becomes true.
    IndexUpdate update(const Curriculum &curriculum, const std::function<void(int done, int total)> &progress = {},
                       const std::atomic<bool> *cancel = nullptr);

    /// The best `limit` hits for what the learner typed, best first. Any input is safe (see SearchQuery); input
    /// without words gives no hits. On a database error: no hits and error() says why.
    QList<SearchHit> search(const QString &query, int limit = 50) const;

    QString error() const;

private:
    Database &m_db;
    mutable QString m_error;
};

} // namespace pmg
