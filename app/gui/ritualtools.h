// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "routines/ritualaction.h"

#include <QWidget>

class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace pmg {

class Garden;

/// Under a monthly ritual group that means editing the curriculum: "Notes to re-check" (the notes whose facts_as_of
/// is old, each opened in the editor), "Edit the templates note", or "Archive notes…" (every note with a check box:
/// archived notes are hidden from the default tree and stay searchable). The window opens the editor when asked.
class RitualTools final : public QWidget
{
    Q_OBJECT

public:
    RitualTools(Garden &garden, RitualAction action, QWidget *parent = nullptr);

    /// Recounts the stale notes, re-reads the archive flags.
    void refresh();

    QPushButton *button() const { return m_button; }
    /// The stale notes (RecheckNotes) or every note with its archive check box (ArchiveNotes); hidden until the button
    /// is pressed.
    QListWidget *list() const { return m_list; }
    QLineEdit *filter() const { return m_filter; }

Q_SIGNALS:
    void openNoteRequested(const QString &noteId, const QString &anchor);
    void editNoteRequested(const QString &noteId);
    void failed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillStaleNotes();
    void fillArchive();
    void archiveChanged(QListWidgetItem *item);
    void applyFilter();

    Garden &m_garden;
    RitualAction m_action;
    QPushButton *m_button = nullptr;
    QLineEdit *m_filter = nullptr;
    QListWidget *m_list = nullptr;
    bool m_filling = false;
};

} // namespace pmg
