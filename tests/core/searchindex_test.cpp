// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "search/indexdatabase.h"
#include "search/searchindex.h"
#include "store/database.h"
#include "support/curriculumfixture.h"
#include "support/qtprinters.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace pmg {
namespace {

std::string describe(const QList<SearchHit> &hits)
{
    std::string all;
    for (const SearchHit &hit : hits)
        all +=
            QString(hit.noteId + u"#" + hit.anchor + u" [" + hit.title + u"] " + hit.snippetHtml + u"\n").toStdString();
    return all;
}

int count(const Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
}

class SearchIndexTest : public test::CurriculumFixture
{
protected:
    void SetUp() override { ASSERT_TRUE(db.open(u":memory:"_s, IndexDatabase::options())) << db.error().toStdString(); }

    /// Loads the fixture curriculum and brings the index up to date with it.
    IndexUpdate index()
    {
        curriculum = load();
        return SearchIndex(db).update(curriculum);
    }

    QList<SearchHit> search(const QString &query)
    {
        SearchIndex index(db);
        const QList<SearchHit> hits = index.search(query);
        EXPECT_TRUE(index.error().isEmpty()) << index.error().toStdString();
        return hits;
    }

    Database db;
    Curriculum curriculum;
};

TEST_F(SearchIndexTest, TitleHitRanksAboveBodyHit)
{
    write(u"1-a/a.md"_s,
          note("a", "1.1", "## Other things\n\nHere we mention decorators once, among many other words.\n"));
    write(u"1-a/b.md"_s, note("b", "1.2", "## Decorators\n\nWrapping functions is useful.\n"));
    ASSERT_TRUE(index().ok);
    const QList<SearchHit> hits = search(u"decorators"_s);
    ASSERT_EQ(hits.size(), 2) << describe(hits);
    EXPECT_EQ(hits[0].noteId, u"b");
    EXPECT_EQ(hits[0].title, u"Decorators");
    EXPECT_EQ(hits[0].anchor, u"decorators");
    EXPECT_EQ(hits[0].noteTitle, u"Note b");
    EXPECT_EQ(hits[1].noteId, u"a");
    EXPECT_LT(hits[0].rank, hits[1].rank); // bm25: lower is better
}

TEST_F(SearchIndexTest, EveryTermIsAPrefixAndAllTermsMustMatch)
{
    write(u"1-a/a.md"_s, note("a", "1.1", "A generator function uses yield.\n"));
    write(u"1-a/b.md"_s, note("b", "1.2", "Generation gaps are not about Python.\n"));
    ASSERT_TRUE(index().ok);
    EXPECT_EQ(search(u"gener"_s).size(), 2);
    const QList<SearchHit> hits = search(u"gener yie"_s);
    ASSERT_EQ(hits.size(), 1) << describe(hits);
    EXPECT_EQ(hits[0].noteId, u"a");
    EXPECT_EQ(hits[0].firstMatch, u"generator");
    EXPECT_TRUE(hits[0].snippetHtml.contains(u"<b>generator</b>"_s)) << hits[0].snippetHtml.toStdString();
    EXPECT_TRUE(hits[0].snippetHtml.contains(u"<b>yield</b>"_s)) << hits[0].snippetHtml.toStdString();
    EXPECT_EQ(hits[0].snippetText(), u"A [generator] function uses [yield]."_s);
    EXPECT_TRUE(search(u"generatorz"_s).isEmpty());
}

TEST_F(SearchIndexTest, CaseAndDiacriticsAreIgnored)
{
    write(u"1-a/a.md"_s, note("a", "1.1", "Encode the Café menu as UTF-8.\n"));
    ASSERT_TRUE(index().ok);
    for (const QString &query : {u"cafe"_s, u"CAFÉ"_s, u"café"_s, u"Cafe"_s}) {
        const QList<SearchHit> hits = search(query);
        ASSERT_EQ(hits.size(), 1) << query.toStdString();
        EXPECT_EQ(hits[0].firstMatch, u"Café") << query.toStdString(); // as written, for find-in-page
    }
}

TEST_F(SearchIndexTest, HtmlInTextComesBackEscaped)
{
    write(u"1-a/a.md"_s, note("a", "1.1", "Never run `<script>alert(\"x\")</script>` & trust <b>raw</b> tags.\n"));
    ASSERT_TRUE(index().ok);
    const QList<SearchHit> hits = search(u"alert"_s);
    ASSERT_EQ(hits.size(), 1);
    const QString html = hits[0].snippetHtml;
    EXPECT_FALSE(html.contains(u"<script"_s)) << html.toStdString();
    EXPECT_TRUE(html.contains(u"&lt;script&gt;<b>alert</b>(&quot;x&quot;)&lt;/script&gt;"_s)) << html.toStdString();
    EXPECT_TRUE(html.contains(u"&amp; trust &lt;b&gt;raw&lt;/b&gt;"_s)) << html.toStdString();
    EXPECT_EQ(html.count(u"<b>"_s), 1);
    EXPECT_TRUE(hits[0].snippetText().contains(u"<script>[alert](\"x\")</script> & trust <b>raw</b>"_s))
        << hits[0].snippetText().toStdString();
}

TEST_F(SearchIndexTest, HostileQueriesNeverError)
{
    write(u"1-a/a.md"_s, note("a", "1.1", "Near and far: title and body, not or and.\n"));
    ASSERT_TRUE(index().ok);
    const QStringList noWords = {u""_s,   u"   "_s, u"\""_s,   u"("_s, u")"_s,     u"*"_s,  u"^"_s,
                                 u":="_s, u"-"_s,   u"\"\""_s, u"'"_s, u"{}[];"_s, u"🐍"_s, u"\\"_s};
    for (const QString &query : noWords)
        EXPECT_TRUE(search(query).isEmpty()) << query.toStdString();
    const QStringList words = {u"AND"_s,        u"NEAR"_s,        u"a AND ("_s,    u"\"near"_s,         u"near*"_s,
                               u"NOT near"_s,   u"near OR far"_s, u"title:near"_s, u"NEAR(near far)"_s, u"^near"_s,
                               u"-near +far"_s, u"body : far"_s};
    for (const QString &query : words)
        EXPECT_EQ(search(query).size(), 1) << query.toStdString();
    EXPECT_TRUE(search(u"nothing-like-this"_s).isEmpty());
}

TEST_F(SearchIndexTest, StudyItemsAreIndexedOnceAsItems)
{
    write(u"1-a/a.md"_s, note("a", "1.1",
                              "Intro text.\n\n"
                              "> [!card] id=c-zebra\n> **Q:** What is a zebracard?\n>\n> **A:** A striped answer.\n\n"
                              "> [!quiz] id=q-zebra type=single level=beginner\n> Which is the zebraquestion?\n>\n"
                              "> - [ ] no\n> - [x] yes, the quagga\n>\n> **Explanation:** Stripes.\n>\n"
                              "> **Learn:** [[a]]\n\n"
                              "> [!challenge] id=ch-zebra level=beginner title=\"Zebra challenge\"\n"
                              "> Write `zebra()` returning stripes.\n>\n"
                              "> ```python starter\n> def zebra(): ...\n> ```\n>\n"
                              "> ```python solution\n> def zebra(): return 1\n> ```\n>\n"
                              "> ```python tests\n> from solution import zebra\n> def test_z():\n"
                              ">     assert zebra() == 1\n> ```\n\n"
                              "> [!tip] Zebratip\n> Tips stay in the note text.\n"));
    ASSERT_TRUE(index().ok) << messages(curriculum);
    ASSERT_FALSE(curriculum.hasErrors()) << messages(curriculum);

    QList<SearchHit> hits = search(u"zebracard"_s);
    ASSERT_EQ(hits.size(), 1) << describe(hits); // not also in the note chunk
    EXPECT_EQ(hits[0].kind, SearchHit::Kind::Flashcard);
    EXPECT_EQ(hits[0].itemId, u"c-zebra");
    EXPECT_EQ(hits[0].anchor, u"c-zebra");
    EXPECT_EQ(hits[0].noteId, u"a");
    EXPECT_EQ(hits[0].title, u"What is a zebracard?");
    EXPECT_EQ(search(u"striped"_s).size(), 1);

    hits = search(u"quagga"_s);
    ASSERT_EQ(hits.size(), 1) << describe(hits);
    EXPECT_EQ(hits[0].kind, SearchHit::Kind::Question);
    EXPECT_EQ(hits[0].itemId, u"q-zebra");

    hits = search(u"stripes"_s); // the challenge statement and the question's explanation
    ASSERT_EQ(hits.size(), 2) << describe(hits);
    hits = search(u"zebra challenge"_s);
    ASSERT_GE(hits.size(), 1) << describe(hits);
    EXPECT_EQ(hits[0].kind, SearchHit::Kind::Challenge);
    EXPECT_EQ(hits[0].title, u"Zebra challenge");

    hits = search(u"zebratip"_s);
    ASSERT_EQ(hits.size(), 1) << describe(hits);
    EXPECT_EQ(hits[0].kind, SearchHit::Kind::Note);
    EXPECT_FALSE(hits[0].snippetHtml.contains(u"[!tip]"_s)) << hits[0].snippetHtml.toStdString();
}

TEST_F(SearchIndexTest, UpdatesAreIncremental)
{
    write(u"1-a/a.md"_s, note("a", "1.1", "Alpha text.\n"));
    write(u"1-a/b.md"_s, note("b", "1.2", "Bravo text.\n"));
    write(u"1-a/c.md"_s, note("c", "1.3", "Charlie text.\n"));
    IndexUpdate u = index();
    EXPECT_TRUE(u.ok);
    EXPECT_EQ(u.total, 3);
    EXPECT_EQ(u.reindexed, 3);
    EXPECT_EQ(u.removed, 0);

    u = index();
    EXPECT_EQ(u.reindexed, 0);
    EXPECT_EQ(u.removed, 0);
    const int rows = count(db, u"SELECT count(*) FROM search_rows"_s);

    write(u"1-a/b.md"_s, note("b", "1.2", "Bravissimo text.\n"));
    u = index();
    EXPECT_EQ(u.reindexed, 1);
    EXPECT_EQ(count(db, u"SELECT count(*) FROM search_rows"_s), rows); // replaced, not added
    EXPECT_TRUE(search(u"bravo"_s).isEmpty());
    EXPECT_EQ(search(u"bravissimo"_s).size(), 1);

    ASSERT_TRUE(QFile::remove(dir.filePath(u"1-a/c.md"_s)));
    u = index();
    EXPECT_EQ(u.total, 2);
    EXPECT_EQ(u.reindexed, 0);
    EXPECT_EQ(u.removed, 1);
    EXPECT_TRUE(search(u"charlie"_s).isEmpty());
    EXPECT_EQ(count(db, u"SELECT count(*) FROM search_rows WHERE note_id = 'c'"_s), 0);
    EXPECT_EQ(search(u"text"_s).size(), 2);
}

TEST_F(SearchIndexTest, ReportsProgressForEveryNote)
{
    write(u"1-a/a.md"_s, note("a", "1.1", "x\n"));
    write(u"1-a/b.md"_s, note("b", "1.2", "y\n"));
    curriculum = load();
    QList<std::pair<int, int>> calls;
    SearchIndex(db).update(curriculum, [&](int done, int total) { calls.append({done, total}); });
    EXPECT_EQ(calls, (QList<std::pair<int, int>>{{1, 2}, {2, 2}}));
}

// A failure while writing one note (a full disk, a crash) must leave that note either fully old or fully new, keep
// what was already committed, and be finished by the next update.
TEST_F(SearchIndexTest, InterruptedUpdateIsConsistentAndRecovers)
{
    write(u"1-a/a.md"_s, note("a", "1.1", "Apple text.\n"));
    write(u"1-a/b.md"_s, note("b", "1.2", "Banana text.\n\n## Second chunk\n\nMore banana.\n"));
    write(u"1-a/c.md"_s, note("c", "1.3", "Cherry text.\n"));
    ASSERT_TRUE(index().ok);

    write(u"1-a/a.md"_s, note("a", "1.1", "Apricot text.\n"));
    write(u"1-a/b.md"_s, note("b", "1.2", "Blueberry text.\n\n## Second chunk\n\nMore blueberry.\n"));
    write(u"1-a/c.md"_s, note("c", "1.3", "Coconut text.\n"));
    // Simulate the failure in the middle of b's transaction: its second row cannot be written.
    QSqlQuery sabotage(db.connection());
    ASSERT_TRUE(sabotage.exec(u"CREATE TEMP TRIGGER fail_b BEFORE INSERT ON search_rows "
                              "WHEN new.note_id = 'b' AND new.anchor = 'second-chunk' "
                              "BEGIN SELECT RAISE(ABORT, 'simulated crash'); END"_s));
    const IndexUpdate failed = index();
    EXPECT_FALSE(failed.ok);
    EXPECT_TRUE(failed.error.contains(u"simulated crash"_s)) << failed.error.toStdString();
    EXPECT_EQ(failed.reindexed, 1); // a only

    EXPECT_EQ(search(u"apricot"_s).size(), 1); // committed before the failure
    EXPECT_EQ(search(u"banana"_s).size(), 2);  // b is fully old: both chunks, old hash…
    EXPECT_TRUE(search(u"blueberry"_s).isEmpty());
    EXPECT_EQ(search(u"cherry"_s).size(), 1); // c not reached yet
    EXPECT_TRUE(search(u"coconut"_s).isEmpty());

    ASSERT_TRUE(sabotage.exec(u"DROP TRIGGER fail_b"_s));
    const IndexUpdate recovered = SearchIndex(db).update(curriculum);
    EXPECT_TRUE(recovered.ok) << recovered.error.toStdString();
    EXPECT_EQ(recovered.reindexed, 2); // …so b is picked up again, with c
    EXPECT_TRUE(search(u"banana"_s).isEmpty());
    EXPECT_EQ(search(u"blueberry"_s).size(), 2);
    EXPECT_EQ(search(u"coconut"_s).size(), 1);
    EXPECT_EQ(SearchIndex(db).update(curriculum).reindexed, 0);
}

TEST_F(SearchIndexTest, IndexPersistsInTheProfileFile)
{
    write(u"1-a/a.md"_s, note("a", "1.1", "Persistent text.\n"));
    QTemporaryDir profile;
    const QString file = profile.filePath(Database::fileName());
    {
        Database first;
        ASSERT_TRUE(first.open(file, IndexDatabase::options())) << first.error().toStdString();
        EXPECT_EQ(SearchIndex(first).update(load()).reindexed, 1);
    }
    Database second;
    ASSERT_TRUE(second.open(file, IndexDatabase::options())) << second.error().toStdString();
    SearchIndex index(second);
    EXPECT_EQ(index.update(load()).reindexed, 0);
    EXPECT_EQ(index.search(u"persist"_s).size(), 1);
}

TEST_F(SearchIndexTest, LimitIsRespected)
{
    for (int i = 0; i < 8; ++i)
        write(u"1-a/n%1.md"_s.arg(i), note(qPrintable(u"n%1"_s.arg(i)), qPrintable(u"1.%1"_s.arg(i + 1)), "common\n"));
    ASSERT_TRUE(index().ok) << messages(curriculum);
    EXPECT_EQ(SearchIndex(db).search(u"common"_s, 3).size(), 3);
    EXPECT_EQ(SearchIndex(db).search(u"common"_s).size(), 8);
    EXPECT_TRUE(SearchIndex(db).search(u"common"_s, 0).isEmpty());
}

} // namespace
} // namespace pmg
