// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "challengeprogress.h"
#include "challengerun.h"

#include <QHash>
#include <QList>

#include <functional>
#include <optional>

class QSqlQuery;

namespace pmg {

class Database;

/// The challenge tables of the study database: the learner's code per challenge, every recorded run, and each time
/// the reference solution was shown. The caller passes the time (tests and replays are deterministic); failures are
/// reported through the Database's error().
class ChallengeStore final
{
public:
    struct SavedCode {
        QString code;
        QDateTime savedAt;
    };

    explicit ChallengeStore(Database &db);

    std::optional<SavedCode> code(const QString &challengeId) const;
    bool saveCode(const QString &challengeId, const QString &code, const QDateTime &now);
    /// Forgets the saved code (the starter is shown again); nothing saved is not an error.
    bool removeCode(const QString &challengeId);

    /// Appends `run` (its time must be valid) and sets its id.
    bool addRun(ChallengeRun &run);
    bool addReveal(const QString &challengeId, const QDateTime &now);

    /// The runs of one challenge, newest first.
    QList<ChallengeRun> runs(const QString &challengeId) const;
    /// Every run in [from, to), oldest first.
    QList<ChallengeRun> runsBetween(const QDateTime &from, const QDateTime &to) const;

    /// Every challenge the profile holds something about (a run, a reveal, saved code), by id.
    QHash<QString, ChallengeProgress> progress() const;
    /// One challenge's; empty (but for the id) when nothing is recorded.
    ChallengeProgress progress(const QString &challengeId) const;

private:
    bool checkTime(const QDateTime &now);
    QHash<QString, ChallengeProgress> collect(const QString &onlyId) const;
    bool query(const QString &sql, const QString &onlyId, const std::function<void(const QSqlQuery &)> &row) const;

    Database &m_db;
};

} // namespace pmg
