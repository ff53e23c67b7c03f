// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

namespace pmg {

/// The learner's answer to a card, with the values FSRS and Anki's review log use (1–4).
enum class Rating { Again = 1, Hard, Good, Easy };

/// The rating stored as `value` (1–4), or nothing for any other number (a corrupt or foreign log row).
inline std::optional<Rating> ratingFromInt(int value)
{
    if (value < static_cast<int>(Rating::Again) || value > static_cast<int>(Rating::Easy))
        return std::nullopt;
    return static_cast<Rating>(value);
}

inline int ratingValue(Rating rating)
{
    return static_cast<int>(rating);
}

} // namespace pmg
