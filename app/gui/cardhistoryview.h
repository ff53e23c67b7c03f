// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "srs/reviewentry.h"

#include <QTreeWidget>

class QTimeZone;

namespace pmg {

class Scheduler;

/// A card's whole review history, oldest first: when (in the learner's time zone), the answer, how long it took and
/// the interval it gave (the card replayed answer by answer through the scheduler, as the log's replay does).
class CardHistoryView final : public QTreeWidget
{
    Q_OBJECT

public:
    enum Column { When, Rating, Time, Interval };

    explicit CardHistoryView(QWidget *parent = nullptr);

    void setHistory(const QString &cardId, const QList<ReviewEntry> &history, const Scheduler &scheduler,
                    const QTimeZone &zone);
};

} // namespace pmg
