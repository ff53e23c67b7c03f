// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewheatmap.h"

#include <QAbstractTableModel>
#include <QCoreApplication>
#include <QHeaderView>
#include <QLocale>
#include <QPainter>
#include <QStyledItemDelegate>

namespace pmg {

namespace {

constexpr int cellSize = 15;
constexpr int square = 12;

/// Dark theme: light text. (The view's background is transparent, so its Base colour says nothing.)
bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::WindowText).lightness() > 128;
}

/// GitHub's contribution colours: no answers (a shade darker than GitHub's, for a grey window), then four levels.
QColor levelColour(int level, bool dark)
{
    static const std::array<QColor, 5> light{QColor(0xdc, 0xdf, 0xe3), QColor(0x9b, 0xe9, 0xa8),
                                             QColor(0x40, 0xc4, 0x63), QColor(0x30, 0xa1, 0x4e),
                                             QColor(0x21, 0x6e, 0x39)};
    static const std::array<QColor, 5> darkScale{QColor(0x2d, 0x33, 0x3b), QColor(0x0e, 0x44, 0x29),
                                                 QColor(0x00, 0x6d, 0x32), QColor(0x26, 0xa6, 0x41),
                                                 QColor(0x39, 0xd3, 0x53)};
    return (dark ? darkScale : light).at(std::size_t(std::clamp(level, 0, 4)));
}

class HeatmapDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        if (index.row() == 0 || index.column() == 0) {
            // A month's name over the weeks it spans, a weekday's beside its row.
            painter->save();
            painter->setPen(option.palette.color(QPalette::PlaceholderText));
            const Qt::Alignment side = index.row() == 0 ? Qt::AlignLeft : Qt::AlignRight;
            painter->drawText(option.rect.adjusted(0, 0, -4, 0), side | Qt::AlignVCenter, index.data().toString());
            painter->restore();
            return;
        }
        const QVariant level = index.data(ReviewHeatmap::LevelRole);
        if (!level.isValid())
            return; // outside the period
        QRectF box(0, 0, square, square);
        box.moveCenter(QRectF(option.rect).center());
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(levelColour(level.toInt(), isDark(option.palette)));
        painter->drawRoundedRect(box, 2, 2);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &, const QModelIndex &) const override { return {cellSize, cellSize}; }
};

} // namespace

/// A calendar with its labels in cells of its own (headers would be buttons): row 0 names the months, column 0 the
/// weekdays, and week w, weekday r is cell (r + 1, w + 1): the day firstMonday + 7w + r.
class ReviewHeatmapModel final : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    void setDays(const QList<DayCounts> &days, QDate from, QDate to)
    {
        beginResetModel();
        m_from = from;
        m_to = to;
        m_firstMonday = from.addDays(1 - from.dayOfWeek());
        m_counts.clear();
        m_max = 0;
        for (const DayCounts &d : days) {
            m_counts.insert(d.day.toJulianDay(), d.total());
            m_max = std::max(m_max, d.total());
        }
        endResetModel();
    }

    int weeks() const { return m_from.isValid() ? int(m_firstMonday.daysTo(m_to) / 7 + 1) : 0; }

    QDate dayAt(const QModelIndex &index) const
    {
        if (index.row() == 0 || index.column() == 0)
            return {};
        return m_firstMonday.addDays(7 * (index.column() - 1) + index.row() - 1);
    }
    QModelIndex indexOf(QDate day) const
    {
        if (!m_from.isValid() || day < m_from || day > m_to)
            return {};
        const qint64 offset = m_firstMonday.daysTo(day);
        return index(int(offset % 7) + 1, int(offset / 7) + 1);
    }
    /// The month whose first week is `week`, or 0. The first week names its month too, unless the next month starts
    /// too soon after it for both names to fit.
    int monthStartingAt(int week) const
    {
        const auto starts = [&](int w) { return m_firstMonday.addDays(7 * w + 6).day() <= 7; };
        const int month = m_firstMonday.addDays(7 * week + 6).month();
        if (week == 0)
            return starts(0) || !(starts(1) || starts(2)) ? month : 0;
        return starts(week) ? month : 0;
    }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : 8; }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() || !m_from.isValid() ? 0 : weeks() + 1;
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid())
            return {};
        if (index.row() == 0 || index.column() == 0)
            return role == Qt::DisplayRole ? label(index) : QVariant();
        const QDate day = dayAt(index);
        if (day < m_from || day > m_to)
            return {};
        const int count = m_counts.value(day.toJulianDay());
        switch (role) {
        case ReviewHeatmap::CountRole:
            return count;
        case ReviewHeatmap::LevelRole:
            // Four levels up to the busiest day, as GitHub's quarters of the maximum.
            return count == 0 ? 0 : 1 + std::min(3, 4 * (count - 1) / std::max(1, m_max));
        case Qt::ToolTipRole:
            return QCoreApplication::translate("pmg::ReviewHeatmap", "%1: %n answer(s)", nullptr, count)
                .arg(QLocale().toString(day, QLocale::LongFormat));
        default:
            return {};
        }
    }

