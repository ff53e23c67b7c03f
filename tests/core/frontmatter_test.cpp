// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "curriculum/frontmatter.h"

#include <gtest/gtest.h>

namespace pmg {
namespace {

struct Parsed {
    bool ok;
    Note note;
    Diagnostics diagnostics;
};

Parsed parse(const char *text)
{
    Parsed p;
    p.ok = FrontMatter::parse(QString::fromUtf8(text), QStringLiteral("n.md"), p.note, p.diagnostics);
    return p;
}

TEST(FrontMatterTest, ReadsAllKeys)
{
    const Parsed p = parse("---\nid: definitions\ntitle: \"Definitions – core terms\"\npart: 1\nsection: \"1.1\"\n"
                           "level: intermediate\ntags: [basics, terms]\nprerequisites: [foundations]\n---\n# Body\n");
    ASSERT_TRUE(p.ok) << (p.diagnostics.isEmpty() ? "" : p.diagnostics.first().toString().toStdString());
    EXPECT_EQ(p.note.id, u"definitions");
    EXPECT_EQ(p.note.title, QString::fromUtf8("Definitions – core terms"));
    EXPECT_EQ(p.note.part, 1);
    EXPECT_EQ(p.note.section, u"1.1");
    EXPECT_EQ(p.note.level, Level::Intermediate);
    EXPECT_EQ(p.note.tags, (QStringList{QStringLiteral("basics"), QStringLiteral("terms")}));
    EXPECT_EQ(p.note.prerequisites, QStringList{QStringLiteral("foundations")});
    EXPECT_EQ(p.note.body, u"# Body\n");
    EXPECT_EQ(p.note.bodyFirstLine, 10);
}

TEST(FrontMatterTest, MissingBlockIsReportedOnLineOne)
{
    const Parsed p = parse("# Just a heading\n");
    EXPECT_FALSE(p.ok);
    ASSERT_EQ(p.diagnostics.size(), 1);
    EXPECT_EQ(p.diagnostics.first().line, 1);
    EXPECT_TRUE(p.diagnostics.first().message.contains(QLatin1String("missing front matter")));
}

TEST(FrontMatterTest, UnterminatedBlockIsReported)
{
    const Parsed p = parse("---\nid: x\ntitle: y\n");
    EXPECT_FALSE(p.ok);
    ASSERT_EQ(p.diagnostics.size(), 1);
    EXPECT_TRUE(p.diagnostics.first().message.contains(QLatin1String("unterminated front matter")));
}

TEST(FrontMatterTest, UnknownDuplicateAndMalformedKeysNameTheirLines)
{
    const Parsed p = parse("---\nid: a\ntitle: T\npart: 1\nsection: \"1.1\"\nlevel: beginner\nauthor: me\nid: b\n"
                           "this is not yaml\n---\n");
    EXPECT_FALSE(p.ok);
    ASSERT_EQ(p.diagnostics.size(), 3);
    EXPECT_EQ(p.diagnostics[0].line, 7);
    EXPECT_TRUE(p.diagnostics[0].message.contains(QLatin1String("unknown front matter key 'author'")));
    EXPECT_EQ(p.diagnostics[1].line, 8);
    EXPECT_TRUE(p.diagnostics[1].message.contains(QLatin1String("duplicate")));
    EXPECT_EQ(p.diagnostics[2].line, 9);
    EXPECT_TRUE(p.diagnostics[2].message.contains(QLatin1String("malformed")));
}

TEST(FrontMatterTest, InvalidValuesAreRejected)
{
    const Parsed p =
        parse("---\nid: Bad_Id\ntitle: T\npart: 7\nsection: \"x.1\"\nlevel: guru\ntags: [ok, \"Not OK\"]\n---\n");
    EXPECT_FALSE(p.ok);
    QStringList messages;
    for (const Diagnostic &d : p.diagnostics)
        messages.append(d.message);
    const QString all = messages.join(u'\n');
    EXPECT_TRUE(all.contains(QLatin1String("invalid id 'Bad_Id'"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QLatin1String("part must be a number from 1 to 5"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QLatin1String("section must look like"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QLatin1String("level must be"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QLatin1String("'Not OK' is not a valid tag"))) << all.toStdString();
}

TEST(FrontMatterTest, MissingRequiredKeysAreListed)
{
    const Parsed p = parse("---\nid: a\n---\nbody\n");
    EXPECT_FALSE(p.ok);
    EXPECT_EQ(p.diagnostics.size(), 4); // title, part, section, level
}

TEST(FrontMatterTest, SectionMustBelongToPart)
{
    const Parsed p = parse("---\nid: a\ntitle: T\npart: 2\nsection: \"1.1\"\nlevel: beginner\n---\n");
    EXPECT_FALSE(p.ok);
    ASSERT_EQ(p.diagnostics.size(), 1);
    EXPECT_TRUE(p.diagnostics.first().message.contains(QLatin1String("does not belong to part 2")));
}

TEST(FrontMatterTest, FactsAsOfIsAnIsoDate)
{
    const Parsed p =
        parse("---\nid: a\ntitle: T\npart: 1\nsection: \"1.1\"\nlevel: beginner\nfacts_as_of: 2026-12-04\n---\n");
    ASSERT_TRUE(p.ok) << (p.diagnostics.isEmpty() ? "" : p.diagnostics.first().toString().toStdString());
    EXPECT_EQ(p.note.factsAsOf, QDate(2026, 12, 4));
    EXPECT_EQ(p.note.factsAsOfLine, 7);

    const Parsed none = parse("---\nid: a\ntitle: T\npart: 1\nsection: \"1.1\"\nlevel: beginner\n---\n");
    EXPECT_TRUE(none.ok);
    EXPECT_TRUE(none.note.factsAsOf.isNull());
}

TEST(FrontMatterTest, InvalidFactsAsOfNamesItsLine)
{
    for (const char *bad : {"2026-13-01", "2026-02-30", "04.12.2026", "2026-12-04T10:00", "December 2026", ""}) {
        const Parsed p =
            parse(QByteArray("---\nid: a\ntitle: T\npart: 1\nsection: \"1.1\"\nlevel: beginner\nfacts_as_of: "
                             + QByteArray(bad) + "\n---\n")
                      .constData());
        EXPECT_FALSE(p.ok) << bad;
        ASSERT_EQ(p.diagnostics.size(), 1) << bad;
        EXPECT_EQ(p.diagnostics.first().line, 7) << bad;
        EXPECT_TRUE(p.diagnostics.first().message.contains(QLatin1String("facts_as_of must be a date")))
            << p.diagnostics.first().message.toStdString();
        EXPECT_TRUE(p.note.factsAsOf.isNull()) << bad;
    }
}

} // namespace
} // namespace pmg
