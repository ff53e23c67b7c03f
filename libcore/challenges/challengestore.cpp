// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "challengestore.h"

#include "store/database.h"

#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace pmg {

namespace {

QDateTime fromMs(const QVariant &value)
{
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), QTimeZone::UTC);
}

std::optional<QDateTime> optionalTime(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<QDateTime>(fromMs(value));
}

const QString runColumns = u"id, challenge_id, ran_at, status, passed, total, elapsed_ms"_s;

ChallengeRun runFrom(const QSqlQuery &query)
{
    ChallengeRun run;
    run.id = query.value(0).toLongLong();
    run.challengeId = query.value(1).toString();
    run.ranAt = fromMs(query.value(2));
    // A name this version does not know can only come from a damaged row: it counts as a run that went wrong.
    run.status = ChallengeRun::statusFromName(query.value(3).toString()).value_or(ChallengeResult::Status::Error);
    run.passed = query.value(4).toInt();
    run.total = query.value(5).toInt();
    run.elapsedMs = query.value(6).toLongLong();
    return run;
}

// The newest run, and the best one: a full pass first, then the largest share of tests passed, then the most tests
// passed; the earliest of equals (the first time the learner got that far).
const QString lastOrder = u"ran_at DESC, id DESC"_s;
const QString bestOrder =
    u"status = 'passed' DESC, CAST(passed AS REAL) / max(total, 1) DESC, passed DESC, ran_at, id"_s;

QString firstRunPerChallenge(const QString &order, const QString &filter)
{
    return u"SELECT %1 FROM (SELECT *, row_number() OVER (PARTITION BY challenge_id ORDER BY %2) AS n "
           "FROM challenge_runs %3) WHERE n = 1"_s.arg(runColumns, order, filter);
}

} // namespace

ChallengeStore::ChallengeStore(Database &db)
    : m_db(db)
{}

bool ChallengeStore::checkTime(const QDateTime &now)
{
    if (now.isValid())
        return true;
    m_db.setError(u"invalid time for a challenge record"_s);
    return false;
}

std::optional<ChallengeStore::SavedCode> ChallengeStore::code(const QString &challengeId) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(u"SELECT code, saved_at FROM challenge_code WHERE challenge_id = ?"_s);
    query.addBindValue(challengeId);
    if (!m_db.exec(query) || !query.next())
        return std::nullopt;
    return SavedCode{query.value(0).toString(), fromMs(query.value(1))};
}

bool ChallengeStore::saveCode(const QString &challengeId, const QString &code, const QDateTime &now)
{
    if (!checkTime(now))
        return false;
    return m_db.transaction([&] {
        QSqlQuery query(m_db.connection());
        query.prepare(u"INSERT INTO challenge_code(challenge_id, code, saved_at) VALUES (?, ?, ?) "
                      "ON CONFLICT(challenge_id) DO UPDATE SET code = excluded.code, saved_at = excluded.saved_at"_s);
        query.addBindValue(challengeId);
        // A null QString would be bound as SQL NULL; empty code is still code (the learner deleted everything).
        query.addBindValue(code.isNull() ? u""_s : code);
        query.addBindValue(now.toMSecsSinceEpoch());
        return m_db.exec(query);
    });
}

bool ChallengeStore::removeCode(const QString &challengeId)
{
    return m_db.transaction([&] {
        QSqlQuery query(m_db.connection());
        query.prepare(u"DELETE FROM challenge_code WHERE challenge_id = ?"_s);
        query.addBindValue(challengeId);
        return m_db.exec(query);
    });
}

bool ChallengeStore::addRun(ChallengeRun &run)
{
    if (!checkTime(run.ranAt))
        return false;
    if (run.passed < 0 || run.total < run.passed) {
        m_db.setError(u"a challenge run cannot pass %1 of %2 tests"_s.arg(run.passed).arg(run.total));
        return false;
    }
    return m_db.transaction([&] {
        QSqlQuery query(m_db.connection());
        query.prepare(u"INSERT INTO challenge_runs(challenge_id, ran_at, status, passed, total, elapsed_ms) "
                      "VALUES (?, ?, ?, ?, ?, ?)"_s);
        query.addBindValue(run.challengeId);
        query.addBindValue(run.ranAt.toMSecsSinceEpoch());
        query.addBindValue(ChallengeRun::statusName(run.status));
        query.addBindValue(run.passed);
        query.addBindValue(run.total);
        query.addBindValue(run.elapsedMs);
        if (!m_db.exec(query))
            return false;
        run.id = query.lastInsertId().toLongLong();
        return true;
    });
}

