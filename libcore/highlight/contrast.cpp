// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "contrast.h"

#include <algorithm>
#include <cmath>

namespace pmg {

namespace {

double linear(double channel)
{
    return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

} // namespace

double Contrast::luminance(const QColor &color)
{
    const QColor rgb = color.toRgb();
    return 0.2126 * linear(rgb.redF()) + 0.7152 * linear(rgb.greenF()) + 0.0722 * linear(rgb.blueF());
}

double Contrast::ratio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor Contrast::readable(const QColor &foreground, const QColor &background, double minimum)
{
    if (ratio(foreground, background) >= minimum)
        return foreground;
    const bool lighten = luminance(background) < 0.5;
    const QColor hsl = foreground.toHsl();
    // Small steps in HSL lightness: the first one that is enough changes the colour least.
    for (int step = 1; step <= 100; ++step) {
        const double lightness = std::clamp(hsl.lightnessF() + (lighten ? step : -step) / 100.0, 0.0, 1.0);
        const QColor candidate = QColor::fromHslF(hsl.hslHueF(), hsl.hslSaturationF(), lightness).toRgb();
        if (ratio(candidate, background) >= minimum)
            return candidate;
    }
    return lighten ? QColor(Qt::white) : QColor(Qt::black);
}

} // namespace pmg
