// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

namespace pmg {

/// WCAG 2 contrast between colours: text needs at least 4.5:1 against its background to be read comfortably.
class Contrast final
{
public:
    static constexpr double minimumForText = 4.5;

    /// The relative luminance of an sRGB colour (0 black … 1 white).
    static double luminance(const QColor &color);
    /// (L_lighter + 0.05) / (L_darker + 0.05): 1 for equal colours, 21 for black on white.
    static double ratio(const QColor &a, const QColor &b);
    /// `foreground`, made just lighter (on a dark background) or darker (on a light one) until it reaches `minimum`
    /// against `background`; unchanged when it already does. Hue and saturation are kept.
    static QColor readable(const QColor &foreground, const QColor &background, double minimum = minimumForText);
};

} // namespace pmg
