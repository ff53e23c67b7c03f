// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchservice.h"

#include "searchworker.h"

using namespace Qt::StringLiterals;

namespace pmg {

SearchService::SearchService(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_index(db)
    , m_latestQuery(std::make_shared<std::atomic<quint64>>(0))
    , m_cancelUpdate(std::make_shared<std::atomic<bool>>(false))
{
    qRegisterMetaType<pmg::IndexUpdate>();
    qRegisterMetaType<QList<pmg::SearchHit>>();

    m_indexer = new SearchWorker(db.path(), m_latestQuery, m_cancelUpdate);
    m_querier = new SearchWorker(db.path(), m_latestQuery, m_cancelUpdate);
    m_indexer->moveToThread(&m_indexThread);
    m_querier->moveToThread(&m_queryThread);
    connect(&m_indexThread, &QThread::finished, m_indexer, &QObject::deleteLater);
    connect(&m_queryThread, &QThread::finished, m_querier, &QObject::deleteLater);
    connect(m_indexer, &SearchWorker::progress, this, &SearchService::updateProgress);
    connect(m_indexer, &SearchWorker::updated, this, [this](const IndexUpdate &result) {
        --m_pendingUpdates;
        Q_EMIT updateFinished(result);
    });
    connect(m_querier, &SearchWorker::found, this,
            [this](quint64 serial, const QString &query, const QList<SearchHit> &hits, const QString &error,
                   qint64 elapsed) {
                // A result that a newer query overtook while it ran is stale too.
                if (serial == m_latestQuery->load())
                    Q_EMIT results(serial, query, hits, error, elapsed);
            });
    m_indexThread.setObjectName(u"pmg-search-index"_s);
    m_queryThread.setObjectName(u"pmg-search-query"_s);
    m_indexThread.start(QThread::LowPriority);
    m_queryThread.start();
}

SearchService::~SearchService()
{
    m_cancelUpdate->store(true);
    m_latestQuery->store(~quint64(0)); // nothing queued is worth running any more
    m_indexThread.quit();
    m_queryThread.quit();
    m_indexThread.wait();
    m_queryThread.wait();
}

IndexUpdate SearchService::updateNow(const Curriculum &curriculum, const std::function<void(int, int)> &progress)
{
    return m_index.update(curriculum, progress);
}

QList<SearchHit> SearchService::searchNow(const QString &query, int limit, QString *error)
{
    QList<SearchHit> hits = m_index.search(query, limit);
    if (error)
        *error = m_index.error();
    return hits;
}

void SearchService::startUpdate(const Curriculum &curriculum)
{
    // The running update stops between two notes; the queued one starts after it and resets the flag first.
    if (m_pendingUpdates > 0)
        m_cancelUpdate->store(true);
    ++m_pendingUpdates;
    QMetaObject::invokeMethod(
        m_indexer,
        [worker = m_indexer, cancel = m_cancelUpdate, copy = curriculum] {
            cancel->store(false);
            worker->update(copy);
        },
        Qt::QueuedConnection);
}

quint64 SearchService::search(const QString &query, int limit)
{
    const quint64 serial = m_latestQuery->fetch_add(1) + 1;
    QMetaObject::invokeMethod(m_querier, "search", Qt::QueuedConnection, Q_ARG(quint64, serial), Q_ARG(QString, query),
                              Q_ARG(int, limit));
    return serial;
}

} // namespace pmg
