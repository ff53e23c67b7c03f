// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cardstate.h"
#include "reviewentry.h"

#include <functional>
#include <span>
#include <vector>

namespace pmg {

class Scheduler;

/// A card's state as a pure function of its history: the reviews of `cardId`, oldest first, answered one after the
/// other from a new card. This is how the card-state cache is rebuilt and how merged logs are re-applied. Entries of
/// other cards are skipped (a caller's bug, but never a reason to mix two cards' histories).
CardState replay(const Scheduler &scheduler, const QString &cardId, std::span<const ReviewEntry> history);

struct ReplayedCard {
    QString cardId;
    CardState state;
};

/// Every card of `log`, which must be ordered by card and then by time (sortForReplay, or `ORDER BY card, time`);
/// one result per card, in the log's order.
std::vector<ReplayedCard> replayAll(const Scheduler &scheduler, std::span<const ReviewEntry> log);

/// Orders `log` by card id, then review time; entries at the same instant keep their order.
/// replayAll() that also shows `observe` each entry with the card's state just before it (statistics by the phase a
/// card was answered in are built from this one pass).
std::vector<ReplayedCard> replayAll(const Scheduler &scheduler, std::span<const ReviewEntry> log,
                                    const std::function<void(const ReviewEntry &, const CardState &before)> &observe);

void sortForReplay(std::vector<ReviewEntry> &log);

} // namespace pmg
