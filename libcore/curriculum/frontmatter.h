// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostic.h"
#include "note.h"

#include <QString>

namespace pmg {

/// Reads the `---` front-matter block at the top of a curriculum file into `note` (id, title, part, section, level,
/// tags, prerequisites, facts_as_of) and sets its body. Every problem is appended to `diagnostics` with file and line.
///
/// The block is a small YAML subset (`key: value`, quoted strings, inline `[a, b]` lists). It is parsed by hand because
/// the format needs only this much and Qt has no YAML reader; a full YAML library would accept far more than the
/// format allows and report errors less precisely.
class FrontMatter final
{
public:
    /// Returns false when the file has no usable front matter (the note is then not part of the curriculum).
    static bool parse(const QString &text, const QString &file, Note &note, Diagnostics &diagnostics);
};

} // namespace pmg
