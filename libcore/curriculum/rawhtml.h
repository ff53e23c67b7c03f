// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostic.h"

#include <QString>

namespace pmg {

/// Raw HTML in a note body, found with the parser the renderer uses (cmark-gfm), so code spans, code blocks and
/// autolinks are never mistaken for it. The format forbids raw HTML: the app shows it escaped, as text, and never
/// runs or applies it (docs/curriculum-format.md, "Note bodies").
class RawHtml final
{
public:
    /// Appends a diagnostic for each piece of raw HTML in `body` (whose first line is line `firstLine` of `file`):
    /// - an error for an HTML block (`<div>` … on lines of their own), a comment, and any tag that would make a web
    ///   page run, load or style something (`<script>`, `<iframe>`, `<style>`, `<object>`, `<form>` …), inline too;
    /// - a warning for an inline tag of another HTML element (`<kbd>`, `<br>`, `<b>` …): shown as text, not as HTML.
    /// A name no HTML element has, such as the placeholders `<module>` or `<name>`, is prose and shown as written.
    static void check(const QString &body, int firstLine, const QString &file, Diagnostics &diagnostics);
};

} // namespace pmg
