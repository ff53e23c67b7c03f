// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringView>

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Repository>

namespace pmg {

/// Turns source code into HTML whose tokens are `<span class="hl-Keyword">`-style spans, one class per
/// KSyntaxHighlighting text style. Colours come from a stylesheet (see HighlightStylesheet), so the same HTML works in
/// light and dark mode and can be cached. Not thread-safe: KSyntaxHighlighting's Repository is used from one thread.
class CodeHighlighter final : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    CodeHighlighter();

    /// HTML for `code` (escaped, highlighted when `language` is known), without the surrounding <pre>.
    QString toHtml(const QString &code, const QString &language);

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
};

} // namespace pmg
