// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "highlight/highlightworkers.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Repository>

#include <memory>

namespace pmg {

/// Turns source code into HTML whose tokens are `<span class="hl-Keyword">`-style spans, one class per
/// KSyntaxHighlighting text style. Colours come from a stylesheet (see HighlightStylesheet), so the same HTML works in
/// light and dark mode and can be cached. Not thread-safe: KSyntaxHighlighting's Repository is used from one thread
/// (batches are spread over worker threads that have highlighters of their own, see HighlightWorkers).
class CodeHighlighter final : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    CodeHighlighter();
    ~CodeHighlighter() override;

    /// HTML for `code` (escaped, highlighted when `language` is known), without the surrounding <pre>.
    QString toHtml(const QString &code, const QString &language);
    /// toHtml() of every snippet, in order; a large batch is shared with worker threads.
    QList<QString> toHtml(const QList<CodeSnippet> &snippets);

    /// How many worker threads batches may use besides the caller's (HighlightWorkers::defaultWorkerCount() unless
    /// set; 0 keeps everything on the caller's thread).
    void setWorkerCount(int count);

    /// Whether `language` (a fence info word like "python", "py", "sh", "toml") maps to a syntax definition.
    bool knowsLanguage(const QString &language);

    KSyntaxHighlighting::Repository &repository() { return m_repository; }

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override;

private:
    KSyntaxHighlighting::Definition definitionFor(const QString &language);
    KSyntaxHighlighting::Definition lookUpDefinition(const QString &language) const;

    KSyntaxHighlighting::Repository m_repository;
    /// Fence word → definition (invalid when unknown). The file-name and MIME fallbacks scan every definition, which
    /// was a measurable part of rendering a note; the answer never changes for one repository.
    QHash<QString, KSyntaxHighlighting::Definition> m_definitions;
    QStringView m_line;
    QString m_html;
    std::unique_ptr<HighlightWorkers> m_workers; ///< created on the first batch
    int m_workerCount = -1;                      ///< -1: the default
};

} // namespace pmg
