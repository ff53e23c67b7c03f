// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchworker.h"

#include "indexdatabase.h"
#include "searchindex.h"
#include "store/database.h"

#include <QElapsedTimer>

namespace pmg {

SearchWorker::SearchWorker(QString databasePath, std::shared_ptr<std::atomic<quint64>> latestQuery,
                           std::shared_ptr<std::atomic<bool>> cancelUpdate)
    : m_path(std::move(databasePath))
    , m_latestQuery(std::move(latestQuery))
    , m_cancelUpdate(std::move(cancelUpdate))
{}

SearchWorker::~SearchWorker() = default;

Database *SearchWorker::database(QString *error)
{
    if (m_db && m_db->isOpen())
        return m_db.get();
    m_db = std::make_unique<Database>();
    // The main connection created the schema already; this one only joins the file.
    if (!m_db->open(m_path, IndexDatabase::options())) {
        *error = m_db->error();
        return nullptr;
    }
    return m_db.get();
}

void SearchWorker::update(const Curriculum &curriculum)
{
    QString error;
    Database *db = database(&error);
    if (!db) {
        IndexUpdate failed;
        failed.ok = false;
        failed.error = error;
        Q_EMIT updated(failed);
        return;
    }
    const IndexUpdate result = SearchIndex(*db).update(
        curriculum, [this](int done, int total) { Q_EMIT progress(done, total); }, m_cancelUpdate.get());
    Q_EMIT updated(result);
}

void SearchWorker::search(quint64 serial, const QString &query, int limit)
{
    // Typing queues a query per keystroke; only the newest one is worth running.
    if (serial != m_latestQuery->load())
        return;
    QElapsedTimer timer;
    timer.start();
    QString error;
    QList<SearchHit> hits;
    if (Database *db = database(&error)) {
        const SearchIndex index(*db);
        hits = index.search(query, limit);
        error = index.error();
    }
    Q_EMIT found(serial, query, hits, error, timer.nsecsElapsed() / 1000);
}

} // namespace pmg
