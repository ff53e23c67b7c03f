// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "autorule.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace pmg {

/// Where a checklist item stands in one period.
enum class TickState {
    Open,    ///< not ticked
    Overdue, ///< not ticked, and it was left open when the previous period ended too
    ByHand,  ///< ticked by the learner
    Auto,    ///< ticked by its auto-rule
};

/// One checklist item in one period, as the Routines view, Today and `garden routines status` show it.
struct RoutineItem {
    QString routineId; ///< the checklist's id
    QString id;        ///< the item's block id
    QString text;      ///< Markdown (inline)
    TickState state = TickState::Open;
    /// The learner unticked it although its auto-rule holds (the rule is overridden for this period).
    bool overridden = false;
    QString note;
    std::optional<QDateTime> tickedAt; ///< UTC, while ticked
    const AutoRule *rule = nullptr;    ///< its auto-rule, or null
    /// Whether the rule holds in this period; nullopt without a rule or when a fact it needs is unknown: the rule is
    /// then "manual until" that fact is recorded.
    std::optional<bool> ruleHolds;

    bool isTicked() const { return state == TickState::ByHand || state == TickState::Auto; }
    bool isManual() const { return rule && !ruleHolds; }
    /// The anchor of the item in its note (see StudyItemBlocks): "rl-daily-daily-cards".
    QString anchor() const { return routineId + u'-' + id; }
};

} // namespace pmg
