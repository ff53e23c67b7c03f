// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace pmg {

/// One `##` or `###` heading of a note, as the table of contents lists it.
struct TocEntry {
    int level = 2;
    QString text;   ///< plain text of the heading
    QString anchor; ///< the heading's id, unique within the note
};

/// The "On this page" box of a long note: a nested list of links to its `##` and `###` headings.
class TableOfContents final
{
public:
    /// Notes with fewer headings than this get no table of contents.
    static constexpr int minimumEntries = 3;

    /// `<nav class="toc">…</nav>`, or an empty string when `entries` has fewer than minimumEntries headings.
    static QString html(const QList<TocEntry> &entries);
};

} // namespace pmg
