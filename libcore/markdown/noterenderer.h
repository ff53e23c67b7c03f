// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "highlight/codehighlighter.h"
#include "markdown/markdownrenderer.h"
#include "markdown/notepage.h"

#include <QString>

namespace pmg {

class Curriculum;
struct Note;

/// Renders curriculum notes to complete HTML pages (title, breadcrumbs, table of contents, body) and provides the
/// code-colour stylesheet.
/// Owns the KSyntaxHighlighting repository, which is expensive to create: keep one per thread.
class NoteRenderer final
{
public:
    explicit NoteRenderer(const Curriculum &curriculum);

    /// The complete page (breadcrumbs, title, table of contents for long notes, body), with the code blocks' sources
    /// for the copy buttons and the headings.
    RenderedNote render(const Note &note, NotePage::Theme theme);
    /// Just the page HTML of render().
    QString page(const Note &note, NotePage::Theme theme) { return render(note, theme).html; }
    QString highlightCss();

    MarkdownRenderer &markdown() { return m_markdown; }
    /// The syntax-definition repository, for other highlighting on this thread (the note editor's).
    KSyntaxHighlighting::Repository &repository() { return m_highlighter.repository(); }

private:
    QString breadcrumbs(const Note &note) const;

    const Curriculum &m_curriculum;
    CodeHighlighter m_highlighter;
    MarkdownRenderer m_markdown;
    QString m_highlightCss;
};

} // namespace pmg
