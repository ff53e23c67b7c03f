// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace pmg {

/// What the learner (or an auto-rule) decided about one checklist item in one period, as stored (RoutineTickStore).
/// No row means "nothing decided": the item is open unless its auto-rule holds.
struct RoutineTick {
    enum class Mark {
        Hand, ///< ticked by the learner
        Auto, ///< ticked by the item's auto-rule, recorded when the app saw it hold (so the past stays as it was)
        Off,  ///< unticked by the learner although its auto-rule holds: the override keeps it open
        None, ///< nothing decided; the row only keeps the learner's note
    };

    QString routineId; ///< the checklist's id ("rl-daily")
    QString itemId;    ///< the item's block id ("daily-cards")
    QString periodKey; ///< Period::key ("2026-12-04")
    Mark mark = Mark::None;
    QDateTime markedAt; ///< UTC: when it was ticked, unticked, or (None) noted
    QString note;       ///< the learner's short note ("evaluated ruff 0.x — adopted"); may be empty

    bool isTicked() const { return mark == Mark::Hand || mark == Mark::Auto; }

    static QString markName(Mark mark);
    static std::optional<Mark> markFromName(const QString &name);

    bool operator==(const RoutineTick &) const = default;
};

} // namespace pmg
