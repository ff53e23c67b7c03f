// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "srs/reviewstatistics.h"

#include <QWidget>

class QChart;
class QChartView;
class QLabel;

namespace pmg {

class Garden;
class ReviewHeatmap;

/// Spaced-repetition statistics, drawn with Qt Charts from ReviewService::statistics() (the page computes nothing
/// itself): the due forecast for the next 30 days, true retention per month (answers to cards in review that were
/// not Again), cards by state, and a calendar heatmap of answers per day over the last year. The charts take the
/// light or dark chart theme with the application's palette.
class ReviewStatsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewStatsPage(Garden &garden, QWidget *parent = nullptr);
    ~ReviewStatsPage() override;

    /// Reads the statistics again (the page does it each time it is shown).
    void refresh();
    const ReviewStatistics &statistics() const { return m_stats; }

    QChart *forecastChart() const;
    QChart *retentionChart() const;
    QChart *stateChart() const;
    ReviewHeatmap *heatmap() const { return m_heatmap; }
    QLabel *heatmapTitle() const { return m_heatmapTitle; }

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void fillForecast();
    void fillRetention();
    void fillStates();
    void fillHeatmap();
    void applyTheme();

    Garden &m_garden;
    ReviewStatistics m_stats;
    QChartView *m_forecast = nullptr;
    QChartView *m_retention = nullptr;
    QChartView *m_states = nullptr;
    ReviewHeatmap *m_heatmap = nullptr;
    QLabel *m_heatmapTitle = nullptr;
    bool m_refreshQueued = false;
};

} // namespace pmg