bool ChallengeStore::addReveal(const QString &challengeId, const QDateTime &now)
{
    if (!checkTime(now))
        return false;
    return m_db.transaction([&] {
        QSqlQuery query(m_db.connection());
        query.prepare(u"INSERT INTO challenge_reveals(challenge_id, shown_at) VALUES (?, ?)"_s);
        query.addBindValue(challengeId);
        query.addBindValue(now.toMSecsSinceEpoch());
        return m_db.exec(query);
    });
}

QList<ChallengeRun> ChallengeStore::runs(const QString &challengeId) const
{
    QList<ChallengeRun> result;
    query(u"SELECT %1 FROM challenge_runs %2 ORDER BY %3"_s.arg(runColumns, u"%1"_s, lastOrder), challengeId,
          [&](const QSqlQuery &row) { result.append(runFrom(row)); });
    return result;
}

QList<ChallengeRun> ChallengeStore::runsBetween(const QDateTime &from, const QDateTime &to) const
{
    QList<ChallengeRun> result;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(
        u"SELECT %1 FROM challenge_runs WHERE ran_at >= ? AND ran_at < ? ORDER BY ran_at, id"_s.arg(runColumns));
    query.addBindValue(from.toMSecsSinceEpoch());
    query.addBindValue(to.toMSecsSinceEpoch());
    if (!m_db.exec(query))
        return result;
    while (query.next())
        result.append(runFrom(query));
    return result;
}

QHash<QString, ChallengeProgress> ChallengeStore::progress() const
{
    return collect(QString());
}

ChallengeProgress ChallengeStore::progress(const QString &challengeId) const
{
    ChallengeProgress p = collect(challengeId).value(challengeId);
    p.challengeId = challengeId;
    return p;
}

// Runs `sql`, whose "%1" becomes a filter on one challenge when `onlyId` is set (and nothing otherwise), and calls
// `row` for each result row.
bool ChallengeStore::query(const QString &sql, const QString &onlyId,
                           const std::function<void(const QSqlQuery &)> &row) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(sql.arg(onlyId.isEmpty() ? QString() : u"WHERE challenge_id = ?"_s));
    if (!onlyId.isEmpty())
        query.addBindValue(onlyId);
    if (!m_db.exec(query))
        return false;
    while (query.next())
        row(query);
    return true;
}

QHash<QString, ChallengeProgress> ChallengeStore::collect(const QString &onlyId) const
{
    QHash<QString, ChallengeProgress> all;
    const auto entry = [&](const QVariant &id) -> ChallengeProgress & {
        ChallengeProgress &p = all[id.toString()];
        p.challengeId = id.toString();
        return p;
    };
    query(u"SELECT challenge_id, count(*), min(CASE WHEN status = 'passed' THEN ran_at END) FROM challenge_runs %1 "
          "GROUP BY challenge_id"_s,
          onlyId, [&](const QSqlQuery &row) {
              ChallengeProgress &p = entry(row.value(0));
              p.runCount = row.value(1).toInt();
              p.solvedAt = optionalTime(row.value(2));
          });
    query(firstRunPerChallenge(lastOrder, u"%1"_s), onlyId,
          [&](const QSqlQuery &row) { entry(row.value(1)).lastRun = runFrom(row); });
    query(firstRunPerChallenge(bestOrder, u"%1"_s), onlyId,
          [&](const QSqlQuery &row) { entry(row.value(1)).bestRun = runFrom(row); });
    query(u"SELECT challenge_id, min(shown_at) FROM challenge_reveals %1 GROUP BY challenge_id"_s, onlyId,
          [&](const QSqlQuery &row) { entry(row.value(0)).referenceShownAt = optionalTime(row.value(1)); });
    query(u"SELECT challenge_id, saved_at FROM challenge_code %1"_s, onlyId,
          [&](const QSqlQuery &row) { entry(row.value(0)).codeSavedAt = optionalTime(row.value(1)); });
    return all;
}

} // namespace pmg
