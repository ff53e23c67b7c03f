// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "curriculum/diagnostic.h"

#include <gtest/gtest.h>

namespace pmg {
namespace {

TEST(QuotedTest, ShortTextIsKeptAsIs)
{
    EXPECT_EQ(quoted(u"c-mutable-default"), u"c-mutable-default");
    EXPECT_EQ(quoted(QString(80, u'x')), QString(80, u'x'));
}

TEST(QuotedTest, LongTextIsCutToTheLimitEndingInAnEllipsis)
{
    EXPECT_EQ(quoted(QString(81, u'x')), QString(79, u'x') + u'\u2026');
    EXPECT_EQ(quoted(QString(20'000, u'`')).size(), 80);
    EXPECT_EQ(quoted(u"abcdef", 4), u"abc\u2026");
}

TEST(QuotedTest, NeverCutsACharacterInHalf)
{
    const QString snakes = QString(78, u'x') + QStringLiteral("\U0001F40D\U0001F40D");
    const QString cut = quoted(snakes);
    EXPECT_EQ(cut, QString(78, u'x') + u'\u2026');
    EXPECT_FALSE(cut.contains(QChar(0xD83D)));
}

TEST(QuotedTest, ControlCharactersCannotBreakTheLine)
{
    const QString text = QStringLiteral("a\nb\tc\x1b[2Jd") + QChar(u'\0');
    EXPECT_EQ(quoted(text), QStringLiteral("a\uFFFDb\uFFFDc\uFFFD[2Jd\uFFFD"));
}

} // namespace
} // namespace pmg
