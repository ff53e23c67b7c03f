// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "curriculum/curriculumsources.h"
#include "support/curriculumfixture.h"
#include "support/qtprinters.h"

namespace pmg {
namespace {

class CurriculumSourcesTest : public test::CurriculumFixture
{
protected:
    void SetUp() override
    {
        write(QStringLiteral("1-a/index.md"), note("first", "1", "## Start\n\nSee [[second]].\n"));
        write(QStringLiteral("1-a/1.1-second.md"), note("second", "1.1", "Original text.\n"));
        sources.readBundled(dir.path());
    }

    CurriculumSources sources;
};

TEST_F(CurriculumSourcesTest, BuildsTheBundledCurriculumLikeTheLoader)
{
    const Curriculum c = sources.build();
    ASSERT_EQ(c.notes.size(), 2);
    EXPECT_TRUE(c.diagnostics.isEmpty()) << messages(c);
    EXPECT_EQ(c.notes.at(1).relativePath, u"1-a/1.1-second.md");
    EXPECT_FALSE(c.notes.at(1).userVersion);
    EXPECT_EQ(c.notes.at(1).filePath, dir.filePath(QStringLiteral("1-a/1.1-second.md")));
}

TEST_F(CurriculumSourcesTest, ARelativeFolderGivesTheSameRelativePaths)
{
    // `garden lint curriculum` passes a folder relative to the working directory.
    const QString previous = QDir::currentPath();
    ASSERT_TRUE(QDir::setCurrent(QFileInfo(dir.path()).path()));
    CurriculumSources relative;
    relative.readBundled(QFileInfo(dir.path()).fileName());
    const Curriculum c = relative.build();
    QDir::setCurrent(previous);
    ASSERT_EQ(c.notes.size(), 2) << messages(c);
    EXPECT_EQ(c.notes.at(1).relativePath, u"1-a/1.1-second.md");
    EXPECT_EQ(c.notes.at(1).filePath, QFileInfo(dir.path()).fileName() + QStringLiteral("/1-a/1.1-second.md"));
}

TEST_F(CurriculumSourcesTest, AUserVersionReplacesTheBundledFileByPath)
{
    sources.setUserVersion(QStringLiteral("1-a/1.1-second.md"), note("second", "1.1", "My own words.\n"));
    const Curriculum c = sources.build();
    ASSERT_EQ(c.notes.size(), 2);
    const Note *second = c.note(QStringLiteral("second"));
    ASSERT_NE(second, nullptr);
    EXPECT_TRUE(second->userVersion);
    EXPECT_EQ(second->body, u"My own words.\n");
    EXPECT_EQ(second->filePath, u"profile:/1-a/1.1-second.md");
    EXPECT_TRUE(c.diagnostics.isEmpty()) << messages(c);
    // The bundled bytes are still there for "Revert to original".
    EXPECT_TRUE(sources.bundled(QStringLiteral("1-a/1.1-second.md"))->contains("Original text."));
    sources.removeUserVersion(QStringLiteral("1-a/1.1-second.md"));
    EXPECT_EQ(sources.build().note(QStringLiteral("second"))->body, u"Original text.\n");
}

TEST_F(CurriculumSourcesTest, ANewUserNoteJoinsTheTree)
{
    sources.setUserVersion(QStringLiteral("1-a/1.2-mine.md"), note("mine", "1.2", "Links back to [[first]].\n"));
    const Curriculum c = sources.build();
    ASSERT_EQ(c.notes.size(), 3);
    EXPECT_EQ(c.notes.at(2).id, u"mine");
    EXPECT_TRUE(c.diagnostics.isEmpty()) << messages(c);
}

TEST_F(CurriculumSourcesTest, DiagnosticsForOneFileIncludeThoseOfACandidateEdit)
{
    const Curriculum c =
        sources.buildWith(QStringLiteral("1-a/1.1-second.md"), note("second", "1.1", "Broken [[nowhere]].\n"));
    const Diagnostics mine = CurriculumSources::diagnosticsFor(c, QStringLiteral("1-a/1.1-second.md"));
    ASSERT_EQ(mine.size(), 1) << messages(c);
    EXPECT_EQ(mine.first().line, 8);
    EXPECT_TRUE(mine.first().message.contains(QLatin1String("nowhere")));
    EXPECT_TRUE(CurriculumSources::diagnosticsFor(c, QStringLiteral("1-a/index.md")).isEmpty());
    // buildWith() leaves the sources untouched.
    EXPECT_TRUE(sources.build().diagnostics.isEmpty());
}

} // namespace
} // namespace pmg
