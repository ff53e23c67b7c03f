// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "challengecolours.h"

#include <QPalette>

namespace pmg {

bool ChallengeColours::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

// GitHub's success and danger colours, as the notes' code themes are GitHub's.
QColor ChallengeColours::passed(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x3f, 0xb9, 0x50) : QColor(0x1a, 0x7f, 0x37);
}

QColor ChallengeColours::failed(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xf8, 0x51, 0x49) : QColor(0xcf, 0x22, 0x2e);
}

QColor ChallengeColours::codeBackground(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x16, 0x1b, 0x22) : QColor(0xf6, 0xf8, 0xfa);
}

QColor ChallengeColours::muted(const QPalette &palette)
{
    return palette.color(QPalette::PlaceholderText);
}

} // namespace pmg
