// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "highlightworkers.h"

#include "highlight/codehighlighter.h"

#include <QThread>
#include <QThreadPool>

#include <algorithm>
#include <atomic>
#include <memory>
#include <mutex>
#include <numeric>

namespace pmg {

namespace {

// Below this many characters of code a batch is highlighted in well under 0.2 ms, less than waking a worker and
// loading its definitions is worth.
constexpr qsizetype parallelThreshold = 4000;

// What the threads of one batch share. Held by shared_ptr: a worker that wakes after the caller has finished the
// batch alone still reads `next` (and finds nothing left), after the caller's stack frame is gone.
struct Batch {
    std::vector<qsizetype> order; ///< snippet indices, longest first, so that the last ones taken are short
    const CodeSnippet *snippets = nullptr;
    QString *html = nullptr;
    std::atomic<qsizetype> next{0};
    std::atomic<qsizetype> finished{0};

    // Takes snippets until none is left, counting them in `tally` if given (before they count as finished, so that
    // the caller sees the tally once it has the results).
    void work(CodeHighlighter &highlighter, std::atomic<qsizetype> *tally = nullptr)
    {
        const auto count = qsizetype(order.size());
        for (qsizetype n; (n = next.fetch_add(1, std::memory_order_relaxed)) < count;) {
            const qsizetype i = order[std::size_t(n)];
            html[i] = highlighter.toHtml(snippets[i].code, snippets[i].language);
            if (tally)
                tally->fetch_add(1, std::memory_order_relaxed);
            if (finished.fetch_add(1, std::memory_order_acq_rel) + 1 == count)
                finished.notify_all();
        }
    }
};

} // namespace

HighlightWorkers::HighlightWorkers(int workerCount)
    : m_workerCount(std::max(0, workerCount))
{
    if (m_workerCount == 0)
        return;
    m_pool = std::make_unique<QThreadPool>();
    m_pool->setMaxThreadCount(m_workerCount);
    m_pool->setExpiryTimeout(-1); // a thread that is already there wakes sooner than a new one starts
}

HighlightWorkers::~HighlightWorkers()
{
    // Join the threads before the highlighters they may still be using go.
    m_pool.reset();
}

// At most m_workerCount tasks run at once and each holds one highlighter, so no more than m_workerCount are ever made.
std::unique_ptr<CodeHighlighter> HighlightWorkers::takeHighlighter()
{
    {
        const std::lock_guard lock(m_idleMutex);
        if (!m_idle.empty()) {
            std::unique_ptr<CodeHighlighter> highlighter = std::move(m_idle.back());
            m_idle.pop_back();
            return highlighter;
        }
    }
    return std::make_unique<CodeHighlighter>(); // outside the lock: building a Repository takes a while
}

void HighlightWorkers::putBack(std::unique_ptr<CodeHighlighter> highlighter)
{
    const std::lock_guard lock(m_idleMutex);
    m_idle.push_back(std::move(highlighter));
}

int HighlightWorkers::defaultWorkerCount()
{
    return std::clamp(QThread::idealThreadCount() - 1, 0, 3);
}

QList<QString> HighlightWorkers::toHtml(CodeHighlighter &local, const QList<CodeSnippet> &snippets)
{
    QList<QString> html(snippets.size());
    const qsizetype total = std::accumulate(snippets.cbegin(), snippets.cend(), qsizetype(0),
                                            [](qsizetype sum, const CodeSnippet &s) { return sum + s.code.size(); });
    if (!m_pool || snippets.size() < 2 || total < parallelThreshold) {
        for (qsizetype i = 0; i < snippets.size(); ++i)
            html[i] = local.toHtml(snippets[i].code, snippets[i].language);
        return html;
    }

    // Threads take the next snippet as they come free rather than a share fixed in advance: a worker may wake late
    // (an idle virtual CPU can take a few hundred microseconds), and then the caller simply does more.
    auto batch = std::make_shared<Batch>();
    batch->order.resize(std::size_t(snippets.size()));
    std::iota(batch->order.begin(), batch->order.end(), 0);
    std::stable_sort(batch->order.begin(), batch->order.end(),
                     [&](qsizetype a, qsizetype b) { return snippets[a].code.size() > snippets[b].code.size(); });
    batch->snippets = snippets.constData();
    batch->html = html.data(); // each index is written by one thread; the raw pointer keeps QList's detach out
    for (int worker = 0; worker < m_workerCount; ++worker) {
        m_pool->start([this, batch] {
            if (batch->next.load(std::memory_order_relaxed) >= qsizetype(batch->order.size()))
                return; // woke after the caller had taken everything
            std::unique_ptr<CodeHighlighter> highlighter = takeHighlighter();
            batch->work(*highlighter, &m_workerShare);
            putBack(std::move(highlighter));
        });
    }
    batch->work(local);
    for (qsizetype done; (done = batch->finished.load(std::memory_order_acquire)) < snippets.size();)
        batch->finished.wait(done, std::memory_order_acquire);
    return html;
}

} // namespace pmg
