// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchindex.h"

#include "notechunker.h"
#include "searchquery.h"
#include "store/database.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace pmg {

namespace {

// snippet()/highlight() mark matches with control characters that never occur in the text, so the text can be
// HTML-escaped first and the markers turned into tags afterwards.
constexpr char16_t matchStart = u'\x02';
constexpr char16_t matchEnd = u'\x03';

struct NoteItems {
    QList<const Flashcard *> cards;
    QList<const QuizQuestion *> questions;
    QList<const Challenge *> challenges;
};

QHash<QString, NoteItems> itemsByNote(const Curriculum &curriculum)
{
    QHash<QString, NoteItems> items;
    for (const Flashcard &card : curriculum.flashcards)
        items[card.noteId].cards.append(&card);
    for (const QuizQuestion &question : curriculum.questions)
        items[question.noteId].questions.append(&question);
    for (const Challenge &challenge : curriculum.challenges)
        items[challenge.noteId].challenges.append(&challenge);
    return items;
}

QList<SearchDocument> documentsOf(const Note &note, const NoteItems &items)
{
    QList<SearchDocument> documents = NoteChunker::chunks(note);
    for (const Flashcard *card : items.cards)
        documents.append(NoteChunker::document(*card));
    for (const QuizQuestion *question : items.questions)
        documents.append(NoteChunker::document(*question));
    for (const Challenge *challenge : items.challenges)
        documents.append(NoteChunker::document(*challenge));
    return documents;
}

// Notes built in memory (tests, benchmarks) may have no file hash; hash what is indexed instead.
QByteArray hashOf(const Note &note)
{
    if (!note.contentHash.isEmpty())
        return note.contentHash;
    return QCryptographicHash::hash((note.title + u'\n' + note.body).toUtf8(), QCryptographicHash::Sha1);
}

QString markedToHtml(const QString &marked)
{
    return marked.simplified().toHtmlEscaped().replace(matchStart, u"<b>"_s).replace(matchEnd, u"</b>"_s);
}

QString firstMarked(const QString &marked)
{
    const qsizetype start = marked.indexOf(matchStart);
    const qsizetype end = start < 0 ? -1 : marked.indexOf(matchEnd, start);
    return end < 0 ? QString() : marked.mid(start + 1, end - start - 1);
}

} // namespace

SearchIndex::SearchIndex(Database &db)
    : m_db(db)
{}

QString SearchIndex::error() const
{
    return m_error;
}

