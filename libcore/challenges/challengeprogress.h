// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "challengerun.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace pmg {

/// What the profile holds about one challenge: the learner's runs and whether they looked at the reference solution.
/// Times are UTC. A challenge never worked on has an empty progress (no runs, not solved).
struct ChallengeProgress {
    QString challengeId;
    int runCount = 0;
    std::optional<QDateTime> solvedAt;         ///< the first run that passed every test
    std::optional<ChallengeRun> lastRun;       ///< the newest run
    std::optional<ChallengeRun> bestRun;       ///< the most tests passed (a full pass first), the earliest of equals
    std::optional<QDateTime> referenceShownAt; ///< the first time the reference solution was shown
    std::optional<QDateTime> codeSavedAt;      ///< when the learner's own code was last saved (none: the starter)

    bool solved() const { return solvedAt.has_value(); }
    /// Solved before the reference solution was ever shown (reports count these apart).
    bool solvedUnaided() const { return solvedAt && (!referenceShownAt || *solvedAt < *referenceShownAt); }

    bool operator==(const ChallengeProgress &) const = default;
};

} // namespace pmg
