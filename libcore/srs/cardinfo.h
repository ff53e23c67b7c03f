// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cardstate.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace pmg {

/// A card as the reviewer and the browser show it: its content, where it comes from, its scheduling state and what
/// the learner decided about it.
struct CardInfo {
    QString id;
    QString noteId; ///< the note that teaches it (empty for a retired card)
    QString front;  ///< Markdown
    QString back;   ///< Markdown
    QString file;   ///< where it is written, for "Edit card"
    int line = 0;
    int part = 0;
    QString section;       ///< the note's section ("2.1.1")
    QStringList tags;      ///< the note's tags
    bool userCard = false; ///< made by the learner (e.g. from a missed quiz question)
    bool retired = false;  ///< no longer in the curriculum: hidden from reviews, history kept
    bool suspended = false;
    QDate buriedUntil;
    CardState state;
    QDateTime firstReview;
    double retrievability = 0; ///< now, 0 for a new card

    /// "new", "learning", "review", "relearning", "suspended" or "retired": the browser's state filter.
    QString stateName() const;
};

} // namespace pmg
