// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "curriculum/rawhtml.h"
#include "support/curriculumfixture.h"

namespace pmg {
namespace {

/// RawHtml::check on `body` (first line 10 of n.md) as "line: [warning: ]message" lines.
std::string check(const char *body)
{
    Diagnostics diagnostics;
    RawHtml::check(QString::fromUtf8(body), 10, QStringLiteral("n.md"), diagnostics);
    std::string all;
    for (const Diagnostic &d : diagnostics)
        all += d.toString().mid(5).toStdString() + '\n'; // without "n.md:"
    return all;
}

TEST(RawHtmlTest, ScriptIframeAndStyleAreErrorsAtTheirLine)
{
    EXPECT_EQ(check("Text\n\n<script>alert(1)</script>\n\nInline <iframe src=\"x\"></iframe> here.\n\n"
                    "<STYLE>\nbody { display: none }\n</STYLE>\n"),
              "12: raw HTML <script> is not allowed: the app shows it as text, it never runs or applies it\n"
              "14: raw HTML <iframe> is not allowed: the app shows it as text, it never runs or applies it\n"
              "16: raw HTML <style> is not allowed: the app shows it as text, it never runs or applies it\n");
}

TEST(RawHtmlTest, HtmlBlocksAndCommentsAreErrors)
{
    EXPECT_EQ(check("<details>\n<summary>More</summary>\n\nhidden\n</details>\n\n<!-- a note to self -->\n"),
              "10: raw HTML <details> is not allowed: the app shows it as text, it never runs or applies it\n"
              "14: raw HTML <details> is not allowed: the app shows it as text, it never runs or applies it\n"
              "16: raw HTML is not allowed: the app shows <!-- a note to self --> as text\n");
}

TEST(RawHtmlTest, InlineFormattingTagsAreWarningsOncePerLine)
{
    EXPECT_EQ(check("Press <kbd>Ctrl</kbd>+<kbd>C</kbd>,\nthen <b>paste</b>.\n"),
              "10: warning: raw HTML <kbd> is shown as text, not as HTML: write Markdown instead\n"
              "11: warning: raw HTML <b> is shown as text, not as HTML: write Markdown instead\n");
}

TEST(RawHtmlTest, CodeAutolinksComparisonsAndPlaceholdersAreNotHtml)
{
    EXPECT_EQ(check("Never write `<script>` in a note; see <https://example.org/>.\n\n"
                    "```html\n<iframe src=\"x\"></iframe>\n```\n\n    <style>indented code</style>\n\n"
                    "If a < b and b > c; run `python -m <module>` or python -m <module> with <name>.\n\n"
                    "> [!tip]\n> A `<b>` tag inside a callout's code span.\n"),
              "");
}

TEST(RawHtmlTest, AHugeTagIsQuotedShort)
{
    const QByteArray comment = "<!-- " + QByteArray(20'000, 'x') + " -->\n";
    const std::string all = check(comment.constData());
    EXPECT_LT(all.size(), 160u) << all;
    EXPECT_NE(all.find("xxx\xE2\x80\xA6 as text"), std::string::npos) << all; // cut, ending in "…"
}

using RawHtmlLoaderTest = test::CurriculumFixture;

TEST_F(RawHtmlLoaderTest, LoadingReportsRawHtmlWithFileAndLine)
{
    write(QStringLiteral("1-a/n.md"), note("n", "1.1", "Intro\n\n<script>alert(1)</script>\n"));
    write(QStringLiteral("1-a/m.md"), note("m", "1.2", "Use <br> sparingly.\n"));
    const Curriculum c = load();
    EXPECT_EQ(messages(c),
              "1-a/m.md:8: raw HTML <br> is shown as text, not as HTML: write Markdown instead\n"
              "1-a/n.md:10: raw HTML <script> is not allowed: the app shows it as text, it never runs or applies it\n");
    ASSERT_EQ(c.diagnostics.size(), 2);
    EXPECT_EQ(c.diagnostics[0].severity, Diagnostic::Severity::Warning);
    EXPECT_EQ(c.diagnostics[1].severity, Diagnostic::Severity::Error);
}

} // namespace
} // namespace pmg
