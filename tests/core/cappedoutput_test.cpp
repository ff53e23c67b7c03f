// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "python/cappedoutput.h"

#include <gtest/gtest.h>

namespace pmg {
namespace {

TEST(CappedOutputTest, KeepsEverythingUnderTheCap)
{
    CappedOutput out(10);
    out.append("hello");
    out.append(" you");
    EXPECT_FALSE(out.truncated());
    EXPECT_EQ(out.text(), QByteArray("hello you"));
    EXPECT_EQ(out.totalBytes(), 9);
}

TEST(CappedOutputTest, DropsWhatComesAfterTheCapAndSaysSo)
{
    CappedOutput out(4);
    out.append("abcdef");
    out.append(QByteArray(1000, 'x'));
    EXPECT_TRUE(out.truncated());
    EXPECT_EQ(out.totalBytes(), 1006);
    EXPECT_EQ(out.text(), QByteArray("abcd\n\xe2\x80\xa6 output truncated (1006 bytes in all)\n"));
}

TEST(CappedOutputTest, NeverEndsInsideAUtf8Character)
{
    CappedOutput cut(4); // "aé" + "é": the cap falls after the first byte of the second "é"
    cut.append("a\xc3\xa9\xc3\xa9");
    EXPECT_TRUE(cut.text().startsWith("a\xc3\xa9\n\xe2\x80\xa6")) << cut.text().toStdString();

    CappedOutput whole(3); // the cap falls right after a complete character
    whole.append("a\xc3\xa9zz");
    EXPECT_TRUE(whole.text().startsWith("a\xc3\xa9\n")) << whole.text().toStdString();
}

} // namespace
} // namespace pmg
