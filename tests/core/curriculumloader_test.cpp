// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "curriculum/curriculumlinter.h"
#include "support/curriculumfixture.h"

namespace pmg {
namespace {

using LoaderTest = test::CurriculumFixture;

TEST_F(LoaderTest, OrdersNotesBySectionNaturally)
{
    write(QStringLiteral("1-a/x.md"), note("ten", "1.10", ""));
    write(QStringLiteral("1-a/y.md"), note("two", "1.2", ""));
    write(QStringLiteral("1-a/z.md"), note("part", "1", ""));
    const Curriculum c = load();
    ASSERT_EQ(c.notes.size(), 3) << messages(c);
    EXPECT_EQ(c.notes[0].id, u"part");
    EXPECT_EQ(c.notes[1].id, u"two");
    EXPECT_EQ(c.notes[2].id, u"ten");
    EXPECT_EQ(c.notes[2].parentSection(), u"1");
    EXPECT_FALSE(c.hasErrors()) << messages(c);
}

TEST_F(LoaderTest, InvalidUtf8IsReportedWithItsLine)
{
    write(QStringLiteral("1-a/n.md"), note("n", "1.1", "fine\nbad \xff\xfe byte\n"));
    const Curriculum c = load();
    EXPECT_EQ(messages(c), "1-a/n.md:9: invalid UTF-8: save the file as UTF-8\n");
    ASSERT_EQ(c.notes.size(), 1); // still shown, with replacement characters
}

TEST_F(LoaderTest, NulBytesAreAnErrorAtTheirLineAndCutNothing)
{
    QByteArray body = "fine\nbad @ byte and @ another\n\n```python\nprint(1)\n```\n\n```output\n1\n```\n";
    body.replace('@', '\0');
    write(QStringLiteral("1-a/n.md"), note("n", "1.1", body));
    const Curriculum c = load();
    EXPECT_EQ(messages(c),
              "1-a/n.md:9: NUL byte (2 in the file): save the note as UTF-8 text (a UTF-16 or binary file is not "
              "Markdown)\n");
    ASSERT_EQ(c.notes.size(), 1);
    // Everything after the NUL bytes is still there, and no NUL is left to cut the text short downstream.
    EXPECT_TRUE(c.notes[0].body.contains(QStringLiteral("bad \uFFFD byte and \uFFFD another")))
        << c.notes[0].body.toStdString();
    EXPECT_FALSE(c.notes[0].body.contains(QChar(u'\0')));
    ASSERT_EQ(c.snippets.size(), 1);
    EXPECT_EQ(c.snippets[0].line, 11);
}

TEST_F(LoaderTest, AFileOfNulBytesIsReportedNotSkipped)
{
    write(QStringLiteral("1-a/zero.md"), QByteArray(4096, '\0'));
    const Curriculum c = load();
    EXPECT_NE(messages(c).find("1-a/zero.md:1: NUL byte (4096 in the file)"), std::string::npos) << messages(c);
}

TEST_F(LoaderTest, UnterminatedFenceIsReported)
{
    write(QStringLiteral("1-a/n.md"), note("n", "1.1", "text\n```python\nprint(1)\n"));
    const Curriculum c = load();
    EXPECT_EQ(messages(c), "1-a/n.md:9: unterminated code block (opened with ```)\n");
}

TEST_F(LoaderTest, AHugeFenceOpenerIsQuotedShort)
{
    write(QStringLiteral("1-a/n.md"), note("n", "1.1", "text\n" + QByteArray(20'000, '`') + "\nprint(1)\n"));
    const Curriculum c = load();
    ASSERT_EQ(c.diagnostics.size(), 1) << messages(c).substr(0, 300);
    EXPECT_EQ(c.diagnostics[0].message,
              QStringLiteral("unterminated code block (opened with %1\u2026)").arg(QString(79, u'`')));
}

// Every place a message quotes the file's text cuts it: each field here is 20,000 characters long.
TEST_F(LoaderTest, EveryMessageQuotesTextShort)
{
    const QByteArray huge(20'000, 'z');
    write(QStringLiteral("1-a/a.md"),
          "---\nid: " + huge + "-\ntitle: T\npart: " + huge + "\nsection: \"" + huge + "\"\nlevel: " + huge
              + "\nfacts_as_of: " + huge + "\n" + huge + ": x\ntags: [" + huge + "-]\nprerequisites: [" + huge
              + "]\n---\nSee [[" + huge + "]].\n\n```python " + huge + " min-python=" + huge
              + "\npass\n```\n\n> [!card] id=" + huge + " " + huge + "=1 " + huge + "\n> no answer\n\n"
              + "> [!quiz] id=q-" + huge + " type=" + huge + " level=" + huge + "\n> q\n\n" + "> [!challenge] id=ch-"
              + huge + " check=" + huge + "\n> x\n\n" + "> [!checklist] id=l-" + huge + " cadence=" + huge
              + "\n> - [ ] item ^" + huge + "-\n\n" + "> [!" + huge + "] x\n> y\n");
    write(QStringLiteral("1-a/b.md"), note("b", "1.2",
                                           "> [!quiz] id=q-x type=single level=beginner\n> Q?\n"
                                           "> **Learn:** [["
                                               + huge + "]]\n> **Explanation:** e\n"));
    const Curriculum c = load();
    ASSERT_GE(c.diagnostics.size(), 15) << messages(c).substr(0, 2000);
    for (const Diagnostic &d : c.diagnostics)
        EXPECT_LE(d.message.size(), 250) << d.message.left(300).toStdString();
}

TEST_F(LoaderTest, DuplicateIdsAndBrokenLinksAreReported)
{
    write(QStringLiteral("1-a/a.md"), note("same", "1.1", "See [[missing-note]] and [[same|me]].\n"));
    write(QStringLiteral("1-a/b.md"), note("same", "1.2",
                                           "> [!card] id=c-x\n> **Q:** q\n> **A:** a\n\n"
                                           "> [!card] id=c-x\n> **Q:** q2\n> **A:** a2\n"));
    const Curriculum c = load();
    const std::string all = messages(c);
    EXPECT_NE(all.find("1-a/b.md:1: duplicate note id 'same'"), std::string::npos) << all;
    EXPECT_NE(all.find("1-a/a.md:8: broken wiki link [[missing-note]]"), std::string::npos) << all;
    EXPECT_NE(all.find("1-a/b.md:12: duplicate id 'c-x'"), std::string::npos) << all;
}

TEST_F(LoaderTest, WikiLinksInCodeAreNotLinks)
{
    write(QStringLiteral("1-a/a.md"), note("a", "1.1", "Write `[[note-id]]` to link.\n\n```text\n[[nope]]\n```\n"));
    const Curriculum c = load();
    EXPECT_FALSE(c.hasErrors()) << messages(c);
}

TEST_F(LoaderTest, PartMustMatchFolder)
{
    write(QStringLiteral("2-b/a.md"), note("a", "1.1", ""));
    const Curriculum c = load();
    EXPECT_NE(messages(c).find("part 1 note is in folder '2-b'"), std::string::npos) << messages(c);
}

TEST_F(LoaderTest, CollectsSnippetsWithTheirModesAndOutputs)
{
    write(QStringLiteral("1-a/a.md"),
          note("a", "1.1",
               "```python\nprint(2)\n```\n\n```output\n2\n```\n\n"
               "```python norun\nimport flask\n```\n\n```pycon\n>>> 1 + 1\n2\n```\n\n"
               "```python min-python=3.14\nprint(t'x')\n```\n\n```python fragment\n...\n```\n"));
    const Curriculum c = load();
    ASSERT_FALSE(c.hasErrors()) << messages(c);
    ASSERT_EQ(c.snippets.size(), 5);
    EXPECT_EQ(c.snippets[0].expectedOutput, std::optional<QString>(QStringLiteral("2\n")));
    EXPECT_EQ(c.snippets[0].line, 8);
    EXPECT_EQ(c.snippets[1].mode, Snippet::Mode::CompileOnly);
    EXPECT_EQ(c.snippets[2].language, u"pycon");
    EXPECT_EQ(c.snippets[3].minPython, QVersionNumber(3, 14));
    EXPECT_EQ(c.snippets[4].mode, Snippet::Mode::Fragment);
}

TEST_F(LoaderTest, OrphanOutputBlockIsAnError)
{
    write(QStringLiteral("1-a/a.md"), note("a", "1.1", "Text\n\n```output\n2\n```\n"));
    const Curriculum c = load();
    EXPECT_NE(messages(c).find("1-a/a.md:10: ```output block must directly follow"), std::string::npos) << messages(c);
}

TEST_F(LoaderTest, FutureFactsDatesAreReportedWithTheirLine)
{
    const QByteArray dated =
        "---\nid: n\ntitle: T\npart: 1\nsection: \"1.1\"\nlevel: beginner\nfacts_as_of: 2026-12-05\n"
        "---\nbody\n";
    write(QStringLiteral("1-a/n.md"), dated);
    write(QStringLiteral("1-a/m.md"), note("m", "1.2", "no date\n"));
    Curriculum c = load();
    EXPECT_FALSE(c.hasErrors()) << messages(c); // loading never reads a clock
    CurriculumLinter::checkFactsDates(c, QDate(2026, 12, 5));
    EXPECT_FALSE(c.hasErrors()) << messages(c); // today is fine, and so is no date
    CurriculumLinter::checkFactsDates(c, QDate(2026, 12, 4));
    EXPECT_EQ(messages(c), "1-a/n.md:7: facts_as_of 2026-12-05 is in the future (today is 2026-12-04)\n");
}

TEST_F(LoaderTest, SummaryListsTheSnippetsNoInterpreterCanRun)
{
    write(QStringLiteral("1-a/n.md"), note("n", "1.1",
                                           "```python min-python=3.14\nprint(1)\n```\n\n```output\n1\n```\n\n"
                                           "```python min-python=3.15\nprint(2)\n```\n\n```python\npass\n```\n"));
    const Curriculum c = load();
    const CurriculumSummary with313 = CurriculumLinter::summarize(c, QVersionNumber(3, 13, 5));
    EXPECT_EQ(with313.snippetsUnverified, 2);
    EXPECT_EQ(with313.unverifiedSnippets,
              QStringList({c.notes[0].filePath + QStringLiteral(":8 (needs Python 3.14)"),
                           c.notes[0].filePath + QStringLiteral(":16 (needs Python 3.15)")}));
    const CurriculumSummary with314 = CurriculumLinter::summarize(c, QVersionNumber(3, 14, 2));
    EXPECT_EQ(with314.snippetsUnverified, 1);
    EXPECT_EQ(with314.snippetsRun, 2);
    EXPECT_EQ(with314.unverifiedSnippets, QStringList{c.notes[0].filePath + QStringLiteral(":16 (needs Python 3.15)")});
    EXPECT_TRUE(with314.toJson()[QStringLiteral("snippets")][QStringLiteral("unverified_locations")].isArray());
}

TEST_F(LoaderTest, EmptyFolderIsAnError)
{
    const Curriculum c = load();
    EXPECT_TRUE(c.hasErrors());
}

} // namespace
} // namespace pmg
