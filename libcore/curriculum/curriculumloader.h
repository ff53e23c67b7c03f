// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "curriculum.h"

#include <QByteArray>
#include <QString>

namespace pmg {

/// One curriculum file's bytes and where they came from.
struct SourceFile {
    QString path;         ///< as shown in messages
    QString relativePath; ///< below the curriculum root
    QByteArray bytes;
    bool userVersion = false;
};

/// Reads curriculum Markdown into a Curriculum. The app, `garden lint` and the tests all load through here, so what
/// the checker accepts is exactly what the app shows.
class CurriculumLoader final
{
public:
    /// Every `*.md` file below `directory`, parsed and cross-checked (ids, links, prerequisites).
    static Curriculum loadDirectory(const QString &directory);

    /// Parses `files` (in any order) and cross-checks them as one curriculum. `root` names the curriculum in the
    /// message given when there are no files.
    static Curriculum loadFiles(const QList<SourceFile> &files, const QString &root);

    /// Parses one file's bytes and appends its note, items and snippets (no cross-checks; see CurriculumLinter).
    /// Invalid UTF-8, missing or broken front matter are reported with file and line.
    static void addFile(Curriculum &curriculum, const SourceFile &file);
};

} // namespace pmg
