// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace pmg {

class StudyActivity;

/// A checklist item that ticks itself from what the app knows ("Review 5–10 flashcards": at least 5 cards reviewed
/// that day). Keyed by the item's `^block-id` in the curriculum; the learner always sees the rule's description and can
/// untick what it ticked, or tick by hand what it did not.
struct AutoRule {
    /// The period being judged: [from, to) as instants, and the study day to judge the curriculum's state on (the
    /// period's last day, or today while it runs).
    struct Context {
        const StudyActivity &facts;
        QDateTime from;
        QDateTime to;
        QDate asOf;
    };
    using Test = std::function<std::optional<bool>(const Context &)>;

    QString itemId;
    QString description; ///< "at least 5 cards reviewed today"
    QString needs;       ///< the facts it reads, for "manual until …": "card reviews"
    Test test;

    /// Whether the rule holds for the period; nullopt when a fact it needs is unknown (then the item is manual).
    std::optional<bool> holds(const Context &context) const { return test(context); }

    /// Every rule, in curriculum order.
    static const QList<AutoRule> &all();
    /// The rule of checklist item `itemId`, or null.
    static const AutoRule *find(const QString &itemId);
};

} // namespace pmg
