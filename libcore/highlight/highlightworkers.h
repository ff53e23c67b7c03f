// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <atomic>
#include <memory>
#include <mutex>
#include <vector>

class QThreadPool;

namespace pmg {

class CodeHighlighter;

/// One fenced code block to highlight.
struct CodeSnippet {
    QString code;
    QString language;
};

/// Highlights a batch of code blocks on the caller's thread and on worker threads at once. Highlighting is about
/// three quarters of rendering a note, and a note's code blocks are independent of each other.
/// KSyntaxHighlighting's Repository and highlighters are not thread-safe, so every worker task holds a CodeHighlighter
/// (with its own Repository) that no other thread touches meanwhile; they are made on first need and then kept, with
/// the definitions they have loaded.
class HighlightWorkers final
{
public:
    /// `workerCount` threads besides the caller's; 0 highlights everything on the caller's thread.
    explicit HighlightWorkers(int workerCount);
    ~HighlightWorkers();
    HighlightWorkers(const HighlightWorkers &) = delete;
    HighlightWorkers &operator=(const HighlightWorkers &) = delete;

    /// Threads besides the caller's that a large batch is spread over: one less than the cores, at most three.
    static int defaultWorkerCount();

    /// How many snippets worker threads (not callers) have highlighted so far: whether spreading happens at all.
    qsizetype workerShare() const { return m_workerShare.load(std::memory_order_relaxed); }

    /// The HTML of every snippet, in order, as `local.toHtml(code, language)` gives it. Batches too small to be worth
    /// a thread hand-over stay on the caller's thread.
    QList<QString> toHtml(CodeHighlighter &local, const QList<CodeSnippet> &snippets);

private:
    std::unique_ptr<CodeHighlighter> takeHighlighter();
    void putBack(std::unique_ptr<CodeHighlighter> highlighter);

    int m_workerCount;
    std::atomic<qsizetype> m_workerShare{0};
    std::unique_ptr<QThreadPool> m_pool;
    std::mutex m_idleMutex;
    /// The workers' highlighters not in use; a task takes one for the length of a batch.
    std::vector<std::unique_ptr<CodeHighlighter>> m_idle;
};

} // namespace pmg
