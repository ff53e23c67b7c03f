// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "routinespage.h"

#include "garden/garden.h"
#include "messagebanner.h"
#include "routinechecklistbox.h"
#include "routinehistoryview.h"
#include "routines/routineservice.h"
#include "routinetext.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pmg {

RoutinesPage::RoutinesPage(Garden &garden, QWidget *parent)
    : QWidget(parent)
    , m_garden(garden)
{
    auto *layout = new QVBoxLayout(this);
    m_banner = new MessageBanner(this);
    m_banner->hide();
    layout->addWidget(m_banner);
    auto *heading = new QLabel(u"<h2>"_s + tr("Routines").toHtmlEscaped() + u"</h2><p>"_s
                                   + tr("The rhythms of the plan: tick what you did in this period. Some items tick "
                                        "themselves from what the app records; you can always untick them. Past "
                                        "periods are kept as they were.")
                                         .toHtmlEscaped()
                                   + u"</p>"_s,
                               this);
    heading->setWordWrap(true);
    layout->addWidget(heading);

    auto *columns = new QHBoxLayout;
    layout->addLayout(columns, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_listWidget = new QWidget(scroll);
    m_list = new QVBoxLayout(m_listWidget);
    m_empty = new QLabel(tr("The curriculum has no checklists."), m_listWidget);
    m_list->addWidget(m_empty);
    m_list->addStretch();
    scroll->setWidget(m_listWidget);
    columns->addWidget(scroll, 3);

    auto *side = new QVBoxLayout;
    m_history = new RoutineHistoryView(garden, this);
    m_reminder = new QCheckBox(tr("Remind me at launch when this month's ritual is not done in its last week"), this);
    m_reminder->setChecked(garden.routines().ritualReminderEnabled());
    connect(m_reminder, &QCheckBox::clicked, this, &RoutinesPage::setReminder);
    RoutineText::keepCheckFramesVisible(m_reminder, palette());
    side->addWidget(m_history, 1);
    side->addWidget(m_reminder);
    columns->addLayout(side, 2);

    // Queued: a change may come from a check box's own click, whose row must outlive its signal.
    connect(&garden.routines(), &RoutineService::changed, this, [this] {
        if (m_refreshQueued)
            return;
        m_refreshQueued = true;
        QTimer::singleShot(0, this, [this] {
            m_refreshQueued = false;
            refresh();
        });
    });
    connect(&garden, &Garden::curriculumChanged, this, &RoutinesPage::rebuild);
    if (garden.isReadOnly())
        m_banner->showMessage(
            MessageBanner::Kind::Information,
            tr("This profile is read-only (%1): ticks and notes cannot be saved.").arg(garden.readOnlyReason()));
    m_banner->setVisible(garden.isReadOnly());
    rebuild();
}

RoutinesPage::~RoutinesPage() = default;

void RoutinesPage::rebuild()
{
    qDeleteAll(m_boxes);
    m_boxes.clear();
    const QList<Checklist> routines = m_garden.routines().routines();
    m_empty->setVisible(routines.isEmpty());
    for (const Checklist &routine : routines) {
        auto *box = new RoutineChecklistBox(m_garden, routine.id, m_listWidget);
        connect(box, &RoutineChecklistBox::openNoteRequested, this, &RoutinesPage::openNoteRequested);
        connect(box, &RoutineChecklistBox::editNoteRequested, this, &RoutinesPage::editNoteRequested);
        connect(box, &RoutineChecklistBox::failed, this, &RoutinesPage::showProblem);
        m_list->insertWidget(m_list->count() - 1, box); // above the stretch
        m_boxes.append(box);
    }
    refresh();
}

void RoutinesPage::refresh()
{
    RoutineService &routines = m_garden.routines();
    for (RoutineChecklistBox *box : std::as_const(m_boxes)) {
        const RoutinePeriod period = routines.current(box->routineId());
        if (period.routineId.isEmpty())
            continue; // gone with a curriculum change; rebuild() follows
        box->showPeriod(period, routines.stats(box->routineId()));
    }
    m_history->refresh();
    m_reminder->setChecked(routines.ritualReminderEnabled());
    m_reminder->setEnabled(!m_garden.isReadOnly());
}

RoutineChecklistBox *RoutinesPage::checklist(const QString &routineId) const
{
    for (RoutineChecklistBox *box : m_boxes) {
        if (box->routineId() == routineId)
            return box;
    }
    return nullptr;
}

void RoutinesPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh(); // the day may have turned, or a note been read, since the page was last shown
}

void RoutinesPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        RoutineText::keepCheckFramesVisible(m_reminder, palette());
}

void RoutinesPage::showProblem(const QString &message)
{
    m_banner->showMessage(MessageBanner::Kind::Error, message);
    m_banner->show();
    refresh(); // e.g. the period ended while the page was open: show the new one
}

void RoutinesPage::setReminder(bool on)
{
    if (!m_garden.routines().setRitualReminderEnabled(on)) {
        m_reminder->setChecked(!on);
        showProblem(m_garden.routines().lastError());
    }
}

} // namespace pmg
