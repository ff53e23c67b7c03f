// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cardstate.h"
#include "reviewentry.h"

#include <QDate>

namespace pmg {

/// What the review log holds for one study day: answers by button and by the phase the card was answered in (as
/// Anki's revlog types), how many reviews of cards in review passed (true retention), and the time spent.
struct DayCounts {
    QDate day;
    int again = 0;
    int hard = 0;
    int good = 0;
    int easy = 0;
    int learn = 0;   ///< answered while new or learning
    int review = 0;  ///< answered in review
    int relearn = 0; ///< answered while relearning
    int reviewPassed = 0;
    qint64 durationMs = 0;

    int total() const { return again + hard + good + easy; }
    bool operator==(const DayCounts &) const = default;

    /// Counts `entry`, answered while the card was in `before`; `sign` -1 takes it away again (undo).
    void add(const ReviewEntry &entry, const CardState &before, int sign = 1)
    {
        (entry.rating == Rating::Again  ? again
         : entry.rating == Rating::Hard ? hard
         : entry.rating == Rating::Good ? good
                                        : easy) += sign;
        if (before.phase == CardPhase::Review) {
            review += sign;
            reviewPassed += entry.rating != Rating::Again ? sign : 0;
        } else if (before.phase == CardPhase::Relearning) {
            relearn += sign;
        } else {
            learn += sign;
        }
        durationMs += sign * entry.durationMs;
    }
};

} // namespace pmg
