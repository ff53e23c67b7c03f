// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "python/challengeresult.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace pmg {

/// One recorded run of a challenge's tests on the learner's code (see ChallengeService::recordRun()). Times are UTC.
struct ChallengeRun {
    qint64 id = 0; ///< the row, in recording order
    QString challengeId;
    QDateTime ranAt;
    ChallengeResult::Status status = ChallengeResult::Status::Failed;
    int passed = 0;
    int total = 0;
    qint64 elapsedMs = 0;

    /// Every test (and tool check) passed: what solves a challenge.
    bool passedAll() const { return status == ChallengeResult::Status::Passed; }

    bool operator==(const ChallengeRun &) const = default;

    /// The status as stored: "passed", "failed", "timed-out", "cancelled", "tool-missing", "error".
    static QString statusName(ChallengeResult::Status status);
    static std::optional<ChallengeResult::Status> statusFromName(const QString &name);
};

} // namespace pmg
