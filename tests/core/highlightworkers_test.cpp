// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "highlight/codehighlighter.h"
#include "highlight/highlightworkers.h"

#include <gtest/gtest.h>

namespace pmg {
namespace {

// A batch well over the size at which work is spread: every language the renderer must highlight, an unknown one,
// an empty block and text that needs escaping, in varied lengths.
QList<CodeSnippet> largeBatch()
{
    const QList<CodeSnippet> kinds{
        {QStringLiteral("def f(x: int) -> str:\n    return f\"{x!r} < 3 & done\"\n"), QStringLiteral("python")},
        {QStringLiteral(">>> [n * n for n in range(3)]\n[0, 1, 4]"), QStringLiteral("pycon")},
        {QStringLiteral("$ python -m venv .venv && . .venv/bin/activate\n"), QStringLiteral("console")},
        {QStringLiteral("[project]\nname = \"garden\"\nrequires-python = \">=3.12\""), QStringLiteral("toml")},
        {QStringLiteral("{\"a\": [1, 2, {\"b\": null}]}"), QStringLiteral("json")},
        {QStringLiteral("SELECT id FROM notes WHERE title LIKE '%py%';"), QStringLiteral("sql")},
        {QStringLiteral("-old\n+new <tag>"), QStringLiteral("diff")},
        {QStringLiteral("plain <b>text</b>"), QStringLiteral("no-such-language")},
        {QString(), QStringLiteral("python")},
    };
    QList<CodeSnippet> batch;
    for (int copy = 1; copy <= 12; ++copy) {
        for (const CodeSnippet &kind : kinds)
            batch.append({kind.code.repeated(copy % 5 + 1), kind.language});
    }
    return batch;
}

QList<QString> oneByOne(const QList<CodeSnippet> &batch)
{
    CodeHighlighter highlighter;
    QList<QString> html;
    for (const CodeSnippet &snippet : batch)
        html.append(highlighter.toHtml(snippet.code, snippet.language));
    return html;
}

TEST(HighlightWorkersTest, SpreadBatchGivesTheSameHtmlInTheSameOrder)
{
    const QList<CodeSnippet> batch = largeBatch();
    const QList<QString> expected = oneByOne(batch);
    for (const int workers : {0, 1, 3}) {
        CodeHighlighter highlighter;
        highlighter.setWorkerCount(workers);
        const QList<QString> html = highlighter.toHtml(batch);
        ASSERT_EQ(html.size(), expected.size());
        for (qsizetype i = 0; i < html.size(); ++i)
            EXPECT_EQ(html[i], expected[i]) << "snippet " << i << " with " << workers << " worker(s)";
    }
}

TEST(HighlightWorkersTest, WorkersTakePartAndStayCorrectOverManyBatches)
{
    const QList<CodeSnippet> batch = largeBatch();
    const QList<QString> expected = oneByOne(batch);
    CodeHighlighter local;
    HighlightWorkers workers(2);
    for (int round = 0; round < 30; ++round)
        ASSERT_EQ(workers.toHtml(local, batch), expected) << "round " << round;
    // Over 30 large batches the workers must have woken for some of them, or nothing is spread at all.
    EXPECT_GT(workers.workerShare(), 0);
}

TEST(HighlightWorkersTest, SmallBatchesStayOnTheCallersThread)
{
    CodeHighlighter local;
    HighlightWorkers workers(2);
    const QList<CodeSnippet> small{{QStringLiteral("x = 1"), QStringLiteral("python")},
                                   {QStringLiteral("echo hi"), QStringLiteral("bash")}};
    for (int round = 0; round < 20; ++round)
        EXPECT_EQ(workers.toHtml(local, small), oneByOne(small));
    EXPECT_EQ(workers.workerShare(), 0);
    EXPECT_TRUE(workers.toHtml(local, {}).isEmpty());
}

} // namespace
} // namespace pmg
