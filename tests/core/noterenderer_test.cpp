// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdown/noterenderer.h"
#include "support/curriculumfixture.h"

#include <QRegularExpression>

namespace pmg {
namespace {

using NoteRendererTest = test::CurriculumFixture;

TEST_F(NoteRendererTest, RendersAPageWithTitleBreadcrumbsAndResolvedLinks)
{
    write(QStringLiteral("1-a/index.md"), note("part-one", "1", "Start with [[details]] or [[missing]].\n"));
    write(QStringLiteral("1-a/details.md"), note("details", "1.1", "## Section\n\nBody.\n"));
    const Curriculum c = load();
    ASSERT_FALSE(c.hasErrors() && c.notes.size() != 2) << messages(c);
    NoteRenderer renderer(c);
    const std::string page = renderer.page(*c.note(QStringLiteral("part-one")), NotePage::Theme::Dark).toStdString();
    EXPECT_NE(page.find("<html lang=\"en\" data-theme=\"dark\">"), std::string::npos);
    EXPECT_NE(page.find("Content-Security-Policy"), std::string::npos);
    EXPECT_NE(page.find("<h1>Note part-one</h1>"), std::string::npos) << page;
    EXPECT_NE(page.find("<a class=\"wikilink\" href=\"garden:/note/details\">Note details</a>"), std::string::npos)
        << page;
    EXPECT_NE(page.find("broken-link"), std::string::npos) << page;

    const std::string child = renderer.page(*c.note(QStringLiteral("details")), NotePage::Theme::Light).toStdString();
    EXPECT_NE(child.find("<a href=\"garden:/note/part-one\">Note part-one</a>"), std::string::npos) << child;
    EXPECT_NE(child.find("id=\"section\""), std::string::npos) << child;
}

TEST_F(NoteRendererTest, HighlightCssCoversLightAndDark)
{
    write(QStringLiteral("1-a/index.md"), note("a", "1", ""));
    const Curriculum c = load();
    NoteRenderer renderer(c);
    const QString css = renderer.highlightCss();
    EXPECT_TRUE(css.contains(QLatin1String(":root .hl-Keyword{"))) << css.toStdString();
    EXPECT_TRUE(css.contains(QLatin1String(":root[data-theme=\"dark\"] .hl-Keyword{"))) << css.toStdString();
}

} // namespace
} // namespace pmg

namespace pmg {
namespace {

using NoteRendererTest = test::CurriculumFixture;

TEST_F(NoteRendererTest, RenderReturnsCodeSourcesAndPutsTheTableOfContentsAfterTheTitle)
{
    write(QStringLiteral("1-a/index.md"),
          note("long", "1", "## One\n\n```python\nprint(1)\n```\n\n## Two\n\n### Two and a half\n\nText.\n"));
    write(QStringLiteral("1-a/short.md"), note("short", "1.1", "## Only\n\nText.\n"));
    const Curriculum c = load();
    NoteRenderer renderer(c);
    const RenderedNote rendered = renderer.render(*c.note(QStringLiteral("long")), NotePage::Theme::Light);
    EXPECT_EQ(rendered.codeBlocks, QStringList{QStringLiteral("print(1)")});
    EXPECT_EQ(rendered.toc.size(), 3);
    const std::string page = rendered.html.toStdString();
    const size_t title = page.find("<h1>Note long</h1>");
    const size_t toc = page.find("<nav class=\"toc\"");
    ASSERT_NE(title, std::string::npos) << page;
    ASSERT_NE(toc, std::string::npos) << page;
    EXPECT_LT(title, toc);
    EXPECT_LT(toc, page.find("<div class=\"note-body\">")) << page;
    EXPECT_NE(page.find("href=\"garden:/copy/long/0\""), std::string::npos) << page;

    const std::string shortPage = renderer.page(*c.note(QStringLiteral("short")), NotePage::Theme::Light).toStdString();
    EXPECT_EQ(shortPage.find("<nav class=\"toc\""), std::string::npos) << shortPage;
}

// The real curriculum: every study item is rendered as a block with its id, and none of the authoring syntax that would
// give answers away or look broken is left in any page.
TEST(NoteRendererCurriculumTest, EveryStudyItemOfTheCurriculumBecomesABlock)
{
    const Curriculum c = CurriculumLoader::loadDirectory(QStringLiteral(PMG_SOURCE_DIR "/curriculum"));
    ASSERT_FALSE(c.notes.isEmpty());
    NoteRenderer renderer(c);
    QString all;
    for (const Note &n : c.notes) {
        // Code may legitimately show "[x]" (a program's output, say): look at the prose only.
        static const QRegularExpression code(QStringLiteral("<pre[^>]*>.*?</pre>"),
                                             QRegularExpression::DotMatchesEverythingOption);
        const QString html = renderer.page(n, NotePage::Theme::Light).remove(code);
        for (const char *leak :
             {"**Q:**", "**A:**", "<strong>Q:</strong>", "<strong>A:</strong>", "<li>[", "<strong>Accept:</strong>",
              "callout-card", "callout-quiz", "callout-challenge", "callout-checklist", "checked=\"\""})
            EXPECT_FALSE(html.contains(QLatin1String(leak))) << n.id.toStdString() << " contains " << leak;
        all += html;
    }
    const auto expectBlock = [&](const ItemOrigin &item, const char *type) {
        EXPECT_TRUE(all.contains(QLatin1String("<div class=\"study-item item-") + QLatin1String(type)
                                 + QLatin1String("\" id=\"") + item.id + u'"'))
            << item.id.toStdString();
    };
    for (const Flashcard &card : c.flashcards)
        expectBlock(card, "card");
    for (const QuizQuestion &question : c.questions)
        expectBlock(question, "quiz");
    for (const Challenge &challenge : c.challenges)
        expectBlock(challenge, "challenge");
    for (const Checklist &checklist : c.checklists) {
        expectBlock(checklist, "checklist");
        for (const ChecklistEntry &entry : checklist.entries)
            EXPECT_FALSE(all.contains(QLatin1String(" ^") + entry.id)) << entry.id.toStdString();
    }
}

} // namespace
} // namespace pmg