IndexUpdate SearchIndex::update(const Curriculum &curriculum, const std::function<void(int, int)> &progress,
                                const std::atomic<bool> *cancel)
{
    IndexUpdate result;
    const auto fail = [&] {
        result.ok = false;
        result.error = m_error = m_db.error();
        return result;
    };

    QHash<QString, QByteArray> stored;
    {
        QSqlQuery query(m_db.connection());
        query.setForwardOnly(true);
        query.prepare(u"SELECT note_id, content_hash FROM search_notes"_s);
        if (!m_db.exec(query))
            return fail();
        while (query.next())
            stored.insert(query.value(0).toString(), query.value(1).toByteArray());
    }

    // Duplicate ids are a lint error; index the first, as Curriculum::note() finds it.
    QList<const Note *> notes;
    QSet<QString> ids;
    for (const Note &note : curriculum.notes) {
        if (!ids.contains(note.id)) {
            ids.insert(note.id);
            notes.append(&note);
        }
    }
    result.total = static_cast<int>(notes.size());

    QSqlQuery deleteRows(m_db.connection());
    deleteRows.prepare(u"DELETE FROM search_rows WHERE note_id = ?"_s);
    QSqlQuery deleteNote(m_db.connection());
    deleteNote.prepare(u"DELETE FROM search_notes WHERE note_id = ?"_s);
    QSqlQuery upsertNote(m_db.connection());
    upsertNote.prepare(u"INSERT INTO search_notes(note_id, title, content_hash) VALUES (?, ?, ?) ON CONFLICT(note_id) "
                       "DO UPDATE SET title = excluded.title, content_hash = excluded.content_hash"_s);
    QSqlQuery insertRow(m_db.connection());
    insertRow.prepare(u"INSERT INTO search_rows(note_id, kind, item_id, anchor, title, heading, body) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?)"_s);

    const QStringList storedIds = stored.keys();
    for (const QString &id : storedIds) {
        if (ids.contains(id))
            continue;
        const bool ok = m_db.transaction([&] {
            deleteRows.bindValue(0, id);
            deleteNote.bindValue(0, id);
            return m_db.exec(deleteRows) && m_db.exec(deleteNote);
        });
        if (!ok)
            return fail();
        ++result.removed;
    }

    const QHash<QString, NoteItems> items = itemsByNote(curriculum);
    int done = 0;
    for (const Note *note : std::as_const(notes)) {
        if (cancel && cancel->load()) {
            result.cancelled = true;
            return result;
        }
        const QByteArray hash = hashOf(*note);
        if (stored.value(note->id) != hash) {
            const QList<SearchDocument> documents = documentsOf(*note, items.value(note->id));
            const bool ok = m_db.transaction([&] {
                deleteRows.bindValue(0, note->id);
                upsertNote.bindValue(0, note->id);
                upsertNote.bindValue(1, note->title);
                upsertNote.bindValue(2, hash);
                if (!m_db.exec(deleteRows) || !m_db.exec(upsertNote))
                    return false;
                for (const SearchDocument &doc : documents) {
                    insertRow.bindValue(0, doc.noteId);
                    insertRow.bindValue(1, static_cast<int>(doc.kind));
                    // Null strings would be bound as SQL NULL.
                    insertRow.bindValue(2, doc.itemId.isNull() ? u""_s : doc.itemId);
                    insertRow.bindValue(3, doc.anchor.isNull() ? u""_s : doc.anchor);
                    insertRow.bindValue(4, doc.title.isNull() ? u""_s : doc.title);
                    insertRow.bindValue(5, doc.heading.isNull() ? u""_s : doc.heading);
                    insertRow.bindValue(6, doc.text.isNull() ? u""_s : doc.text);
                    if (!m_db.exec(insertRow))
                        return false;
                }
                return true;
            });
            if (!ok)
                return fail();
            ++result.reindexed;
        }
        if (progress)
            progress(++done, result.total);
    }
    return result;
}

QList<SearchHit> SearchIndex::search(const QString &query, int limit) const
{
    QList<SearchHit> hits;
    m_error.clear();
    const QString match = SearchQuery::matchExpression(query);
    if (match.isEmpty() || limit <= 0)
        return hits;
    // A heading hit weighs ten body hits. Ranking is the whole cost for words that occur in most rows, so the inner
    // query ranks with bm25 only (explicit bm25() in ORDER BY measured ~35% faster than FTS5's `ORDER BY rank`), and
    // snippet()/highlight() — whose cost grows with a row's length — run for the `limit` rows kept, not every match.
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT r.kind, r.note_id, r.item_id, r.anchor, r.title, n.title, "
              "       snippet(search_fts, 1, char(2), char(3), '…', 16), "
              "       highlight(search_fts, 0, char(2), char(3)), top.score "
              "FROM (SELECT rowid AS id, bm25(search_fts, 10.0, 1.0) AS score "
              "      FROM search_fts WHERE search_fts MATCH ? ORDER BY score LIMIT ?) AS top "
              "JOIN search_fts ON search_fts.rowid = top.id "
              "JOIN search_rows r ON r.id = top.id JOIN search_notes n ON n.note_id = r.note_id "
              "WHERE search_fts MATCH ? ORDER BY top.score"_s);
    q.addBindValue(match);
    q.addBindValue(limit);
    q.addBindValue(match);
    if (!q.exec()) {
        m_error = m_db.path() + u": "_s + q.lastError().text();
        return hits;
    }
    while (q.next()) {
        SearchHit hit;
        hit.kind = static_cast<SearchHit::Kind>(q.value(0).toInt());
        hit.noteId = q.value(1).toString();
        hit.itemId = q.value(2).toString();
        hit.anchor = q.value(3).toString();
        hit.title = q.value(4).toString();
        hit.noteTitle = q.value(5).toString();
        const QString snippet = q.value(6).toString();
        hit.snippetHtml = markedToHtml(snippet);
        hit.firstMatch = firstMarked(snippet);
        if (hit.firstMatch.isEmpty())
            hit.firstMatch = firstMarked(q.value(7).toString());
        hit.rank = q.value(8).toDouble();
        hits.append(hit);
    }
    return hits;
}

} // namespace pmg
