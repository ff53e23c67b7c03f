// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "routinestats.h"

namespace pmg {

std::optional<double> RoutineStats::rate() const
{
    if (tracked == 0)
        return std::nullopt;
    return double(completed) / tracked;
}

RoutineStats RoutineStats::of(const Outcome &outcome, int periods)
{
    RoutineStats stats;
    for (int ago = 1; ago <= periods; ++ago) {
        const std::optional<bool> done = outcome(ago);
        if (!done)
            break; // untracked periods only lie before the first tracked one
        ++stats.tracked;
        stats.completed += *done ? 1 : 0;
    }
    // Bounded, so that an outcome that never says "untracked" cannot loop for ever (27 years of days).
    constexpr int longest = 10'000;
    const bool currentDone = outcome(0).value_or(false);
    for (int ago = currentDone ? 0 : 1; ago <= longest && outcome(ago).value_or(false); ++ago)
        ++stats.streak;
    return stats;
}

} // namespace pmg
