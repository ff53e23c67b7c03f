// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace pmg {

/// A complete HTML document around a rendered note body: strict Content-Security-Policy (no scripts, no network, only
/// the app's own `garden:` resources), the shared stylesheets, and the colour scheme as `data-theme` on <html>.
class NotePage final
{
public:
    enum class Theme { Light, Dark };

    /// The URL scheme the app serves notes and stylesheets from.
    static constexpr auto scheme = "garden";

    static QString document(const QString &title, const QString &bodyHtml, Theme theme,
                            const QString &headerHtml = QString());
};

} // namespace pmg
