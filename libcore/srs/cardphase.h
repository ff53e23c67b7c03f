// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace pmg {

/// Where a card is in the scheduler's state machine (FSRS's State; Anki's card type).
enum class CardPhase { New, Learning, Review, Relearning };

/// The storage name ("new", "learning", "review", "relearning"); stable, stored in profiles.
QString cardPhaseName(CardPhase phase);
/// The phase stored as `name`, or nothing for an unknown name.
std::optional<CardPhase> cardPhaseFromString(QStringView name);

} // namespace pmg
