// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "curriculum/curriculum.h"
#include "indexupdate.h"
#include "searchhit.h"
#include "searchindex.h"
#include "store/database.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace pmg {

class SearchWorker;

/// Full-text search as the app uses it. The index lives in its own database (IndexDatabase). Updates and queries run
/// on two worker threads, each with its own connection to that file, so neither a first indexing nor a slow query can
/// block the GUI; a query that is overtaken by a newer one before it starts is dropped. The synchronous calls serve
/// `garden` and tests, on the caller's thread and connection.
class SearchService final : public QObject
{
    Q_OBJECT

public:
    /// Uses `db` (already opened with IndexDatabase) for the synchronous calls; the workers open db.path().
    explicit SearchService(Database &db, QObject *parent = nullptr);
    ~SearchService() override;

    // Synchronous, on the caller's thread.
    IndexUpdate updateNow(const Curriculum &curriculum, const std::function<void(int, int)> &progress = {});
    QList<SearchHit> searchNow(const QString &query, int limit, QString *error = nullptr);

    /// Starts bringing the index in line with `curriculum` on the indexing thread (a copy is taken). An update that
    /// is still running is cancelled first (its updateFinished() says cancelled). Emits updateProgress() and
    /// updateFinished().
    void startUpdate(const Curriculum &curriculum);
    bool isUpdating() const { return m_pendingUpdates > 0; }
    /// Queues `query`; results() answers with the returned serial, unless a newer query overtook it.
    quint64 search(const QString &query, int limit);

Q_SIGNALS:
    void updateProgress(int done, int total);
    void updateFinished(const pmg::IndexUpdate &result);
    void results(quint64 serial, const QString &query, const QList<pmg::SearchHit> &hits, const QString &error,
                 qint64 elapsedMicroseconds);

private:
    Database &m_db;
    SearchIndex m_index;
    QThread m_indexThread;
    QThread m_queryThread;
    SearchWorker *m_indexer = nullptr;
    SearchWorker *m_querier = nullptr;
    std::shared_ptr<std::atomic<quint64>> m_latestQuery;
    std::shared_ptr<std::atomic<bool>> m_cancelUpdate;
    int m_pendingUpdates = 0;
};

} // namespace pmg
