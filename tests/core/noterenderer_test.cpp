// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdown/noterenderer.h"
#include "support/curriculumfixture.h"

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
