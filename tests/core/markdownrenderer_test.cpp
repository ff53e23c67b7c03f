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
    /// Position of `needle` in `html`; a missing needle fails the test (and would otherwise compare as npos).
    static size_t at(const std::string &html, const char *needle)
    {
        const size_t pos = html.find(needle);
        EXPECT_NE(pos, std::string::npos) << "missing " << needle << " in\n" << html;
        return pos;
    }

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

namespace pmg {
namespace {

// Every fence language the curriculum format names must reach a KSyntaxHighlighting definition, or its blocks would
// silently render as plain text.
TEST_F(MarkdownRendererTest, HighlightsEveryLanguageTheFormatNames)
{
    const std::pair<const char *, const char *> samples[] = {
        {"python", "def f():\n    return 1\n"},
        {"pycon", ">>> import os\n"},
        {"bash", "for f in *; do echo \"$f\"; done\n"},
        {"sh", "echo \"$HOME\"\n"},
        {"shell", "export A=1\n"},
        {"console", "$ echo \"hi\"\n"},
        {"toml", "[project]\nname = \"x\"\n"},
        {"json", "{\"a\": 1}\n"},
        {"yaml", "a: 1\nb: [true]\n"},
        {"sql", "SELECT 1 FROM t;\n"},
        {"ini", "[section]\nkey = value\n"},
        {"dockerfile", "FROM python:3.13\nRUN pip install x\n"},
        {"diff", "--- a\n+++ b\n-old\n+new\n"},
    };
    for (const auto &[language, code] : samples) {
        const std::string html = render(("```" + std::string(language) + "\n" + code + "```\n").c_str());
        EXPECT_NE(html.find("<span class=\"hl-"), std::string::npos) << language << ": " << html;
    }
}

TEST_F(MarkdownRendererTest, EveryCodeBlockGetsACopyButtonAndItsSource)
{
    renderer.setNoteId(QStringLiteral("my-note"));
    const RenderedNote note =
        renderer.render(QByteArray("```python\nx = 1\n```\n\n> [!card] id=c-x\n> **Q:** Front\n>\n"
                                   "> **A:** Back\n>\n> ```text\n> a < b\n> ```\n\n    indented\n"));
    ASSERT_EQ(note.codeBlocks.size(), 3) << note.html.toStdString();
    EXPECT_EQ(note.codeBlocks[0], u"x = 1");
    EXPECT_EQ(note.codeBlocks[1], u"a < b");
    EXPECT_EQ(note.codeBlocks[2], u"indented");
    const std::string html = note.html.toStdString();
    EXPECT_NE(html.find("<div class=\"code-block\"><a class=\"copy-code\" href=\"garden:/copy/my-note/0\" "
                        "title=\"Copy\">Copy</a><pre class=\"code\" data-lang=\"python\">"),
              std::string::npos)
        << html;
    // Numbered in document order, the block inside the hidden answer included.
    EXPECT_LT(at(html, "garden:/copy/my-note/1"), at(html, "garden:/copy/my-note/2"));
    EXPECT_LT(at(html, "<details"), at(html, "garden:/copy/my-note/1"));
}

TEST_F(MarkdownRendererTest, ListsSecondAndThirdLevelHeadingsForTheTableOfContents)
{
    const RenderedNote note = renderer.render(QByteArray("## One\n\n### Two `x`\n\n#### Deep\n\n## One\n"));
    ASSERT_EQ(note.toc.size(), 3);
    EXPECT_EQ(note.toc[0].level, 2);
    EXPECT_EQ(note.toc[1].level, 3);
    EXPECT_EQ(note.toc[1].text, u"Two x");
    EXPECT_EQ(note.toc[1].anchor, u"two-x");
    EXPECT_EQ(note.toc[2].anchor, u"one-2");
    const std::string nav = TableOfContents::html(note.toc).toStdString();
    EXPECT_NE(nav.find("<nav class=\"toc\""), std::string::npos) << nav;
    EXPECT_NE(nav.find("<li><a href=\"#one\">One</a>\n<ul>\n<li><a href=\"#two-x\">Two x</a></li>\n</ul>\n</li>"),
              std::string::npos)
        << nav;
    EXPECT_TRUE(TableOfContents::html(note.toc.mid(0, 2)).isEmpty());
}

// Options are native inputs (radio buttons for one answer, checkboxes for several) that work without scripts; which
// is correct is a class the stylesheet only shows once the answer is open, never a ticked box.
TEST_F(MarkdownRendererTest, QuizOptionsAreSelectableInputsAndTheAnswerOnlyInsideDetails)
{
    const std::string html = render("> [!quiz] id=q-x type=single level=beginner\n> Pick one.\n>\n"
                                    "> - [ ] wrong\n> - [x] right\n>\n> **Explanation:** Because.\n>\n"
                                    "> **Learn:** [[nowhere]]\n");
    EXPECT_NE(html.find("<div class=\"study-item item-quiz\" id=\"q-x\">"), std::string::npos) << html;
    EXPECT_EQ(html.find("checked"), std::string::npos) << html;
    EXPECT_EQ(html.find("disabled"), std::string::npos) << html;
    EXPECT_EQ(html.find("[x]"), std::string::npos) << html;
    const size_t details = html.find("<details class=\"answer\">");
    ASSERT_NE(details, std::string::npos) << html;
    EXPECT_LT(
        at(html, "<li><label class=\"option\"><input type=\"radio\" name=\"q-x\" value=\"0\"> wrong</label></li>"),
        details);
    EXPECT_LT(at(html, "<label class=\"option correct\"><input type=\"radio\" name=\"q-x\" value=\"1\"> right</label>"),
              details);
    EXPECT_NE(html.find("<summary><span class=\"when-closed\">Show answer</span><span class=\"when-open\">Hide "
                        "answer</span></summary>"),
              std::string::npos)
        << html;
    EXPECT_GT(at(html, "Because."), details);
    EXPECT_LT(at(html, "Pick one."), details);

    const std::string several = render("> [!quiz] id=q-m type=multiple\n> Pick.\n>\n> - [x] a\n> - [x] b\n");
    EXPECT_NE(several.find("<input type=\"checkbox\" name=\"q-m\" value=\"1\">"), std::string::npos) << several;
}

TEST_F(MarkdownRendererTest, OutputQuestionHidesTheExpectedOutput)
{
    const std::string html = render("> [!quiz] id=q-o type=output level=beginner\n> What?\n>\n> ```python\n"
                                    "> print(40 + 2)\n> ```\n>\n> ```output\n> 42\n> ```\n>\n"
                                    "> **Explanation:** Sum.\n");
    const size_t details = html.find("<details class=\"answer\">");
    ASSERT_NE(details, std::string::npos) << html;
    EXPECT_LT(at(html, "data-lang=\"python\""), details);
    EXPECT_GT(at(html, "<code>42</code>"), details);
}

TEST_F(MarkdownRendererTest, ChallengeShowsStarterAndHidesSolutionAndTests)
{
    const std::string html = render("> [!challenge] id=ch-x level=expert title=\"Do <it>\"\n> Statement.\n>\n"
                                    "> ```python starter\n> STARTER\n> ```\n>\n> ```python solution\n> SOLUTION\n"
                                    "> ```\n>\n> ```python tests\n> TESTS\n> ```\n");
    EXPECT_NE(html.find("<span class=\"item-title\">Do &lt;it&gt;</span>"), std::string::npos) << html;
    const size_t solution = html.find("<details class=\"solution\">");
    const size_t tests = html.find("<details class=\"tests\">");
    ASSERT_NE(solution, std::string::npos) << html;
    ASSERT_NE(tests, std::string::npos) << html;
    EXPECT_LT(at(html, "STARTER"), solution);
    EXPECT_GT(at(html, "SOLUTION"), solution);
    EXPECT_LT(at(html, "SOLUTION"), tests);
    EXPECT_GT(at(html, "TESTS"), tests);
}

TEST_F(MarkdownRendererTest, ChecklistDropsBlockIdMarkersButKeepsThemAsAnchors)
{
    const std::string html = render("> [!checklist] id=rl-d cadence=weekly title=\"Weekly\"\n"
                                    "> - [ ] Read a PEP ^read-pep\n");
    EXPECT_EQ(html.find("^read-pep"), std::string::npos) << html;
    EXPECT_NE(html.find("<a class=\"anchor\" id=\"rl-d-read-pep\"></a>Read a PEP</li>"), std::string::npos) << html;
    EXPECT_NE(html.find("<span class=\"badge badge-cadence\">weekly</span>"), std::string::npos) << html;
}

TEST_F(MarkdownRendererTest, StudyItemWithoutIdStaysAPlainCallout)
{
    const std::string html = render("> [!card]\n> **Q:** Front\n>\n> **A:** Back\n");
    EXPECT_EQ(html.find("study-item"), std::string::npos) << html;
    EXPECT_NE(html.find("<div class=\"callout callout-card\">"), std::string::npos) << html;
}

} // namespace
} // namespace pmg

