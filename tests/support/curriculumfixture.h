// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "curriculum/curriculum.h"
#include "curriculum/curriculumloader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <string>

namespace pmg::test {

/// A throw-away curriculum folder: write files into it, then load it like the app does.
class CurriculumFixture : public ::testing::Test
{
protected:
    void write(const QString &relativePath, const QByteArray &content)
    {
        const QString path = dir.filePath(relativePath);
        QDir().mkpath(QFileInfo(path).path());
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(content);
    }

    static QByteArray note(const char *id, const char *section, const QByteArray &body, const char *level = "beginner")
    {
        const QByteArray part = QByteArray(section).left(1);
        return "---\nid: " + QByteArray(id) + "\ntitle: \"Note " + id + "\"\npart: " + part + "\nsection: \"" + section
               + "\"\nlevel: " + level + "\n---\n" + body;
    }

    Curriculum load() { return CurriculumLoader::loadDirectory(dir.path()); }

    /// All diagnostics as "relative/file:line: message" lines, for readable assertions.
    std::string messages(const Curriculum &curriculum) const
    {
        std::string all;
        for (const Diagnostic &d : curriculum.diagnostics)
            all += QDir(dir.path()).relativeFilePath(d.file).toStdString() + ':' + std::to_string(d.line) + ": "
                   + d.message.toStdString() + '\n';
        return all;
    }

    QTemporaryDir dir;
};

} // namespace pmg::test
