// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "challengeprogress.h"
#include "challengestore.h"
#include "curriculum/studyitems.h"

#include <QDate>
#include <QList>
#include <QMap>

namespace pmg {

class Clock;
class Curriculum;
class StudyWrites;
struct ChallengeResult;

/// The learner's work on the curriculum's challenges, as the workspace, `garden challenge` and (later) routines and
/// reports use it: the code per challenge (saved as they type, restored next time), every run of the tests, the first
/// time a run passed them all (the challenge is then solved), and each time the reference solution was shown.
///
/// It never runs code: the caller runs ChallengeRunner and records the result here, so this stays synchronous and
/// testable. Times come from the garden's clock. A write returns false when it was not stored (read-only profile:
/// StudyWrites::lastFailure() says so; any other failure was reported through StudyWrites::failed()).
class ChallengeService final
{
public:
    /// The settings key of the python3 the learner chose (a path or a name on PATH; empty or unset: python3 on PATH).
    static constexpr auto interpreterKey = "python/interpreter";

    ChallengeService(StudyWrites &writes, const Clock &clock, const Curriculum &curriculum);

    /// The curriculum's challenge `id`, or null.
    const Challenge *challenge(const QString &id) const;

    /// The code to show for `challengeId`: the learner's saved code, else the starter.
    QString code(const QString &challengeId) const;
    bool hasSavedCode(const QString &challengeId) const;
    /// Saves the learner's code. Code equal to the starter is not the learner's own: it forgets the saved code
    /// instead, as resetToStarter() does. Unchanged code is not a write.
    bool saveCode(const QString &challengeId, const QString &code);
    /// Forgets the learner's code: the starter is shown again (and follows updates of the curriculum).
    bool resetToStarter(const QString &challengeId);
    /// Records that the learner confirmed "Show reference solution" now.
    bool recordReferenceShown(const QString &challengeId);

    /// Whether recordRun() stores `result`: a run of the learner's code (passed, failed, timed out, stopped), not one
    /// that never started (python3 or mypy missing, the sandbox could not be set up).
    static bool isRun(const ChallengeResult &result);
    /// Records a run of `challengeId`'s tests now: its status, tests passed of total and time taken. A run that
    /// passes every test solves the challenge (the first such time is kept). True, storing nothing, when `result` is
    /// not a run (see isRun()).
    bool recordRun(const QString &challengeId, const ChallengeResult &result);

    ChallengeProgress progress(const QString &challengeId) const;
    /// The runs of one challenge, newest first.
    QList<ChallengeRun> runs(const QString &challengeId) const;

    /// A challenge of the curriculum with what the profile holds about it.
    struct Entry {
        const Challenge *challenge = nullptr;
        int part = 0; ///< the part of its note (0 when unknown)
        ChallengeProgress progress;
    };
    /// Every challenge of the curriculum, in curriculum order.
    QList<Entry> list() const;

    // For routines and reports.
    /// Runs recorded in [from, to), oldest first.
    QList<ChallengeRun> runsBetween(const QDateTime &from, const QDateTime &to) const;
    /// Runs per study day (the clock's day boundary), every day from `first` to `last` included (zero or more).
    QMap<QDate, int> runsPerDay(QDate first, QDate last) const;
    /// Runs per week (Monday to Sunday, in study days), keyed by each week's Monday, for every week from the one that
    /// holds `first` to the one that holds `last` (whole weeks are counted).
    QMap<QDate, int> runsPerWeek(QDate first, QDate last) const;
    /// Challenges first solved on each study day from `first` to `last` (days without any are left out).
    QMap<QDate, QStringList> solvedPerDay(QDate first, QDate last) const;
    struct Tally {
        int solved = 0;
        int total = 0;
        bool operator==(const Tally &) const = default;
    };
    /// Solved and total challenges of the curriculum per part.
    QMap<int, Tally> solvedPerPart() const;

private:
    StudyWrites &m_writes;
    const Clock &m_clock;
    const Curriculum &m_curriculum;
    ChallengeStore m_store;
};

} // namespace pmg
