// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cardphase.h"

#include <QDateTime>

namespace pmg {

/// A card's scheduling state: a cache of what replaying its review log gives (replay.h), never the source of truth.
/// A default-constructed state is a new card that has never been reviewed.
struct CardState {
    CardPhase phase = CardPhase::New;
    /// Index into the learning (or relearning) steps while in those phases; 0 otherwise.
    int step = 0;
    /// FSRS stability in days and difficulty in [1, 10]; both 0 for a new card.
    double stability = 0;
    double difficulty = 0;
    /// When the card is next due, in UTC; invalid for a new card. Review cards are due at the start of a study day
    /// (as Anki's day-number due), learning steps under a day at the exact instant.
    QDateTime due;
    /// The last review, in UTC; invalid for a new card.
    QDateTime lastReview;
    /// The interval in study days the last answer gave (0 for a learning step under a day).
    int scheduledDays = 0;
    int reps = 0;
    /// Times the card was forgotten (Again) in the review phase.
    int lapses = 0;

    bool operator==(const CardState &) const = default;
};

} // namespace pmg
