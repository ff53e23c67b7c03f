// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Search cost: queries over the bundled curriculum and over a generated 10,000-note corpus (both indexed once, into
// temporary database files, outside the timed loops), a full index build of the curriculum and a no-change update.
#include "curriculum/curriculumloader.h"
#include "search/indexdatabase.h"
#include "search/searchindex.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <cmath>
#include <memory>
#include <random>

using namespace Qt::StringLiterals;

namespace {

const pmg::Curriculum &curriculum()
{
    static const pmg::Curriculum c = pmg::CurriculumLoader::loadDirectory(QStringLiteral(PMG_SOURCE_DIR "/curriculum"));
    return c;
}

/// An indexed database in a temporary folder; destroyed before the QCoreApplication (see main).
struct IndexedDatabase {
    QTemporaryDir dir;
    pmg::Database db;
    pmg::Curriculum curriculum;
    double indexSeconds = 0;
    qint64 bytes = 0;

    explicit IndexedDatabase(pmg::Curriculum c)
        : curriculum(std::move(c))
    {
        if (!db.open(dir.filePath(QStringLiteral("index.sqlite")), pmg::IndexDatabase::options()))
            qFatal("%s", qPrintable(db.error()));
        QElapsedTimer timer;
        timer.start();
        const pmg::IndexUpdate update = pmg::SearchIndex(db).update(curriculum);
        indexSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
        if (!update.ok)
            qFatal("%s", qPrintable(update.error));
        for (const pmg::Note &note : curriculum.notes)
            bytes += note.body.toUtf8().size();
    }
};

std::unique_ptr<IndexedDatabase> curriculumDb;
std::unique_ptr<IndexedDatabase> corpusDb;
std::unique_ptr<IndexedDatabase> hugeNoteDb;

// A deterministic vocabulary of pronounceable pseudo-words; word i is used with a Zipf-like skew (low i = common).
const QStringList &vocabulary()
{
    static const QStringList words = [] {
        const QStringList syllables = {u"ka"_s,  u"lo"_s,  u"mi"_s,  u"ne"_s,  u"ru"_s,  u"ta"_s,  u"shi"_s,
                                       u"po"_s,  u"ve"_s,  u"dra"_s, u"gen"_s, u"tor"_s, u"lin"_s, u"qua"_s,
                                       u"zen"_s, u"bel"_s, u"cor"_s, u"fi"_s,  u"mu"_s,  u"sa"_s,  u"ex"_s};
        std::mt19937 random(7);
        QStringList list;
        QSet<QString> seen;
        while (list.size() < 6000) {
            QString word;
            const int parts = 2 + static_cast<int>(random() % 3);
            for (int i = 0; i < parts; ++i)
                word += syllables.at(static_cast<qsizetype>(random() % static_cast<unsigned>(syllables.size())));
            if (!seen.contains(word)) {
                seen.insert(word);
                list.append(word);
            }
        }
        return list;
    }();
    return words;
}

QString randomWord(std::mt19937 &random)
{
    const double u = std::uniform_real_distribution<double>(0, 1)(random);
    const auto index = static_cast<qsizetype>(static_cast<double>(vocabulary().size()) * std::pow(u, 3.0));
    return vocabulary().at(std::min(index, vocabulary().size() - 1));
}

QString sentence(std::mt19937 &random, int words)
{
    QString text;
    for (int i = 0; i < words; ++i) {
        QString word = randomWord(random);
        if (random() % 23 == 0)
            word = u"**"_s + word + u"**"_s;
        else if (random() % 29 == 0)
            word = u'`' + word + u"()`"_s;
        text += (i ? u" "_s : QString()) + word;
    }
    return text + u'.';
}

pmg::Curriculum generatedCorpus(int notes)
{
    std::mt19937 random(42);
    pmg::Curriculum c;
    for (int n = 0; n < notes; ++n) {
        pmg::Note note;
        note.id = u"n%1"_s.arg(n, 5, 10, QChar(u'0'));
        note.section = u"%1.%2"_s.arg(1 + n % 5).arg(1 + n / 5);
        note.title = sentence(random, 3).chopped(1);
        QString body = sentence(random, 30) + u"\n\n"_s;
        const int sections = 2 + static_cast<int>(random() % 4);
        for (int s = 0; s < sections; ++s) {
            body += u"## "_s + sentence(random, 2).chopped(1) + u"\n\n"_s;
            const int paragraphs = 1 + static_cast<int>(random() % 3);
            for (int p = 0; p < paragraphs; ++p)
                body += sentence(random, 20 + static_cast<int>(random() % 40)) + u"\n\n"_s;
            if (random() % 3 == 0)
                body += u"```python\n"_s + randomWord(random) + u" = "_s + randomWord(random) + u"(1)\n```\n\n"_s;
        }
        if (n % 2500 == 1234) // a word in only four notes
            body += u"The walrus appears here.\n"_s;
        note.body = body;
        c.notes.append(note);
    }
    c.reindex();
    return c;
}

IndexedDatabase &indexedCurriculum()
{
    if (!curriculumDb)
        curriculumDb = std::make_unique<IndexedDatabase>(curriculum());
    return *curriculumDb;
}

IndexedDatabase &indexedCorpus()
{
    if (!corpusDb)
        corpusDb = std::make_unique<IndexedDatabase>(generatedCorpus(10'000));
    return *corpusDb;
}

void runQueries(benchmark::State &state, IndexedDatabase &indexed, const QString &query)
{
    const pmg::SearchIndex index(indexed.db);
    qsizetype hits = 0;
    for (auto _ : state) {
        QList<pmg::SearchHit> result = index.search(query);
        hits = result.size();
        benchmark::DoNotOptimize(result);
    }
    state.SetLabel(QStringLiteral("\"%1\": %2 hits (limit 50); index of %3 notes, %4 MB Markdown, built in %5 s")
                       .arg(query)
                       .arg(hits)
                       .arg(indexed.curriculum.notes.size())
                       .arg(static_cast<double>(indexed.bytes) / 1e6, 0, 'f', 1)
                       .arg(indexed.indexSeconds, 0, 'f', 2)
                       .toStdString());
}

void BM_SearchCurriculum(benchmark::State &state, const char *query)
{
    runQueries(state, indexedCurriculum(), QString::fromUtf8(query));
}
BENCHMARK_CAPTURE(BM_SearchCurriculum, one_word, "generator")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_SearchCurriculum, prefix, "gen")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_SearchCurriculum, two_words, "list comprehension")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_SearchCurriculum, rare_word, "walrus")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_SearchCurriculum, very_common, "python")->Unit(benchmark::kMillisecond);

