// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewstatspage.h"

#include "garden/garden.h"
#include "reviewheatmap.h"
#include "srs/reviewservice.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace pmg {

namespace {

QChartView *chartView(QWidget *parent, const QString &name)
{
    auto *chart = new QChart;
    chart->legend()->hide();
    chart->setObjectName(name);
    auto *view = new QChartView(chart, parent); // the view owns the chart
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(420, 280);
    return view;
}

/// Empties `chart` for new series and axes.
void clear(QChart *chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

/// A value axis from 0 with whole-number ticks (counts of cards are never fractional).
QValueAxis *countAxis(double maximum)
{
    auto *axis = new QValueAxis;
    axis->setRange(0, std::max(4.0, maximum));
    axis->applyNiceNumbers();
    axis->setLabelFormat(u"%d"_s);
    return axis;
}

QBarSeries *barSeries(QBarSet *set)
{
    auto *series = new QBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    return series;
}

} // namespace

ReviewStatsPage::ReviewStatsPage(Garden &garden, QWidget *parent)
    : QWidget(parent)
    , m_garden(garden)
{
    setObjectName(u"reviewStatsPage"_s);
    auto *content = new QWidget(this);
    m_forecast = chartView(content, u"forecast"_s);
    m_states = chartView(content, u"states"_s);
    m_retention = chartView(content, u"retention"_s);
    m_heatmapTitle = new QLabel(content);
    m_heatmapTitle->setObjectName(u"heatmapTitle"_s);
    m_heatmap = new ReviewHeatmap(content);
    auto *grid = new QGridLayout(content);
    grid->setContentsMargins(12, 12, 12, 12);
    grid->addWidget(m_forecast, 0, 0);
    grid->addWidget(m_states, 0, 1);
    grid->addWidget(m_retention, 1, 0, 1, 2);
    grid->addWidget(m_heatmapTitle, 2, 0, 1, 2);
    grid->addWidget(m_heatmap, 3, 0, 1, 2, Qt::AlignLeft);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);
    grid->setRowStretch(4, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

ReviewStatsPage::~ReviewStatsPage() = default;

QChart *ReviewStatsPage::forecastChart() const
{
    return m_forecast->chart();
}

QChart *ReviewStatsPage::retentionChart() const
{
    return m_retention->chart();
}

QChart *ReviewStatsPage::stateChart() const
{
    return m_states->chart();
}

void ReviewStatsPage::refresh()
{
    const QDate today = m_garden.clock().today();
    m_stats = m_garden.reviews().statistics(today.addDays(-364), today, 30);
    fillForecast();
    fillRetention();
    fillStates();
    fillHeatmap();
    applyTheme();
}

// Days on a value axis, not a category axis: categories must be unique labels, and 30 of them crowd the axis.
void ReviewStatsPage::fillForecast()
{
    QChart *chart = forecastChart();
    clear(chart);
    chart->setTitle(tr("Due in the next 30 days"));
    auto *set = new QBarSet(tr("Cards due"));
    int maximum = 0;
    for (const int due : std::as_const(m_stats.dueForecast)) {
        *set << due;
        maximum = std::max(maximum, due);
    }
    QBarSeries *series = barSeries(set);
    series->setBarWidth(0.8);
    chart->addSeries(series);
    auto *days = new QValueAxis;
    days->setRange(-0.5, std::max<qsizetype>(1, m_stats.dueForecast.size()) - 0.5);
    days->setTickType(QValueAxis::TicksDynamic);
    days->setTickAnchor(0);
    days->setTickInterval(5);
    days->setLabelFormat(u"%d"_s);
    days->setTitleText(tr("days from today (0 = today, overdue included)"));
    chart->addAxis(days, Qt::AlignBottom);
    series->attachAxis(days);
    QValueAxis *cards = countAxis(maximum * 1.2); // room for the labels above the bars
    cards->setTitleText(tr("cards"));
    chart->addAxis(cards, Qt::AlignLeft);
    series->attachAxis(cards);
}

void ReviewStatsPage::fillRetention()
{
    QChart *chart = retentionChart();
    clear(chart);
    auto *set = new QBarSet(tr("True retention"));
    QStringList months;
    const QLocale locale;
    for (const ReviewStatistics::Month &month : std::as_const(m_stats.retentionByMonth)) {
        if (month.reviews == 0)
            continue; // only cards in learning were answered that month: there is no retention to show
        *set << 100 * month.retention();
        const QDate first = QDate::fromString(month.month + u"-01"_s, Qt::ISODate);
        months.append(first.isValid() ? locale.toString(first, u"MMM yyyy"_s) : month.month);
    }
    chart->setTitle(months.isEmpty() ? tr("True retention per month: no reviews of cards in review yet")
                                     : tr("True retention per month (answers to cards in review, not Again)"));
    QBarSeries *series = barSeries(set);
    series->setLabelsFormat(u"@value %"_s);
    series->setLabelsPrecision(3);
    chart->addSeries(series);
    auto *axis = new QBarCategoryAxis;
    axis->append(months.isEmpty() ? QStringList{QString()} : months);
    chart->addAxis(axis, Qt::AlignBottom);
    series->attachAxis(axis);
    auto *percent = new QValueAxis;
    percent->setRange(0, 100);
    percent->setTickCount(6);
    percent->setLabelFormat(u"%d %"_s);
    chart->addAxis(percent, Qt::AlignLeft);
    series->attachAxis(percent);
}

// Horizontal bars: the state names are read beside them, never cut to fit under a bar.
void ReviewStatsPage::fillStates()
{
    QChart *chart = stateChart();
    clear(chart);
    chart->setTitle(tr("Cards by state"));
    const std::initializer_list<std::pair<QString, QString>> states{{u"new"_s, tr("new")},
                                                                    {u"learning"_s, tr("learning")},
                                                                    {u"review"_s, tr("review")},
                                                                    {u"relearning"_s, tr("relearning")},
                                                                    {u"suspended"_s, tr("suspended")},
                                                                    {u"retired"_s, tr("retired")}};
    auto *set = new QBarSet(tr("Cards"));
    QStringList names;
    int maximum = 0;
    for (const auto &[name, text] : states) {
        const int count = m_stats.byState.value(name);
        *set << count;
        names.append(text);
        maximum = std::max(maximum, count);
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(series);
    auto *axis = new QBarCategoryAxis;
    // Top to bottom in the order above (a vertical category axis counts from the bottom).
    axis->append(names);
    axis->setReverse(true);
    chart->addAxis(axis, Qt::AlignLeft);
    series->attachAxis(axis);
    QValueAxis *cards = countAxis(maximum * 1.2); // room for the labels beside the bars
    chart->addAxis(cards, Qt::AlignBottom);
    series->attachAxis(cards);
}

void ReviewStatsPage::fillHeatmap()
{
    int answers = 0;
    for (const DayCounts &day : std::as_const(m_stats.days))
        answers += day.total();
    m_heatmapTitle->setText(u"<b>"_s + tr("Answers per day over the last year").toHtmlEscaped() + u"</b> — "_s
                            + tr("%n answer(s)", nullptr, answers) + u", "_s
                            + tr("on %n day(s)", nullptr, int(m_stats.days.size())));
    m_heatmap->setDays(m_stats.days, m_stats.from, m_stats.to);
}

// QChart::setTheme() recolours series and axes: it is applied after they are made, then the chart's background is
// the window's, so the charts sit on the page rather than on cards of another colour.
void ReviewStatsPage::applyTheme()
{
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    for (QChartView *view : {m_forecast, m_states, m_retention}) {
        QChart *chart = view->chart();
        chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
        chart->setBackgroundBrush(palette().color(QPalette::Window));
        chart->setBackgroundRoundness(0);
        chart->legend()->hide();
        view->setBackgroundBrush(palette().color(QPalette::Window));
        // The themes draw bar labels in one colour for both; outside the bars they must read on the background.
        for (QAbstractSeries *series : chart->series()) {
            for (QBarSet *set : static_cast<QAbstractBarSeries *>(series)->barSets())
                set->setLabelColor(palette().color(QPalette::WindowText));
        }
    }
}

// Queued: a window is shown again when it is recreated (the first web or chart view in it), not only when the learner
// comes to the page; the refresh runs once, after the events that caused it.
void ReviewStatsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_refreshQueued) {
        m_refreshQueued = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_refreshQueued = false;
                refresh();
            },
            Qt::QueuedConnection);
    }
}

void ReviewStatsPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        applyTheme();
}

} // namespace pmg
