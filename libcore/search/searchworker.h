// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "curriculum/curriculum.h"
#include "indexupdate.h"
#include "searchhit.h"

#include <QObject>

#include <atomic>
#include <memory>

namespace pmg {

class Database;

/// Lives on one of SearchService's threads with its own connection to the index database, opened on first use in
/// that thread (a QSqlDatabase connection must stay on the thread that opened it).
class SearchWorker final : public QObject
{
    Q_OBJECT

public:
    SearchWorker(QString databasePath, std::shared_ptr<std::atomic<quint64>> latestQuery,
                 std::shared_ptr<std::atomic<bool>> cancelUpdate);
    ~SearchWorker() override;

    Q_INVOKABLE void update(const pmg::Curriculum &curriculum);
    Q_INVOKABLE void search(quint64 serial, const QString &query, int limit);

Q_SIGNALS:
    void progress(int done, int total);
    void updated(const pmg::IndexUpdate &result);
    void found(quint64 serial, const QString &query, const QList<pmg::SearchHit> &hits, const QString &error,
               qint64 elapsedMicroseconds);

private:
    Database *database(QString *error);

    QString m_path;
    std::unique_ptr<Database> m_db;
    std::shared_ptr<std::atomic<quint64>> m_latestQuery;
    std::shared_ptr<std::atomic<bool>> m_cancelUpdate;
};

} // namespace pmg