// The curriculum plus one 10 MB note of plain paragraphs and no headings: one section of 10 MB, the worst case for
// snippets and ranking (before rows were capped at 4,000 characters a query took ~33 s here).
IndexedDatabase &indexedHugeNote()
{
    if (!hugeNoteDb) {
        pmg::Curriculum c = curriculum();
        std::mt19937 random(11);
        pmg::Note note;
        note.id = u"huge-note"_s;
        note.section = u"1.99"_s;
        note.title = u"A huge note"_s;
        while (note.body.size() < 10'000'000)
            note.body += sentence(random, 60) + u" python generator.\n\n"_s;
        c.notes.append(note);
        c.reindex();
        hugeNoteDb = std::make_unique<IndexedDatabase>(std::move(c));
    }
    return *hugeNoteDb;
}

void BM_SearchWithHugeNote(benchmark::State &state, const char *query)
{
    runQueries(state, indexedHugeNote(), QString::fromUtf8(query));
}
BENCHMARK_CAPTURE(BM_SearchWithHugeNote, in_every_row, "python")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_SearchWithHugeNote, prefix, "gen")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_SearchWithHugeNote, two_words, "list comprehension")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_SearchWithHugeNote, rare_word, "walrus")->Unit(benchmark::kMillisecond);

// Corpus words by frequency rank (3: in nearly every section, like a stop word; 120: in about one section in six);
// "walrus" is in four notes only.
enum class CorpusQuery { OneWord, Prefix, TwoWords, RareWord, VeryCommon };

void BM_SearchCorpus10k(benchmark::State &state, CorpusQuery kind)
{
    const QStringList &v = vocabulary();
    QString query;
    switch (kind) {
    case CorpusQuery::OneWord:
        query = v.at(120);
        break;
    case CorpusQuery::Prefix:
        query = v.at(40).left(3);
        break;
    case CorpusQuery::TwoWords:
        query = v.at(150) + u' ' + v.at(400);
        break;
    case CorpusQuery::RareWord:
        query = u"walrus"_s;
        break;
    case CorpusQuery::VeryCommon:
        query = v.at(3);
        break;
    }
    runQueries(state, indexedCorpus(), query);
}
BENCHMARK_CAPTURE(BM_SearchCorpus10k, one_word, CorpusQuery::OneWord)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_SearchCorpus10k, prefix, CorpusQuery::Prefix)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_SearchCorpus10k, two_words, CorpusQuery::TwoWords)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_SearchCorpus10k, rare_word, CorpusQuery::RareWord)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_SearchCorpus10k, very_common, CorpusQuery::VeryCommon)->Unit(benchmark::kMillisecond);

// A first start: an empty profile database, the whole curriculum chunked and indexed.
void BM_IndexCurriculumFull(benchmark::State &state)
{
    for (auto _ : state) {
        state.PauseTiming();
        auto dir = std::make_unique<QTemporaryDir>();
        auto db = std::make_unique<pmg::Database>();
        if (!db->open(dir->filePath(pmg::Database::fileName())))
            qFatal("%s", qPrintable(db->error()));
        state.ResumeTiming();
        benchmark::DoNotOptimize(pmg::SearchIndex(*db).update(curriculum()));
        state.PauseTiming();
        db.reset();
        dir.reset();
        state.ResumeTiming();
    }
    state.SetLabel(std::to_string(curriculum().notes.size()) + " notes");
}
BENCHMARK(BM_IndexCurriculumFull)->Unit(benchmark::kMillisecond);

// Every later start: hashes compared, nothing rewritten.
void BM_IndexCurriculumNoChange(benchmark::State &state)
{
    IndexedDatabase &indexed = indexedCurriculum();
    for (auto _ : state) {
        pmg::IndexUpdate update = pmg::SearchIndex(indexed.db).update(curriculum());
        if (update.reindexed != 0)
            state.SkipWithError("a no-change update re-indexed notes");
        benchmark::DoNotOptimize(update);
    }
}
BENCHMARK(BM_IndexCurriculumNoChange)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    // The databases close while Qt is still up.
    curriculumDb.reset();
    corpusDb.reset();
    hugeNoteDb.reset();
    return 0;
}
