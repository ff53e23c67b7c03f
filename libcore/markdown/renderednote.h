// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "markdown/tableofcontents.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace pmg {

/// A rendered note and what the app needs besides the HTML.
struct RenderedNote {
    /// NoteRenderer::render(): the complete page. MarkdownRenderer::render(): the body fragment only.
    QString html;
    /// The source of every code block in document order (answers and solutions included): entry n is what the
    /// `garden:/copy/<note id>/<n>` button of block n copies.
    QStringList codeBlocks;
    /// The note's `##` and `###` headings in order (also when there are too few for a table of contents).
    QList<TocEntry> toc;
};

} // namespace pmg
