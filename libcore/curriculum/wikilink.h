// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace pmg {

/// An Obsidian wiki link: `[[target]]`, `[[target|label]]`, `[[target#heading]]`, `[[target#heading|label]]`.
struct WikiLink {
    QString target;
    QString heading;
    QString label;       ///< empty when none was given
    qsizetype start = 0; ///< position of "[[" in the searched text
    qsizetype length = 0;

    /// All wiki links in `text`, skipping `inline code` spans.
    static QList<WikiLink> findAll(const QString &text);

    /// The HTML id of a heading with this text ("Mutable vs immutable" → "mutable-vs-immutable"), as the renderer
    /// gives headings and as `[[note#Heading]]` links point at.
    static QString anchorFor(const QString &heading);
};

} // namespace pmg
