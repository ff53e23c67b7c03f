// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "routinehistoryview.h"

#include "garden/garden.h"
#include "routines/routineservice.h"
#include "routinetext.h"

#include <QCalendarWidget>
#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QTextCharFormat>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pmg {

namespace {

QString swatch(const QColor &colour, const QString &label)
{
    return u"<span style=\"background-color:%1\">&nbsp;&nbsp;&nbsp;&nbsp;</span>&nbsp;%2"_s.arg(colour.name(),
                                                                                                label.toHtmlEscaped());
}

} // namespace

RoutineHistoryView::RoutineHistoryView(Garden &garden, QWidget *parent)
    : QWidget(parent)
    , m_garden(garden)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *heading = new QLabel(u"<b>"_s + tr("History").toHtmlEscaped() + u"</b>"_s, this);
    m_picker = new QComboBox(this);
    m_picker->setAccessibleName(tr("Routine"));
    m_calendar = new QCalendarWidget(this);
    m_calendar->setFirstDayOfWeek(Qt::Monday); // ISO weeks: a weekly routine's period is one row
    m_calendar->setVerticalHeaderFormat(QCalendarWidget::ISOWeekNumbers);
    m_calendar->setGridVisible(true);
    m_legend = new QLabel(this);
    m_legend->setTextFormat(Qt::RichText);
    m_legend->setWordWrap(true);
    m_detailsTitle = new QLabel(this);
    m_detailsTitle->setWordWrap(true);
    m_details = new QListWidget(this);
    m_details->setSelectionMode(QAbstractItemView::NoSelection);
    m_details->setWordWrap(true);
    layout->addWidget(heading);
    layout->addWidget(m_picker);
    layout->addWidget(m_calendar);
    layout->addWidget(m_legend);
    layout->addWidget(m_detailsTitle);
    layout->addWidget(m_details, 1);

    connect(m_picker, &QComboBox::currentIndexChanged, this, [this] {
        colourMonth();
        showDetails(m_calendar->selectedDate());
    });
    connect(m_calendar, &QCalendarWidget::currentPageChanged, this, &RoutineHistoryView::colourMonth);
    connect(m_calendar, &QCalendarWidget::selectionChanged, this, [this] { showDetails(m_calendar->selectedDate()); });
    // The garden's day, not the wall clock's.
    m_calendar->setSelectedDate(m_garden.clock().today());
    refresh();
}

QString RoutineHistoryView::routineId() const
{
    return m_picker->currentData().toString();
}

void RoutineHistoryView::setRoutine(const QString &routineId)
{
    const int index = m_picker->findData(routineId);
    if (index >= 0)
        m_picker->setCurrentIndex(index);
}

void RoutineHistoryView::refresh()
{
    const QDate today = m_garden.clock().today();
    m_calendar->setMaximumDate(today);
    fillRoutines();
    colourMonth();
    showDetails(m_calendar->selectedDate());
}

void RoutineHistoryView::fillRoutines()
{
    const QString chosen = routineId();
    const QSignalBlocker blocker(m_picker);
    m_picker->clear();
    for (const Checklist &routine : m_garden.routines().routines())
        m_picker->addItem(u"%1 (%2)"_s.arg(routine.title, cadenceName(routine.cadence)), routine.id);
    const int index = m_picker->findData(chosen);
    m_picker->setCurrentIndex(index >= 0 ? index : 0);
}

void RoutineHistoryView::colourMonth()
{
    if (m_colouring)
        return;
    m_colouring = true;
    const RoutineText::Colours colours = RoutineText::colours(palette());
    m_legend->setText(QStringList{swatch(colours.complete, tr("all done")), swatch(colours.partial, tr("partly")),
                                  swatch(colours.missed, tr("nothing ticked"))}
                          .join(u"&nbsp;&nbsp; "_s));
    m_calendar->setDateTextFormat(QDate(), QTextCharFormat()); // clears every day's format
    // The six weeks a month page can show.
    const QDate first(m_calendar->yearShown(), m_calendar->monthShown(), 1);
    const QDate from = first.addDays(-7);
    const QDate to = first.addDays(42);
    for (const PeriodSummary &summary : m_garden.routines().history(routineId(), from, to)) {
        if (!summary.isTracked || (summary.isCurrent && summary.ticked == 0))
            continue;
        QTextCharFormat format;
        format.setBackground(summary.isComplete() ? colours.complete
                             : summary.ticked > 0 ? colours.partial
                                                  : colours.missed);
        format.setForeground(palette().color(QPalette::Text));
        format.setFontUnderline(summary.isCurrent); // still under way
        for (QDate day = std::max(summary.period.first, from); day <= summary.period.last && day <= to;
             day = day.addDays(1))
            m_calendar->setDateTextFormat(day, format);
    }
    m_colouring = false;
}

void RoutineHistoryView::showDetails(QDate day)
{
    m_details->clear();
    const Checklist *routine = m_garden.routines().routine(routineId());
    if (!routine || !day.isValid()) {
        m_detailsTitle->clear();
        return;
    }
    const RoutinePeriod period = m_garden.routines().inPeriod(routine->id, Period::containing(routine->cadence, day));
    if (!period.isTracked) {
        m_detailsTitle->setText(tr("%1: before your routines began").arg(RoutineText::periodName(period.period)));
        return;
    }
    m_detailsTitle->setText(
        tr("%1: %2 of %3 done").arg(RoutineText::periodName(period.period)).arg(period.ticked()).arg(period.total()));
    for (const RoutineItem &item : period.items) {
        QString text = (item.isTicked() ? u"✓ "_s : u"○ "_s) + RoutineText::plain(item.text);
        if (item.state == TickState::Auto)
            text += tr(" (automatic)");
        if (!item.note.isEmpty())
            text += u"\n    "_s + item.note;
        auto *row = new QListWidgetItem(text, m_details);
        row->setFlags(Qt::ItemIsEnabled);
    }
}

void RoutineHistoryView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        colourMonth();
}

} // namespace pmg
