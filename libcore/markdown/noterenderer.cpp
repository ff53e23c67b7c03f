// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "noterenderer.h"

#include "curriculum/curriculum.h"
#include "highlight/highlightstylesheet.h"

using namespace Qt::StringLiterals;

namespace pmg {

NoteRenderer::NoteRenderer(const Curriculum &curriculum)
    : m_curriculum(curriculum)
    , m_markdown(m_highlighter)
{
    m_markdown.setNoteTitles([this](const QString &id) {
        const Note *note = m_curriculum.note(id);
        return note ? note->title : QString();
    });
}

QString NoteRenderer::breadcrumbs(const Note &note) const
{
    QStringList crumbs;
    for (QString section = note.parentSection(); !section.isEmpty();) {
        const auto it = std::find_if(m_curriculum.notes.cbegin(), m_curriculum.notes.cend(),
                                     [&](const Note &n) { return n.section == section; });
        if (it != m_curriculum.notes.cend())
            crumbs.prepend(QLatin1String("<a href=\"garden:/note/") + it->id + QLatin1String("\">")
                           + it->title.toHtmlEscaped() + QLatin1String("</a>"));
        const qsizetype dot = section.lastIndexOf(u'.');
        section = dot < 0 ? QString() : section.left(dot);
    }
    crumbs.append(u"§ "_s + note.section.toHtmlEscaped());
    return QLatin1String("<nav class=\"breadcrumbs\">") + crumbs.join(u" › "_s) + QLatin1String("</nav>\n");
}

RenderedNote NoteRenderer::render(const Note &note, NotePage::Theme theme)
{
    m_markdown.setNoteId(note.id);
    RenderedNote rendered = m_markdown.render(note.body);
    // The table of contents follows the title; the stylesheet turns it into a sticky column on wide windows.
    const QString header = breadcrumbs(note) + QLatin1String("<h1>") + note.title.toHtmlEscaped()
                           + QLatin1String("</h1>\n") + TableOfContents::html(rendered.toc);
    rendered.html = NotePage::document(
        note.title, QLatin1String("<div class=\"note-body\">\n") + rendered.html + QLatin1String("</div>\n"), theme,
        header);
    return rendered;
}

QString NoteRenderer::highlightCss()
{
    if (m_highlightCss.isEmpty())
        m_highlightCss = HighlightStylesheet::css(m_highlighter.repository());
    return m_highlightCss;
}

} // namespace pmg
