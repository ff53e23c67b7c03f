// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "daycounts.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

namespace pmg {

/// The statistics of spaced repetition, computed by libcore from the card-state cache and the log's day counts; the
/// charts only draw them.
struct ReviewStatistics {
    /// Cards due on each of the next days (index 0 = today, overdue included).
    QList<int> dueForecast;
    /// True retention per month ("2026-11"): passed / answered among reviews of cards in review.
    struct Month {
        QString month;
        int reviews = 0;
        int passed = 0;
        double retention() const { return reviews > 0 ? double(passed) / reviews : 0.0; }
    };
    QList<Month> retentionByMonth;
    /// Answers per study day over the period asked (days without reviews left out).
    QList<DayCounts> days;
    /// Cards by state name (see CardInfo::stateName()).
    QMap<QString, int> byState;
    QDate from;
    QDate to;
};

} // namespace pmg
