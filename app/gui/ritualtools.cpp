// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ritualtools.h"

#include "garden/garden.h"
#include "routines/routineservice.h"
#include "routinetext.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pmg {

namespace {

constexpr int NoteIdRole = Qt::UserRole;

} // namespace

RitualTools::RitualTools(Garden &garden, RitualAction action, QWidget *parent)
    : QWidget(parent)
    , m_garden(garden)
    , m_action(action)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    m_button = new QPushButton(this);
    row->addWidget(m_button);
    row->addStretch();
    layout->addLayout(row);
    if (action == RitualAction::EditTemplates) {
        m_button->setText(tr("Edit the templates note"));
        m_button->setToolTip(tr("Open the templates (3.3) in the editor"));
        connect(m_button, &QPushButton::clicked, this, [this] { Q_EMIT editNoteRequested(templatesNoteId()); });
        return;
    }
    m_button->setCheckable(true);
    if (action == RitualAction::ArchiveNotes) {
        m_filter = new QLineEdit(this);
        m_filter->setPlaceholderText(tr("Filter notes"));
        m_filter->setClearButtonEnabled(true);
        m_filter->setVisible(false);
        connect(m_filter, &QLineEdit::textChanged, this, &RitualTools::applyFilter);
        layout->addWidget(m_filter);
    }
    m_list = new QListWidget(this);
    m_list->setVisible(false);
    m_list->setMaximumHeight(220);
    // Long titles are elided at their end (the date comes first), not scrolled sideways.
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setTextElideMode(Qt::ElideRight);
    layout->addWidget(m_list);
    connect(m_button, &QPushButton::toggled, this, [this](bool open) {
        m_list->setVisible(open);
        if (m_filter)
            m_filter->setVisible(open);
    });
    // Enter or a double click: a stale note opens in the editor, an archived one to be read.
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QString noteId = item->data(NoteIdRole).toString();
        if (m_action == RitualAction::RecheckNotes)
            Q_EMIT editNoteRequested(noteId);
        else
            Q_EMIT openNoteRequested(noteId, QString());
    });
    connect(m_list, &QListWidget::itemChanged, this, &RitualTools::archiveChanged);
    RoutineText::keepCheckFramesVisible(m_list, palette());
    refresh();
}

void RitualTools::refresh()
{
    if (m_action == RitualAction::RecheckNotes)
        fillStaleNotes();
    else if (m_action == RitualAction::ArchiveNotes)
        fillArchive();
}

void RitualTools::fillStaleNotes()
{
    const QList<StaleNote> stale = m_garden.routines().notesToRecheck();
    m_button->setText(tr("Notes to re-check (%1)").arg(stale.size()));
    m_button->setToolTip(tr("Notes whose facts were last checked more than %1 days ago; Enter opens one in the editor")
                             .arg(StaleNote::maxAgeDays));
    m_list->clear();
    for (const StaleNote &note : stale) {
        auto *item = new QListWidgetItem(tr("facts as of %1 (%n day(s) ago) · %2", nullptr, int(note.daysOld))
                                             .arg(QLocale().toString(note.factsAsOf, QLocale::ShortFormat), note.title),
                                         m_list);
        item->setData(NoteIdRole, note.noteId);
    }
}

void RitualTools::fillArchive()
{
    const QSet<QString> archived = m_garden.routines().archivedNotes();
    m_button->setText(tr("Archive notes… (%1 archived)").arg(archived.size()));
    m_button->setToolTip(tr("Archived notes are hidden from the tree and can still be found by search"));
    const QList<Note> &notes = m_garden.curriculum().notes;
    // The same notes as shown: only the check boxes change, so the list keeps its place and selection.
    bool same = m_list->count() == notes.size();
    for (int i = 0; same && i < m_list->count(); ++i)
        same = m_list->item(i)->data(NoteIdRole).toString() == notes.at(i).id;
    m_filling = true;
    if (!same) {
        m_list->clear();
        for (const Note &note : notes) {
            auto *item = new QListWidgetItem(note.section + u"  "_s + note.title, m_list);
            item->setData(NoteIdRole, note.id);
            item->setFlags(m_garden.isReadOnly() ? Qt::ItemIsSelectable
                                                 : Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        }
    }
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        item->setCheckState(archived.contains(item->data(NoteIdRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
    m_filling = false;
    applyFilter();
}

void RitualTools::archiveChanged(QListWidgetItem *item)
{
    if (m_filling || m_action != RitualAction::ArchiveNotes)
        return;
    RoutineService &routines = m_garden.routines();
    const QString noteId = item->data(NoteIdRole).toString();
    const bool archive = item->checkState() == Qt::Checked;
    if (!routines.setArchived(noteId, archive)) {
        m_filling = true;
        item->setCheckState(archive ? Qt::Unchecked : Qt::Checked);
        m_filling = false;
        Q_EMIT failed(routines.lastError());
        return;
    }
    m_button->setText(tr("Archive notes… (%1 archived)").arg(routines.archivedNotes().size()));
}

void RitualTools::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_list)
        RoutineText::keepCheckFramesVisible(m_list, palette());
}

void RitualTools::applyFilter()
{
    if (!m_filter)
        return;
    const QString text = m_filter->text().trimmed();
    for (int i = 0; i < m_list->count(); ++i)
        m_list->item(i)->setHidden(!text.isEmpty() && !m_list->item(i)->text().contains(text, Qt::CaseInsensitive));
}

} // namespace pmg
