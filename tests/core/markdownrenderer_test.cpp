// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "highlight/codehighlighter.h"
#include "markdown/markdownrenderer.h"

#include <gtest/gtest.h>

namespace pmg {
namespace {

class MarkdownRendererTest : public ::testing::Test
{
protected:
    static CodeHighlighter &highlighter()
    {
        static CodeHighlighter instance; // the KSyntaxHighlighting repository is expensive: one for the suite
        return instance;
    }
    std::string render(const char *markdown) { return renderer.toHtml(QByteArray(markdown)).toStdString(); }

    MarkdownRenderer renderer{highlighter()};
};

TEST_F(MarkdownRendererTest, RendersGfmTables)
{
    const std::string html = render("| a | b |\n|---|---|\n| 1 | 2 |\n");
    EXPECT_NE(html.find("<table>"), std::string::npos) << html;
    EXPECT_NE(html.find("<th>a</th>"), std::string::npos) << html;
    EXPECT_NE(html.find("<td>2</td>"), std::string::npos) << html;
}

TEST_F(MarkdownRendererTest, RendersTaskListsStrikethroughAndAutolinks)
{
    const std::string html = render("- [x] done\n- [ ] todo\n\n~~old~~ see www.python.org\n");
    EXPECT_NE(html.find("type=\"checkbox\" checked=\"\" disabled=\"\""), std::string::npos) << html;
    EXPECT_NE(html.find("type=\"checkbox\" disabled=\"\""), std::string::npos) << html;
    EXPECT_NE(html.find("<del>old</del>"), std::string::npos) << html;
    EXPECT_NE(html.find("<a href=\"http://www.python.org\">"), std::string::npos) << html;
}

TEST_F(MarkdownRendererTest, HighlightsPythonKeywordsAndStrings)
{
    const std::string html =
        render("```python\ndef greet(name: str) -> str:\n    plain = \"hi \"\n    return f\"{plain}{name}\"\n```\n");
    EXPECT_NE(html.find("<pre class=\"code\" data-lang=\"python\">"), std::string::npos) << html;
    // KSyntaxHighlighting's Python definition styles `def` and `return` as keywords or control flow.
    EXPECT_TRUE(html.find("<span class=\"hl-Keyword\">def</span>") != std::string::npos
                || html.find("<span class=\"hl-ControlFlow\">def</span>") != std::string::npos)
        << html;
    EXPECT_NE(html.find("hl-ControlFlow\">return</span>"), std::string::npos) << html;
    EXPECT_NE(html.find("class=\"hl-String"), std::string::npos) << html;
}

TEST_F(MarkdownRendererTest, UnknownLanguageIsEscapedPlainText)
{
    const std::string html = render("```nosuchlang\na < b && c\n```\n");
    EXPECT_NE(html.find("<pre class=\"code\" data-lang=\"nosuchlang\"><code>a &lt; b &amp;&amp; c</code></pre>"),
              std::string::npos)
        << html;
}

TEST_F(MarkdownRendererTest, EscapesRawHtmlInsteadOfPassingItThrough)
{
    const std::string html = render("<script>alert(1)</script>\n\nText with <b onclick=\"x()\">bold</b>.\n");
    EXPECT_EQ(html.find("<script>"), std::string::npos) << html;
    EXPECT_EQ(html.find("<b onclick"), std::string::npos) << html;
    EXPECT_NE(html.find("&lt;script&gt;alert(1)&lt;/script&gt;"), std::string::npos) << html;
    EXPECT_NE(html.find("&lt;b onclick=&quot;x()&quot;&gt;"), std::string::npos) << html;
}

TEST_F(MarkdownRendererTest, BlanksDangerousLinkTargets)
{
    const std::string html = render("[click](javascript:alert(1))\n");
    EXPECT_EQ(html.find("javascript:"), std::string::npos) << html;
}

TEST_F(MarkdownRendererTest, EmptyInputGivesEmptyOutput)
{
    EXPECT_EQ(render(""), "");
}

TEST_F(MarkdownRendererTest, InvalidUtf8BecomesReplacementCharacters)
{
    const QString html = renderer.toHtml(QByteArray("caf\xe9 \xff\xfe ok\n"));
    EXPECT_TRUE(html.contains(QChar(0xFFFD))) << html.toStdString();
    EXPECT_TRUE(html.contains(QLatin1String("ok"))) << html.toStdString();
}

TEST_F(MarkdownRendererTest, RendersFootnotes)
{
    const std::string html = render("Claim.[^1]\n\n[^1]: Source.\n");
    EXPECT_NE(html.find("class=\"footnotes\""), std::string::npos) << html;
}

} // namespace
} // namespace pmg

namespace pmg {
namespace {

TEST_F(MarkdownRendererTest, RendersCalloutsAsStyledBoxes)
{
    const std::string html =
        render("> [!warning] Mind the default\n> Mutable defaults are shared.\n\n> [!tip]\n> Short.\n");
    EXPECT_NE(html.find("<div class=\"callout callout-warning\">\n<div class=\"callout-title\">Mind the default</div>"),
              std::string::npos)
        << html;
    EXPECT_NE(html.find("<p>Mutable defaults are shared.</p>"), std::string::npos) << html;
    EXPECT_NE(html.find("<div class=\"callout-title\">Tip</div>"), std::string::npos) << html;
    EXPECT_EQ(html.find("[!"), std::string::npos) << html;
    EXPECT_EQ(html.find("<blockquote>"), std::string::npos) << html;
}

TEST_F(MarkdownRendererTest, PlainBlockquotesStayBlockquotes)
{
    const std::string html = render("> Just a quote.\n");
    EXPECT_NE(html.find("<blockquote>"), std::string::npos) << html;
}

TEST_F(MarkdownRendererTest, RendersWikiLinksAndMarksBrokenOnes)
{
    renderer.setNoteTitles(
        [](const QString &id) { return id == u"internals" ? QStringLiteral("Internals") : QString(); });
    const std::string html =
        render("See [[internals]], [[internals#The GIL|the GIL]] and [[nowhere]]; not `[[code]]`.\n");
    EXPECT_NE(html.find("<a class=\"wikilink\" href=\"garden:/note/internals\">Internals</a>"), std::string::npos)
        << html;
    EXPECT_NE(html.find("<a class=\"wikilink\" href=\"garden:/note/internals#the-gil\">the GIL</a>"), std::string::npos)
        << html;
    EXPECT_NE(html.find("broken-link"), std::string::npos) << html;
    EXPECT_NE(html.find(">nowhere</a>"), std::string::npos) << html;
    EXPECT_NE(html.find("<code>[[code]]</code>"), std::string::npos) << html;
}

TEST_F(MarkdownRendererTest, GivesHeadingsUniqueAnchors)
{
    const std::string html = render("## The GIL\n\n## The GIL\n");
    EXPECT_NE(html.find("<h2><a class=\"anchor\" id=\"the-gil\"></a>The GIL</h2>"), std::string::npos) << html;
    EXPECT_NE(html.find("id=\"the-gil-2\""), std::string::npos) << html;
}

} // namespace
} // namespace pmg
