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

/// Renders curriculum notes to complete HTML pages (title, breadcrumbs, body) and provides the code-colour stylesheet.
/// Owns the KSyntaxHighlighting repository, which is expensive to create: keep one per thread.
class NoteRenderer final
{
public:
    explicit NoteRenderer(const Curriculum &curriculum);

    QString page(const Note &note, NotePage::Theme theme);
    QString highlightCss();

    MarkdownRenderer &markdown() { return m_markdown; }

private:
    QString breadcrumbs(const Note &note) const;

    const Curriculum &m_curriculum;
    CodeHighlighter m_highlighter;
    MarkdownRenderer m_markdown;
    QString m_highlightCss;
};

} // namespace pmg
