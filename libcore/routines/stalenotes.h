// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace pmg {

class Curriculum;

/// The notes whose `facts_as_of` date is getting old: what the monthly ritual's "Update this document" asks the
/// learner to re-check (5.6.1: "more than 60 days old"). A note without the date is not listed: it makes no claim.
struct StaleNote {
    QString noteId;
    QString title;
    QString relativePath;
    QDate factsAsOf;
    qint64 daysOld = 0;

    static constexpr int maxAgeDays = 60;

    /// The stale notes of `curriculum` on `today`, oldest facts first (then in curriculum order).
    static QList<StaleNote> of(const Curriculum &curriculum, QDate today);
};

} // namespace pmg
