// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "replay.h"

#include "scheduler.h"

#include <algorithm>

namespace pmg {

CardState replay(const Scheduler &scheduler, const QString &cardId, std::span<const ReviewEntry> history)
{
    CardState state;
    for (const ReviewEntry &entry : history) {
        if (entry.cardId == cardId)
            state = scheduler.review(cardId, state, entry.rating, entry.reviewedAt);
    }
    return state;
}

std::vector<ReplayedCard> replayAll(const Scheduler &scheduler, std::span<const ReviewEntry> log)
{
    return replayAll(scheduler, log, {});
}

std::vector<ReplayedCard> replayAll(const Scheduler &scheduler, std::span<const ReviewEntry> log,
                                    const std::function<void(const ReviewEntry &, const CardState &before)> &observe)
{
    std::vector<ReplayedCard> cards;
    for (auto first = log.begin(); first != log.end();) {
        const QString &cardId = first->cardId;
        const auto last = std::find_if(first, log.end(), [&](const ReviewEntry &e) { return e.cardId != cardId; });
        CardState state;
        for (auto it = first; it != last; ++it) {
            if (observe)
                observe(*it, state);
            state = scheduler.review(cardId, state, it->rating, it->reviewedAt);
        }
        cards.push_back({cardId, state});
        first = last;
    }
    return cards;
}

void sortForReplay(std::vector<ReviewEntry> &log)
{
    std::stable_sort(log.begin(), log.end(), [](const ReviewEntry &a, const ReviewEntry &b) {
        if (a.cardId != b.cardId)
            return a.cardId < b.cardId;
        return a.reviewedAt.toMSecsSinceEpoch() < b.reviewedAt.toMSecsSinceEpoch();
    });
}

} // namespace pmg
