// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "markdown/obsidiansyntax.h"

#include <QByteArray>
#include <QString>

namespace pmg {

class CodeHighlighter;

/// Markdown → HTML fragment with cmark-gfm (GFM tables, strikethrough, autolinks, task lists, footnotes).
/// Fenced code blocks are replaced by HTML from CodeHighlighter; raw HTML written in the Markdown is shown escaped,
/// never passed through, so a note can never inject markup or scripts into the view. Obsidian callouts and wiki links
/// are supported (see ObsidianSyntax); headings get ids so that links can point at them.
class MarkdownRenderer final
{
public:
    explicit MarkdownRenderer(CodeHighlighter &highlighter);

    /// How wiki links find their target's title; without it every wiki link renders as broken.
    void setNoteTitles(ObsidianSyntax::NoteTitle noteTitle) { m_noteTitle = std::move(noteTitle); }

    /// `utf8` may contain invalid UTF-8: such bytes become U+FFFD instead of failing.
    QString toHtml(const QByteArray &utf8);
    QString toHtml(const QString &markdown) { return toHtml(markdown.toUtf8()); }

    /// The HTML for one code block, as used inside notes: `<pre class="code" data-lang="…"><code>…</code></pre>`.
    QString codeBlockHtml(const QString &code, const QString &language);

private:
    CodeHighlighter &m_highlighter;
    ObsidianSyntax::NoteTitle m_noteTitle;
};

} // namespace pmg
