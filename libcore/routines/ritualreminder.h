// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace pmg {

/// The optional desktop reminder at launch: this month's upgrade ritual (5.6) is not done and the month is in its
/// last week. Off unless the learner turns it on (a setting in the profile).
struct RitualReminder {
    /// SettingsService key: "true" turns the reminder on; anything else (or unset) leaves it off.
    static QString settingKey() { return QStringLiteral("routines/remind-ritual"); }
    /// The last week of a month: its last 7 days.
    static constexpr int lastDays = 7;

    /// Whether study day `today` is in the last week of its month while the month's ritual is not done.
    static bool isDue(QDate today, bool ritualDone)
    {
        return today.isValid() && !ritualDone
               && today.daysTo(QDate(today.year(), today.month(), today.daysInMonth())) < lastDays;
    }
};

} // namespace pmg
