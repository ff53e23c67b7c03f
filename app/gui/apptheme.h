// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace pmg {

/// Light and dark palettes for the widgets (Fusion style), so the tree, the editor and the dialogs match the notes
/// whatever the desktop's theme support is (Xvfb, minimal window managers and some desktops report none).
class AppTheme final
{
public:
    static void apply(bool dark);
    /// Whether the desktop asks for a dark colour scheme (Qt 6.5+ QStyleHints::colorScheme).
    static bool systemPrefersDark();
};

} // namespace pmg
