// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Every colour that code is drawn in, in both themes, against the background it is drawn on: the stylesheet that the
// app serves is parsed, so what is checked is what the reader sees.
#include "highlight/codehighlighter.h"
#include "highlight/contrast.h"
#include "highlight/highlightstylesheet.h"

#include <QRegularExpression>

#include <gtest/gtest.h>

namespace pmg {
namespace {

TEST(ContrastTest, MatchesTheWcagFormula)
{
    EXPECT_NEAR(Contrast::ratio(Qt::black, Qt::white), 21.0, 0.01);
    EXPECT_NEAR(Contrast::ratio(QColor(0x77, 0x77, 0x77), Qt::white), 4.48, 0.01);
    EXPECT_NEAR(Contrast::ratio(QColor(0x6a, 0x73, 0x7d), QColor(0x24, 0x29, 0x2e)), 3.03, 0.05); // the issue's case
    const QColor fixed = Contrast::readable(QColor(0x6a, 0x73, 0x7d), QColor(0x24, 0x29, 0x2e));
    EXPECT_GE(Contrast::ratio(fixed, QColor(0x24, 0x29, 0x2e)), 4.5);
    EXPECT_GT(fixed.lightness(), QColor(0x6a, 0x73, 0x7d).lightness()); // lighter on a dark background
    EXPECT_EQ(Contrast::readable(Qt::black, Qt::white), QColor(Qt::black));
}

TEST(HighlightContrastTest, EveryCodeColourIsReadableOnItsBackgroundInBothThemes)
{
    CodeHighlighter highlighter;
    const QString css = HighlightStylesheet::css(highlighter.repository());
    static const QRegularExpression rule(QStringLiteral(R"((:root(?:\[data-theme="dark"\])?) ([^{]+)\{([^}]*)\})"));
    static const QRegularExpression colour(QStringLiteral(R"((?:^|;)color:(#[0-9a-f]{6}))"));
    static const QRegularExpression background(QStringLiteral(R"(background:(#[0-9a-f]{6}))"));
    QHash<QString, QColor> pageBackground; // per theme scope
    int checked = 0;
    for (auto it = rule.globalMatch(css); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString scope = m.captured(1);
        const QString selector = m.captured(2);
        const QString declarations = m.captured(3);
        const QRegularExpressionMatch bg = background.match(declarations);
        if (selector == u"pre.code") {
            ASSERT_TRUE(bg.hasMatch()) << declarations.toStdString();
            pageBackground.insert(scope, QColor(bg.captured(1)));
        }
        const QRegularExpressionMatch fg = colour.match(declarations);
        if (!fg.hasMatch())
            continue;
        ASSERT_TRUE(pageBackground.contains(scope)) << "the code background comes first in " << scope.toStdString();
        const QColor back = bg.hasMatch() ? QColor(bg.captured(1)) : pageBackground.value(scope);
        const double ratio = Contrast::ratio(QColor(fg.captured(1)), back);
        EXPECT_GE(ratio, Contrast::minimumForText)
            << scope.toStdString() << ' ' << selector.toStdString() << ": " << fg.captured(1).toStdString() << " on "
            << back.name().toStdString() << " is " << ratio << ":1";
        ++checked;
    }
    EXPECT_EQ(pageBackground.size(), 2) << css.toStdString();
    EXPECT_GT(checked, 30) << css.toStdString();
}

} // namespace
} // namespace pmg
