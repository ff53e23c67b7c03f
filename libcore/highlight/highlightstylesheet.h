// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace KSyntaxHighlighting {
class Repository;
}

namespace pmg {

/// CSS for the `hl-*` classes emitted by CodeHighlighter: rules for the light theme at `:root`, and for the dark theme
/// under `[data-theme="dark"]`, so switching mode is a matter of one attribute on <html>.
class HighlightStylesheet final
{
public:
    /// Theme names tried first; if a name is unknown the repository's default light/dark theme is used.
    static constexpr auto lightThemeName = "GitHub Light";
    static constexpr auto darkThemeName = "GitHub Dark";

    static QString css(KSyntaxHighlighting::Repository &repository);
    /// The rules of one theme without a scope, for Qt's rich-text documents (QTextBrowser knows no `:root`).
    static QString documentCss(KSyntaxHighlighting::Repository &repository, bool dark);
};

} // namespace pmg
