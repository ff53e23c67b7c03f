// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "markdown/obsidiansyntax.h"
#include "markdown/renderednote.h"

#include <QByteArray>
#include <QString>

namespace pmg {

class CodeHighlighter;

/// Markdown → HTML fragment with cmark-gfm (GFM tables, strikethrough, autolinks, task lists, footnotes).
/// Fenced code blocks are replaced by HTML from CodeHighlighter; raw HTML written in the Markdown is shown escaped,
/// never passed through, so a note can never inject markup or scripts into the view. Obsidian callouts and wiki links
/// are supported (see ObsidianSyntax), study items become blocks with hidden answers (see StudyItemBlocks); headings
/// get ids so that links can point at them, and every code block a copy button (a `garden:/copy/…` link the app
/// handles).
class MarkdownRenderer final
{
public:
    explicit MarkdownRenderer(CodeHighlighter &highlighter);

    /// How wiki links find their target's title; without it every wiki link renders as broken.
    void setNoteTitles(ObsidianSyntax::NoteTitle noteTitle) { m_noteTitle = std::move(noteTitle); }

    /// The id of the note being rendered, for the `garden:/copy/<id>/<n>` links of the code blocks' copy buttons.
    void setNoteId(const QString &noteId);

    /// The body HTML (`html`), the source of each code block and the headings. `utf8` may contain invalid UTF-8:
    /// such bytes become U+FFFD instead of failing.
    RenderedNote render(const QByteArray &utf8);
    RenderedNote render(const QString &markdown) { return render(markdown.toUtf8()); }

    /// Just the body HTML of render().
    QString toHtml(const QByteArray &utf8) { return render(utf8).html; }
    QString toHtml(const QString &markdown) { return toHtml(markdown.toUtf8()); }

private:
    CodeHighlighter &m_highlighter;
    ObsidianSyntax::NoteTitle m_noteTitle;
    QString m_copyHrefPrefix; ///< `garden:/copy/<note id>/`, escaped
};

} // namespace pmg
