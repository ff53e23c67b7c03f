// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostic.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pmg {

struct SourceLine {
    QString text;
    int number = 0; ///< 1-based line in the file
};

/// A ``` or ~~~ fenced code block, with the words of its info string split into language and flags.
struct FencedBlock {
    QString language;                      ///< first word of the info string, lower-cased ("python", "output", "")
    QStringList flags;                     ///< the other words ("norun", "min-python=3.14", "starter")
    QString content;                       ///< the code, every line ending in '\n'
    int line = 0;                          ///< line of the opening fence
    std::optional<QString> expectedOutput; ///< the ```output block that directly follows, if any
    bool isOutputOfPrevious = false;       ///< this is an ```output block paired with the block before it

    bool hasFlag(const QString &flag) const { return flags.contains(flag); }
    QString flagValue(const QString &key) const; ///< "min-python" → "3.14" for "min-python=3.14"
};

/// An Obsidian callout: a blockquote whose first line is `> [!type] rest`.
struct CalloutBlock {
    QString type;   ///< lower-cased: "tip", "card", "quiz" …
    QString header; ///< the rest of the first line (a title, or key=value attributes for study items)
    int line = 0;
    QList<SourceLine> inner;   ///< the lines after the first, with the "> " prefix removed
    QList<FencedBlock> fences; ///< code blocks inside the callout
};

/// The line-level structure of a note body that the curriculum needs (code blocks, callouts, prose lines) with exact
/// line numbers. Rendering uses cmark-gfm's full parser; this scanner only finds the blocks the format gives meaning
/// to.
struct ScannedMarkdown {
    QList<FencedBlock> fences; ///< top-level code blocks
    QList<CalloutBlock> callouts;
    QList<SourceLine> proseLines; ///< lines outside code blocks (top level and inside callouts), for link checks

    static ScannedMarkdown scan(const QString &body, int firstLine, const QString &file, Diagnostics &diagnostics);

    /// Finds fenced blocks in `lines`; lines outside them are appended to `prose` when given.
    static QList<FencedBlock> scanFences(const QList<SourceLine> &lines, const QString &file, Diagnostics &diagnostics,
                                         QList<SourceLine> *prose = nullptr);
};

} // namespace pmg
