// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "srs/daycounts.h"

#include <QTableView>

namespace pmg {

class ReviewHeatmapModel;

/// Answers per study day over a year as a calendar heatmap: a column per week, a row per weekday, each day a square
/// whose colour deepens with the number of answers (GitHub's scale), its count in the tooltip.
///
/// Not a QChart: Qt Charts has no calendar grid, and faking one (a scatter series of coloured squares) would need
/// the week and weekday axes drawn by hand. A table of weeks × weekdays with a delegate that paints each day is
/// exactly a calendar, with headers for the months and weekdays and a tooltip per day for free.
class ReviewHeatmap final : public QTableView
{
    Q_OBJECT

public:
    static constexpr int CountRole = Qt::UserRole;
    static constexpr int LevelRole = Qt::UserRole + 1;

    explicit ReviewHeatmap(QWidget *parent = nullptr);
    ~ReviewHeatmap() override;

    /// Shows `days` (days without answers left out) over `from` … `to`.
    void setDays(const QList<DayCounts> &days, QDate from, QDate to);
    /// The index of `day`'s square (invalid outside the period).
    QModelIndex indexOf(QDate day) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

private:
    /// The width of the weekday names' column.
    int labelWidth() const;

    ReviewHeatmapModel *m_model = nullptr;
};

} // namespace pmg
