// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Golden files, in the style of KSyntaxHighlighting's tests: every tests/data/render/<case>/input.md is rendered (note
// id "golden") and compared with expected.html next to it, which is what the reader sees below the note's title: the
// table of contents (if any) and the body. Run with PMG_REGENERATE_GOLDEN=1 to rewrite the expected files after an
// intended change, then review the diff: the expected files are the specification of the HTML.
#include "highlight/codehighlighter.h"
#include "markdown/markdownrenderer.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace pmg {
namespace {

QString casesDir()
{
    return QStringLiteral(PMG_SOURCE_DIR "/tests/data/render");
}

std::vector<std::string> caseNames()
{
    std::vector<std::string> names;
    const QStringList dirs = QDir(casesDir()).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &dir : dirs)
        names.push_back(dir.toStdString());
    return names;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
}

// `diff -u`, so that a failure shows what changed rather than two walls of HTML.
std::string unifiedDiff(const QByteArray &expected, const QByteArray &actual)
{
    QTemporaryDir dir;
    const QString expectedPath = dir.filePath(QStringLiteral("expected.html"));
    const QString actualPath = dir.filePath(QStringLiteral("actual.html"));
    if (!dir.isValid() || !writeFile(expectedPath, expected) || !writeFile(actualPath, actual))
        return "(cannot write temporary files for diff)\n--- actual:\n" + actual.toStdString();
    QProcess diff;
    diff.start(QStringLiteral("diff"), {QStringLiteral("-u"), expectedPath, actualPath});
    if (!diff.waitForFinished(10'000))
        return "(diff is not available)\n--- actual:\n" + actual.toStdString();
    return diff.readAllStandardOutput().toStdString();
}

class GoldenRenderTest : public ::testing::TestWithParam<std::string>
{
protected:
    static CodeHighlighter &highlighter()
    {
        static CodeHighlighter instance;
        return instance;
    }

    QByteArray render(const QByteArray &markdown)
    {
        MarkdownRenderer renderer(highlighter());
        renderer.setNoteId(QStringLiteral("golden"));
        // The notes a golden case may link to; any other id renders as a broken link.
        renderer.setNoteTitles([](const QString &id) {
            if (id == u"basic-examples")
                return QStringLiteral("Basic examples");
            if (id == u"internals")
                return QStringLiteral("Internals & the GIL");
            return QString();
        });
        const RenderedNote note = renderer.render(markdown);
        return (TableOfContents::html(note.toc) + note.html).toUtf8();
    }
};

TEST_P(GoldenRenderTest, MatchesExpectedHtml)
{
    const QString dir = casesDir() + u'/' + QString::fromStdString(GetParam());
    const QByteArray input = readFile(dir + QStringLiteral("/input.md"));
    ASSERT_FALSE(input.isEmpty()) << "no input.md in " << dir.toStdString();
    const QByteArray actual = render(input);
    const QString expectedPath = dir + QStringLiteral("/expected.html");
    if (qEnvironmentVariableIntValue("PMG_REGENERATE_GOLDEN") == 1) {
        ASSERT_TRUE(writeFile(expectedPath, actual)) << expectedPath.toStdString();
        GTEST_SKIP() << "regenerated " << expectedPath.toStdString();
    }
    const QByteArray expected = readFile(expectedPath);
    ASSERT_FALSE(expected.isEmpty()) << "no expected.html: run with PMG_REGENERATE_GOLDEN=1 and review it";
    EXPECT_TRUE(actual == expected) << unifiedDiff(expected, actual);
}

INSTANTIATE_TEST_SUITE_P(Cases, GoldenRenderTest, ::testing::ValuesIn(caseNames()),
                         [](const ::testing::TestParamInfo<std::string> &param) {
                             std::string name = param.param;
                             std::replace_if(name.begin(), name.end(), [](char c) { return !std::isalnum(c); }, '_');
                             return name;
                         });

// Guards against a typo in the data path silently instantiating no cases.
TEST(GoldenRenderCases, AllCasesArePresent)
{
    const std::vector<std::string> names = caseNames();
    for (const char *expected : {"gfm", "callouts", "wikilinks", "headings-toc", "card", "quiz-choice", "quiz-output",
                                 "quiz-short", "challenge", "checklist", "code-languages", "raw-html"})
        EXPECT_NE(std::find(names.cbegin(), names.cend(), expected), names.cend()) << expected;
}

} // namespace
} // namespace pmg