namespace pmg {
namespace {

// cmark-gfm alone leaves "[x]" as text inside block quotes; callouts are block quotes.
TEST_F(MarkdownRendererTest, RendersTaskListsInsideCallouts)
{
    const std::string html = render("> [!tip]\n> - [x] done\n> - [ ] `todo`\n> - [link](https://python.org)\n");
    EXPECT_NE(html.find("<li><input type=\"checkbox\" checked=\"\" disabled=\"\" /> done</li>"), std::string::npos)
        << html;
    EXPECT_NE(html.find("<li><input type=\"checkbox\" disabled=\"\" /> <code>todo</code></li>"), std::string::npos)
        << html;
    EXPECT_EQ(html.find("[x]"), std::string::npos) << html;
    EXPECT_NE(html.find("<li><a href=\"https://python.org\">link</a></li>"), std::string::npos) << html;
}

} // namespace
} // namespace pmg

namespace pmg {
namespace {

// cmark-gfm's table cells refuse custom inline nodes; the link used to vanish (and leak).
TEST_F(MarkdownRendererTest, WikiLinksInTableCellsStayVisible)
{
    renderer.setNoteTitles([](const QString &id) { return id == u"quiz" ? QStringLiteral("The quiz") : QString(); });
    const std::string html = render("| a | b |\n|---|---|\n| [[quiz]] | [[gone]] |\n");
    EXPECT_NE(html.find("<td><a href=\"garden:/note/quiz\" title=\"The quiz\">The quiz</a></td>"), std::string::npos)
        << html;
    EXPECT_NE(html.find("<td>gone</td>"), std::string::npos) << html;
}

} // namespace
} // namespace pmg
