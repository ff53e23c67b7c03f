// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

class QPalette;

namespace pmg {

/// The colours the challenge widgets add to the palette (passed, failed, code), chosen for contrast on the palette's
/// base colour, so the workspace follows light and dark mode (AppTheme) without being told.
class ChallengeColours final
{
public:
    static bool isDark(const QPalette &palette);
    static QColor passed(const QPalette &palette);
    static QColor failed(const QPalette &palette);
    static QColor codeBackground(const QPalette &palette);
    static QColor muted(const QPalette &palette);
};

} // namespace pmg