private:
    /// A month's name over its first week; Mon, Wed and Fri beside their rows, as GitHub.
    QString label(const QModelIndex &index) const
    {
        const QLocale locale;
        if (index.row() == 0) {
            const int month = index.column() > 0 ? monthStartingAt(index.column() - 1) : 0;
            return month > 0 ? locale.monthName(month, QLocale::ShortFormat) : QString();
        }
        return index.row() % 2 == 1 && index.row() < 7 ? locale.dayName(index.row(), QLocale::ShortFormat) : QString();
    }

    QDate m_from;
    QDate m_to;
    QDate m_firstMonday;
    QHash<qint64, int> m_counts;
    int m_max = 0;
};

ReviewHeatmap::ReviewHeatmap(QWidget *parent)
    : QTableView(parent)
    , m_model(new ReviewHeatmapModel(this))
{
    setModel(m_model);
    setItemDelegate(new HeatmapDelegate(this));
    setAccessibleName(tr("Answers per day"));
    setShowGrid(false);
    setSelectionMode(QAbstractItemView::NoSelection);
    setFocusPolicy(Qt::NoFocus);
    setFrameShape(QFrame::NoFrame);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the page scrolls; the minimum size is the whole year
    for (QHeaderView *header : {horizontalHeader(), verticalHeader()}) {
        header->hide();
        header->setSectionResizeMode(QHeaderView::Fixed);
        header->setMinimumSectionSize(cellSize); // first: the default size is clamped to the minimum
        header->setDefaultSectionSize(cellSize);
    }
    // On the page's background, like a chart.
    viewport()->setAutoFillBackground(false);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        verticalHeader()->resizeSection(0, cellSize + 4); // the month names are taller than a day
        horizontalHeader()->resizeSection(0, labelWidth());
        clearSpans();
        // Each month's name spans the weeks up to the next one's (at most four), so it is not cut at one column.
        for (int week = 0, weeks = m_model->weeks(); week < weeks; ++week) {
            if (!m_model->monthStartingAt(week))
                continue;
            int span = 1;
            while (span < 4 && week + span < weeks && !m_model->monthStartingAt(week + span))
                ++span;
            if (span > 1)
                setSpan(0, week + 1, 1, span);
        }
    });
}

int ReviewHeatmap::labelWidth() const
{
    int width = 0;
    for (int day = 1; day <= 5; day += 2)
        width = std::max(width, fontMetrics().horizontalAdvance(QLocale().dayName(day, QLocale::ShortFormat)));
    return width + 8;
}

ReviewHeatmap::~ReviewHeatmap() = default;

void ReviewHeatmap::setDays(const QList<DayCounts> &days, QDate from, QDate to)
{
    m_model->setDays(days, from, to);
    updateGeometry();
}

QModelIndex ReviewHeatmap::indexOf(QDate day) const
{
    return m_model->indexOf(day);
}

QSize ReviewHeatmap::sizeHint() const
{
    return {labelWidth() + cellSize * std::max(1, m_model->weeks()) + 4, 8 * cellSize + 8};
}

} // namespace pmg
