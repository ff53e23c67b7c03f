// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "routinechecklistbox.h"

#include "garden/garden.h"
#include "ritualtools.h"
#include "routines/ritualaction.h"
#include "routines/routineservice.h"
#include "routinetext.h"

#include <QCheckBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMouseEvent>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pmg {

namespace {

const char stateKindProperty[] = "pmgStateKind";

} // namespace

RoutineChecklistBox::RoutineChecklistBox(Garden &garden, const QString &routineId, QWidget *parent)
    : QGroupBox(parent)
    , m_garden(garden)
    , m_routineId(routineId)
{
    auto *layout = new QVBoxLayout(this);
    auto *header = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_readPlan = new QToolButton(this);
    m_readPlan->setText(tr("Read the plan"));
    m_readPlan->setAutoRaise(true);
    connect(m_readPlan, &QToolButton::clicked, this,
            [this] { Q_EMIT openNoteRequested(m_period.noteId, m_period.routineId); });
    header->addWidget(m_summary, 1);
    header->addWidget(m_readPlan, 0, Qt::AlignTop);
    layout->addLayout(header);
    m_rowsWidget = new QWidget(this);
    layout->addWidget(m_rowsWidget);
    if (const RitualAction action = ritualActionOf(routineId); action != RitualAction::None) {
        m_tools = new RitualTools(garden, action, this);
        connect(m_tools, &RitualTools::openNoteRequested, this, &RoutineChecklistBox::openNoteRequested);
        connect(m_tools, &RitualTools::editNoteRequested, this, &RoutineChecklistBox::editNoteRequested);
        connect(m_tools, &RitualTools::failed, this, &RoutineChecklistBox::failed);
        layout->addWidget(m_tools);
    }
}

void RoutineChecklistBox::showPeriod(const RoutinePeriod &period, const RoutineStats &stats)
{
    bool sameItems = period.items.size() == m_rows.size();
    for (qsizetype i = 0; sameItems && i < m_rows.size(); ++i)
        sameItems = m_rows.at(i).itemId == period.items.at(i).id;
    m_period = period;
    setTitle(period.title);
    if (!sameItems)
        buildRows(period);
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        updateRow(m_rows.at(i), period.items.at(i));
    updateSummary(stats);
    if (m_tools)
        m_tools->refresh();
    applyColours();
}

void RoutineChecklistBox::buildRows(const RoutinePeriod &period)
{
    // A fresh widget for the rows: the old one (and the check box that may have been clicked) goes after this event.
    m_rows.clear();
    QWidget *old = m_rowsWidget;
    m_rowsWidget = new QWidget(this);
    delete layout()->replaceWidget(old, m_rowsWidget); // the old item is ours to delete
    old->hide();
    old->deleteLater();
    m_grid = new QGridLayout(m_rowsWidget);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setColumnStretch(1, 1);
    int line = 0;
    for (const RoutineItem &item : period.items) {
        Row row;
        row.itemId = item.id;
        const QString text = RoutineText::plain(item.text);
        row.box = new QCheckBox(m_rowsWidget);
        row.box->setAccessibleName(text);
        row.text = new QLabel(text, m_rowsWidget);
        row.text->setWordWrap(true);
        row.text->installEventFilter(this); // a click on the text ticks, as on a check box's own label
        row.note = new QLineEdit(m_rowsWidget);
        row.note->setPlaceholderText(tr("Note"));
        row.note->setMaxLength(RoutineService::maxNoteLength);
        row.note->setAccessibleName(tr("Note on “%1”").arg(text));
        row.note->setMinimumWidth(180);
        row.note->setMaximumWidth(280);
        row.read = new QToolButton(m_rowsWidget);
        row.read->setText(u"↗"_s);
        row.read->setAutoRaise(true);
        row.read->setToolTip(tr("Read this item in its note"));
        row.state = new QLabel(m_rowsWidget);
        row.state->setWordWrap(true);
        QFont small = row.state->font();
        small.setPointSizeF(small.pointSizeF() * 0.9);
        row.state->setFont(small);
        m_grid->addWidget(row.box, line, 0, Qt::AlignTop);
        m_grid->addWidget(row.text, line, 1);
        m_grid->addWidget(row.note, line, 2, Qt::AlignTop);
        m_grid->addWidget(row.read, line, 3, Qt::AlignTop);
        m_grid->addWidget(row.state, line + 1, 1, 1, 3);
        line += 2;
        const QString id = item.id;
        connect(row.box, &QCheckBox::clicked, this, [this, id](bool checked) { toggle(id, checked); });
        connect(row.note, &QLineEdit::editingFinished, this, [this, id] { storeNote(id); });
        connect(row.read, &QToolButton::clicked, this,
                [this, anchor = item.anchor()] { Q_EMIT openNoteRequested(m_period.noteId, anchor); });
        m_rows.append(row);
    }
}

