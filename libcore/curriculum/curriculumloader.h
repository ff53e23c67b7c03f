// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "curriculum.h"

#include <QByteArray>
#include <QString>

namespace pmg {

/// Reads curriculum Markdown into a Curriculum. The app, `garden lint` and the tests all load through here, so what
/// the checker accepts is exactly what the app shows.
class CurriculumLoader final
{
public:
    /// Every `*.md` file below `directory`, parsed and cross-checked (ids, links, prerequisites).
    static Curriculum loadDirectory(const QString &directory);

    /// Parses one file's bytes and appends its note, items and snippets (no cross-checks; see CurriculumLinter).
    /// Invalid UTF-8, missing or broken front matter are reported with file and line.
    static void addFile(Curriculum &curriculum, const QString &file, const QByteArray &bytes);
};

} // namespace pmg
