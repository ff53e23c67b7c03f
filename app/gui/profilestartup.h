// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

namespace pmg {

class Garden;
struct AppOptions;

/// Opens the learner's garden as the app starts. When the profile cannot be used it says why and offers what can be
/// done: for a damaged database, restore a backup or start afresh (ProfileProblemDialog); for a profile open in
/// another copy, names it. Headless runs (--screenshot) never wait on a dialog: they print the message and fail.
class ProfileStartup final
{
public:
    /// std::nullopt when `garden` is open and the app should go on; otherwise the process's exit code.
    static std::optional<int> open(Garden &garden, const AppOptions &options);
};

} // namespace pmg
