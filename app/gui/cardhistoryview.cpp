// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cardhistoryview.h"

#include "srs/intervaltext.h"
#include "srs/scheduler.h"

#include <QHeaderView>
#include <QLocale>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace pmg {

CardHistoryView::CardHistoryView(QWidget *parent)
    : QTreeWidget(parent)
{
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setSelectionMode(QAbstractItemView::NoSelection);
    setHeaderLabels({tr("When"), tr("Answer"), tr("Time"), tr("Interval")});
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    setAccessibleName(tr("Review history"));
}

void CardHistoryView::setHistory(const QString &cardId, const QList<ReviewEntry> &history, const Scheduler &scheduler,
                                 const QTimeZone &zone)
{
    clear();
    const std::array<QString, 4> ratings{tr("Again"), tr("Hard"), tr("Good"), tr("Easy")};
    const QLocale locale;
    QList<QTreeWidgetItem *> items;
    CardState state;
    for (const ReviewEntry &entry : history) {
        state = scheduler.review(cardId, state, entry.rating, entry.reviewedAt);
        auto *item = new QTreeWidgetItem;
        item->setText(When, entry.reviewedAt.toTimeZone(zone).toString(u"yyyy-MM-dd HH:mm"_s));
        item->setText(Rating, ratings.at(std::size_t(ratingValue(entry.rating) - 1)));
        item->setText(Time, locale.toString(double(entry.durationMs) / 1000, 'f', 1) + u" s"_s);
        item->setText(Interval, IntervalText::of(state, entry.reviewedAt));
        item->setTextAlignment(Time, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(Interval, Qt::AlignRight | Qt::AlignVCenter);
        items.append(item);
    }
    addTopLevelItems(items);
}

} // namespace pmg