void RoutineChecklistBox::updateRow(const Row &row, const RoutineItem &item)
{
    const bool editable = !m_garden.isReadOnly() && m_period.isCurrent;
    row.box->setChecked(item.isTicked());
    row.box->setEnabled(editable);
    row.box->setToolTip(item.tickedAt
                            ? tr("Ticked %1")
                                  .arg(QLocale().toString(item.tickedAt->toTimeZone(m_garden.clock().boundary().zone()),
                                                          QLocale::ShortFormat))
                            : QString());
    if (!row.note->hasFocus())
        row.note->setText(item.note);
    row.note->setReadOnly(!editable);
    const QString state = RoutineText::stateLine(item, m_period.cadence());
    row.state->setText(state);
    row.state->setVisible(!state.isEmpty());
    row.state->setProperty(stateKindProperty, item.state == TickState::Overdue ? u"overdue"_s
                                              : item.state == TickState::Auto  ? u"auto"_s
                                                                               : u"muted"_s);
}

void RoutineChecklistBox::updateSummary(const RoutineStats &stats)
{
    const Period &period = m_period.period;
    QStringList parts{u"<b>"_s + RoutineText::periodName(period).toHtmlEscaped() + u"</b>"_s,
                      RoutineText::timeLeft(period, m_garden.clock().today()),
                      tr("%1 of %2 done").arg(m_period.ticked()).arg(m_period.total())};
    if (stats.streak > 0)
        parts.append(tr("streak: %1").arg(RoutineText::periods(period.cadence, stats.streak)));
    if (stats.tracked > 0)
        parts.append(tr("%1 of the last %2 completed")
                         .arg(stats.completed)
                         .arg(RoutineText::periods(period.cadence, stats.tracked)));
    m_summary->setText(parts.join(u" · "_s));
}

void RoutineChecklistBox::applyColours()
{
    if (m_applyingColours)
        return;
    m_applyingColours = true;
    const RoutineText::Colours colours = RoutineText::colours(palette());
    for (const Row &row : std::as_const(m_rows)) {
        const QString kind = row.state->property(stateKindProperty).toString();
        QPalette p = palette();
        p.setColor(QPalette::WindowText, kind == u"overdue" ? colours.overdue
                                         : kind == u"auto"  ? colours.automatic
                                                            : colours.muted);
        row.state->setPalette(p);
        RoutineText::keepCheckFramesVisible(row.box, palette());
    }
    m_applyingColours = false;
}

void RoutineChecklistBox::changeEvent(QEvent *event)
{
    QGroupBox::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyColours();
}

bool RoutineChecklistBox::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonRelease && static_cast<QMouseEvent *>(event)->button() == Qt::LeftButton) {
        for (const Row &row : std::as_const(m_rows)) {
            if (row.text == watched && row.box->isEnabled()) {
                row.box->click();
                return true;
            }
        }
    }
    return QGroupBox::eventFilter(watched, event);
}

const RoutineChecklistBox::Row *RoutineChecklistBox::row(const QString &itemId) const
{
    for (const Row &row : m_rows) {
        if (row.itemId == itemId)
            return &row;
    }
    return nullptr;
}

QCheckBox *RoutineChecklistBox::checkBox(const QString &itemId) const
{
    const Row *r = row(itemId);
    return r ? r->box : nullptr;
}

QLineEdit *RoutineChecklistBox::noteEdit(const QString &itemId) const
{
    const Row *r = row(itemId);
    return r ? r->note : nullptr;
}

QLabel *RoutineChecklistBox::stateLabel(const QString &itemId) const
{
    const Row *r = row(itemId);
    return r ? r->state : nullptr;
}

QToolButton *RoutineChecklistBox::readButton(const QString &itemId) const
{
    const Row *r = row(itemId);
    return r ? r->read : nullptr;
}

void RoutineChecklistBox::toggle(const QString &itemId, bool checked)
{
    RoutineService &routines = m_garden.routines();
    const RoutineService::ItemRef item{m_routineId, itemId};
    const bool stored = checked ? routines.tick(item, m_period.period.key) : routines.untick(item, m_period.period.key);
    if (stored)
        return; // RoutineService::changed() brings the new state
    if (const Row *r = row(itemId))
        r->box->setChecked(!checked);
    Q_EMIT failed(routines.lastError());
}

void RoutineChecklistBox::storeNote(const QString &itemId)
{
    const Row *r = row(itemId);
    const RoutineItem *item = m_period.item(itemId);
    if (!r || !item || r->note->isReadOnly() || r->note->text().simplified() == item->note)
        return;
    RoutineService &routines = m_garden.routines();
    // The typed text stays in the field when it could not be stored, so nothing is lost.
    if (!routines.setNote({m_routineId, itemId}, m_period.period.key, r->note->text()))
        Q_EMIT failed(routines.lastError());
}

} // namespace pmg
