// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QStandardItemModel>

namespace pmg {

class Curriculum;

/// The curriculum as a tree for the sidebar: the five part notes at the top, each note under the note whose section
/// number is its prefix (2.1.1 under 2.1 under 2), in curriculum order, with a reading-progress mark per note.
class CurriculumTreeModel final : public QStandardItemModel
{
    Q_OBJECT

public:
    enum Role { NoteIdRole = Qt::UserRole + 1, ProgressRole };
    enum class Progress { Unread, Opened, Read };

    explicit CurriculumTreeModel(QObject *parent = nullptr);

    void rebuild(const Curriculum &curriculum, const QHash<QString, Progress> &progress);
    void setProgress(const QString &noteId, Progress progress);
    Progress progress(const QString &noteId) const;
    QModelIndex indexOf(const QString &noteId) const;

private:
    void decorate(QStandardItem *item, Progress progress) const;
    bool anyStartedBelow(const QStandardItem *item) const;

    QHash<QString, QStandardItem *> m_items;
    QIcon m_unread, m_opened, m_read;
};

} // namespace pmg
