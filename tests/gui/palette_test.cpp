// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandpalette.h"
#include "guardedpage.h"
#include "highlight/contrast.h"
#include "mainwindow.h"
#include "noteview.h"
#include "support/guitesting.h"
#include "support/windowfixture.h"

#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>

namespace pmg {
namespace {

class PaletteTest : public test::WindowFixture
{
protected:
    QStringList rows(CommandPalette *palette)
    {
        QStringList texts;
        for (int i = 0; i < palette->results()->count(); ++i)
            texts.append(palette->results()->item(i)->data(Qt::AccessibleTextRole).toString());
        return texts;
    }
};

TEST_F(PaletteTest, QuickOpensANoteByFuzzyTitle)
{
    ASSERT_TRUE(startWindow());
    ASSERT_TRUE(test::updateSearchIndexAndWait(*window));

    QTest::keyClick(window.get(), Qt::Key_K, Qt::ControlModifier);
    ASSERT_TRUE(window->palette()->isVisible());
    ASSERT_TRUE(test::typeIntoPalette(window->palette(), QStringLiteral("nthird")));
    ASSERT_GE(window->palette()->results()->count(), 1);
    EXPECT_TRUE(rows(window->palette()).first().contains(QLatin1String("Note third")))
        << rows(window->palette()).join(u'|').toStdString();
    QTest::keyClick(window->palette()->field(), Qt::Key_Return);
    EXPECT_FALSE(window->palette()->isVisible());
    ASSERT_TRUE(waitLoaded());
    EXPECT_EQ(window->currentNoteId(), u"third");
}

TEST_F(PaletteTest, FullTextHitOpensTheNoteAtTheMatch)
{
    ASSERT_TRUE(startWindow());
    ASSERT_TRUE(test::updateSearchIndexAndWait(*window));

    window->palette()->popup();
    ASSERT_TRUE(test::typeIntoPalette(window->palette(), QStringLiteral("lazil")));
    const QStringList results = rows(window->palette());
    ASSERT_FALSE(results.isEmpty());
    EXPECT_TRUE(results.first().contains(QLatin1String("Generators"))) << results.join(u'|').toStdString();
    EXPECT_TRUE(results.first().contains(QLatin1String("lazily"))) << results.join(u'|').toStdString();
    QTest::keyClick(window->palette()->field(), Qt::Key_Return);
    // "first" is already shown: the anchor is a same-document navigation.
    EXPECT_TRUE(QTest::qWaitFor([&] { return window->page()->url().fragment() == u"generators"; }, 10'000))
        << window->page()->url().toString().toStdString();
    EXPECT_EQ(window->currentNoteId(), u"first");
    // The matched word is marked in the page, in the section the hit is about.
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            return test::evaluate(window->page(),
                                  QStringLiteral("document.querySelector('mark.search-hit')?.innerText"))
                       .toString()
                   == u"lazily";
        },
        5000));
}

TEST_F(PaletteTest, ArrowKeysChooseAndEscapeCloses)
{
    ASSERT_TRUE(startWindow());
    ASSERT_TRUE(test::updateSearchIndexAndWait(*window));
    window->palette()->popup();
    ASSERT_TRUE(test::typeIntoPalette(window->palette(), QStringLiteral("note")));
    ASSERT_GE(window->palette()->results()->count(), 2);
    EXPECT_EQ(window->palette()->results()->currentRow(), 0);
    QTest::keyClick(window->palette()->field(), Qt::Key_Down);
    EXPECT_EQ(window->palette()->results()->currentRow(), 1);
    QTest::keyClick(window->palette()->field(), Qt::Key_Escape);
    EXPECT_FALSE(window->palette()->isVisible());
}

// Before typing: the notes opened last, most recent first.
TEST_F(PaletteTest, EmptyQueryListsRecentNotes)
{
    ASSERT_TRUE(startWindow());
    gardenClock->advance(60); // the garden's clock decides what is recent (the first note opened at start)
    ASSERT_TRUE(openNote(QStringLiteral("third")));
    gardenClock->advance(60);
    ASSERT_TRUE(openNote(QStringLiteral("second")));
    window->palette()->popup();
    const QStringList shown = rows(window->palette());
    ASSERT_GE(shown.size(), 3) << shown.join(u'|').toStdString();
    EXPECT_TRUE(shown.at(0).startsWith(QStringLiteral("Note second — Recent"))) << shown.join(u'|').toStdString();
    EXPECT_TRUE(shown.at(1).startsWith(QStringLiteral("Note third — Recent"))) << shown.join(u'|').toStdString();
}

// Nothing found is said in words; the hint line reads at 4.5:1; rows that would read the same appear once.
TEST_F(PaletteTest, SaysWhenNothingMatchesAndShowsEachResultOnce)
{
    write(QStringLiteral("1-a/1.3-copy.md"),
          note("copy", "1.3", "> [!card] id=c-one\n> **Q:** What is a quokka?\n>\n> **A:** A marsupial.\n"));
    write(QStringLiteral("1-a/1.4-again.md"),
          note("again", "1.4", "> [!card] id=c-two\n> **Q:** What is a quokka?\n>\n> **A:** A marsupial.\n"));
    ASSERT_TRUE(startWindow());
    ASSERT_TRUE(test::updateSearchIndexAndWait(*window));
    window->palette()->popup();
    ASSERT_TRUE(test::typeIntoPalette(window->palette(), QStringLiteral("zzqxqzz")));
    EXPECT_FALSE(window->palette()->results()->isVisible());
    EXPECT_TRUE(window->palette()->emptyText().contains(QStringLiteral("Nothing matches “zzqxqzz”")))
        << window->palette()->emptyText().toStdString();
    EXPECT_GE(Contrast::ratio(window->palette()->hintColor(), window->palette()->palette().color(QPalette::Window)),
              4.5);

    window->palette()->field()->clear();
    ASSERT_TRUE(test::typeIntoPalette(window->palette(), QStringLiteral("quokka")));
    EXPECT_TRUE(window->palette()->emptyText().isEmpty());
    const QStringList shown = rows(window->palette());
    EXPECT_EQ(shown.filter(QStringLiteral("What is a quokka? — Flashcard")).size(), 1)
        << shown.join(u'|').toStdString();
    // A note found by its title is not listed again for its opening text.
    window->palette()->field()->clear();
    ASSERT_TRUE(test::typeIntoPalette(window->palette(), QStringLiteral("first")));
    QStringList sameNote = rows(window->palette());
    sameNote = sameNote.filter(QStringLiteral("Note first"));
    EXPECT_LE(sameNote.size(), 1) << sameNote.join(u'|').toStdString();
    window->palette()->field()->clear();
    ASSERT_TRUE(test::typeIntoPalette(window->palette(), QStringLiteral("quokka")));
    // The card first, its note dimmed beneath: not the note's title before the card's.
    EXPECT_TRUE(shown.filter(QStringLiteral("What is a quokka?")).constFirst().startsWith(QLatin1String("What is")));
}

} // namespace
} // namespace pmg
