// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "curriculumtreemodel.h"

#include "curriculum/curriculum.h"

#include <QPainter>
#include <QPixmap>

namespace pmg {

namespace {

// Drawn rather than shipped as image files: three tiny marks in the garden's green. On the selected row (the
// highlight colour behind it) the mark is white with a green tick, or the green would sink into the blue.
QPixmap progressPixmap(CurriculumTreeModel::Progress progress, bool selected)
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor green(0x2f, 0x9e, 0x6e); // readable on light and dark
    const QColor accent = selected ? QColor(Qt::white) : green;
    const QRectF circle(7, 7, 18, 18);
    const QColor ring = progress != CurriculumTreeModel::Progress::Unread ? accent
                        : selected                                        ? QColor(Qt::white)
                                                                          : QColor(0x88, 0x88, 0x88);
    painter.setPen(QPen(ring, 2.5));
    painter.setBrush(Qt::NoBrush);
    painter.drawEllipse(circle);
    if (progress == CurriculumTreeModel::Progress::Opened) {
        painter.setBrush(accent);
        painter.setPen(Qt::NoPen);
        painter.drawPie(circle, 90 * 16, 180 * 16); // half full: started
    } else if (progress == CurriculumTreeModel::Progress::Read) {
        painter.setBrush(accent);
        painter.drawEllipse(circle);
        painter.setPen(QPen(selected ? green : QColor(Qt::white), 3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.drawPolyline(QPolygonF({QPointF(11, 16.5), QPointF(14.5, 20), QPointF(21, 12.5)}));
    }
    return pixmap;
}

QIcon progressIcon(CurriculumTreeModel::Progress progress)
{
    QIcon icon(progressPixmap(progress, false));
    icon.addPixmap(progressPixmap(progress, true), QIcon::Selected);
    return icon;
}

} // namespace

CurriculumTreeModel::CurriculumTreeModel(QObject *parent)
    : QStandardItemModel(parent)
    , m_unread(progressIcon(Progress::Unread))
    , m_opened(progressIcon(Progress::Opened))
    , m_read(progressIcon(Progress::Read))
{}

void CurriculumTreeModel::rebuild(const Curriculum &curriculum, const QHash<QString, Progress> &progress)
{
    clear();
    m_items.clear();
    QHash<QString, QStandardItem *> bySection;
    for (const Note &note : curriculum.notes) {
        const QString label = note.section + QLatin1String("  ") + note.title;
        auto *item = new QStandardItem(label);
        item->setEditable(false);
        item->setData(note.id, NoteIdRole);
        QString tip = note.title;
        if (note.userVersion) {
            QFont font = item->font();
            font.setItalic(true);
            item->setFont(font);
            tip += u'\n' + tr("Your edited version");
        }
        item->setToolTip(tip);
        decorate(item, progress.value(note.id, Progress::Unread));
        // The nearest existing ancestor section (a note may skip a level).
        QStandardItem *parent = nullptr;
        for (QString section = note.parentSection(); !section.isEmpty() && !parent;) {
            parent = bySection.value(section);
            const qsizetype dot = section.lastIndexOf(u'.');
            section = dot < 0 ? QString() : section.left(dot);
        }
        (parent ? parent : invisibleRootItem())->appendRow(item);
        bySection.insert(note.section, item);
        m_items.insert(note.id, item);
    }
    // Children come after their parents: roll their progress up once all are in.
    for (QStandardItem *item : std::as_const(m_items)) {
        if (item->hasChildren())
            decorate(item, this->progress(item->data(NoteIdRole).toString()));
    }
}

void CurriculumTreeModel::setProgress(const QString &noteId, Progress progress)
{
    QStandardItem *item = m_items.value(noteId);
    if (!item)
        return;
    decorate(item, progress);
    for (QStandardItem *parent = item->parent(); parent; parent = parent->parent())
        decorate(parent, this->progress(parent->data(NoteIdRole).toString()));
}

CurriculumTreeModel::Progress CurriculumTreeModel::progress(const QString &noteId) const
{
    const QStandardItem *item = m_items.value(noteId);
    return item ? static_cast<Progress>(item->data(ProgressRole).toInt()) : Progress::Unread;
}

QModelIndex CurriculumTreeModel::indexOf(const QString &noteId) const
{
    const QStandardItem *item = m_items.value(noteId);
    return item ? item->index() : QModelIndex();
}

bool CurriculumTreeModel::anyStartedBelow(const QStandardItem *item) const
{
    for (int row = 0; row < item->rowCount(); ++row) {
        const QStandardItem *child = item->child(row);
        if (static_cast<Progress>(child->data(ProgressRole).toInt()) != Progress::Unread || anyStartedBelow(child))
            return true;
    }
    return false;
}

void CurriculumTreeModel::decorate(QStandardItem *item, Progress progress) const
{
    item->setData(static_cast<int>(progress), ProgressRole);
    // A part or section whose notes were started is started too (its own mark would say ○ otherwise).
    const Progress shown = progress == Progress::Unread && anyStartedBelow(item) ? Progress::Opened : progress;
    item->setIcon(shown == Progress::Read ? m_read : shown == Progress::Opened ? m_opened : m_unread);
    const QString state = shown == Progress::Read     ? tr("read")
                          : shown == Progress::Opened ? tr("started")
                                                      : tr("not opened yet");
    item->setData(QString(item->text() + QLatin1String(", ") + state), Qt::AccessibleTextRole);
}

} // namespace pmg
