// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <optional>

namespace pmg {

/// How steadily a routine is kept, from the outcomes of its periods. Pure: the outcome of a period is asked for by
/// how many periods ago it was (0 = the current one, 1 = the previous one, …): true completed (every item ticked, by
/// hand or by an auto-rule), false not completed, nullopt not tracked (before the learner's routines began).
struct RoutineStats {
    using Outcome = std::function<std::optional<bool>(int periodsAgo)>;

    /// Consecutive completed periods ending with the current one, or with the previous one while the current one is
    /// still open (an unfinished day does not break yesterday's streak).
    int streak = 0;
    /// Of the last `periods` finished periods (the current one is not finished), how many were tracked and how many
    /// of those completed.
    int completed = 0;
    int tracked = 0;

    /// completed / tracked, or nullopt when no finished period was tracked yet.
    std::optional<double> rate() const;

    /// Asks `outcome` for as many periods as it needs: the streak walks back until the first period that was not
    /// completed, the rate looks at `periods` finished periods.
    static RoutineStats of(const Outcome &outcome, int periods);
};

} // namespace pmg
