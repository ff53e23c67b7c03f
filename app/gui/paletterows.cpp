// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "paletterows.h"

#include "curriculum/curriculum.h"

#include <QCoreApplication>
#include <QSet>
#include <QTextDocumentFragment>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pmg {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pmg::CommandPalette", text);
}

QString kindName(SearchHit::Kind kind)
{
    switch (kind) {
    case SearchHit::Kind::Note:
        return tr("Section");
    case SearchHit::Kind::Flashcard:
        return tr("Flashcard");
    case SearchHit::Kind::Question:
        return tr("Quiz");
    case SearchHit::Kind::Challenge:
        return tr("Challenge");
    }
    return {};
}

PaletteRow noteRow(const Note &note, const QString &kind)
{
    PaletteRow row;
    row.title = note.title;
    row.kind = kind;
    row.context = note.section;
    row.noteId = note.id;
    return row;
}

} // namespace

QString PaletteRow::accessibleText() const
{
    QString text = title + u" — "_s + kind;
    if (!context.isEmpty())
        text += u", "_s + context;
    if (!snippetHtml.isEmpty())
        text += u": "_s + QTextDocumentFragment::fromHtml(snippetHtml).toPlainText();
    return text;
}

QList<PaletteRow> PaletteRows::forNotes(const QList<const Note *> &notes)
{
    QList<PaletteRow> rows;
    for (const Note *note : notes)
        rows.append(noteRow(*note, tr("Note")));
    return rows;
}

QList<PaletteRow> PaletteRows::forHits(const QList<SearchHit> &hits)
{
    QList<PaletteRow> rows;
    QSet<QString> seen;
    for (const SearchHit &hit : hits) {
        PaletteRow row;
        const bool intro = hit.kind == SearchHit::Kind::Note && hit.title == hit.noteTitle;
        row.title = hit.title;
        row.kind = intro ? tr("Note") : kindName(hit.kind);
        row.context = intro ? QString() : hit.noteTitle;
        row.snippetHtml = hit.snippetHtml;
        row.noteId = hit.noteId;
        row.anchor = hit.anchor;
        row.highlight = hit.firstMatch;
        // Rows that would read the same apart from their note: the best ranked one stands for them.
        const QString key = row.kind + u'\x1f' + row.title + u'\x1f' + row.snippetHtml;
        if (seen.contains(key))
            continue;
        seen.insert(key);
        rows.append(row);
    }
    return rows;
}

QList<PaletteRow> PaletteRows::combine(const QList<PaletteRow> &noteRows, const QList<PaletteRow> &hitRows)
{
    QSet<QString> listed;
    for (const PaletteRow &row : noteRows)
        listed.insert(row.noteId);
    QList<PaletteRow> rows = noteRows;
    for (const PaletteRow &row : hitRows) {
        if (row.anchor.isEmpty() && row.context.isEmpty() && listed.contains(row.noteId))
            continue; // the note's opening text: the note's own row already leads there
        rows.append(row);
    }
    return rows;
}

QList<PaletteRow> PaletteRows::recent(const Curriculum &curriculum, const QHash<QString, NoteProgress> &progress,
                                      int limit)
{
    QList<NoteProgress> opened = progress.values();
    std::sort(opened.begin(), opened.end(),
              [](const NoteProgress &a, const NoteProgress &b) { return a.lastOpened > b.lastOpened; });
    QList<PaletteRow> rows;
    for (const NoteProgress &p : std::as_const(opened)) {
        if (rows.size() >= limit)
            break;
        if (const Note *note = curriculum.note(p.noteId))
            rows.append(noteRow(*note, tr("Recent")));
    }
    if (rows.isEmpty()) {
        for (qsizetype i = 0; i < std::min<qsizetype>(limit, curriculum.notes.size()); ++i)
            rows.append(noteRow(curriculum.notes.at(i), tr("Start here")));
    }
    return rows;
}

} // namespace pmg
