// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "srs/reviewentry.h"

#include <QTimeZone>

namespace pmg::test {

/// Half a year of reviews of ReviewFixture's cards, up to its clock's now (2026-11-24 10:00 UTC): c-gen reviewed
/// since June and well known, c-dict learnt two weeks ago (Easy), c-list forgotten once in October, c-loop started
/// today, c-tuple never seen. Stabilities of about 1.5, 2.3, 8 and 365 days: as text, "365" would sort before "8".
inline QList<ReviewEntry> halfAYearOfReviews()
{
    const auto at = [](int month, int day, int hour, int minute = 0) {
        return QDateTime(QDate(2026, month, day), QTime(hour, minute), QTimeZone(QTimeZone::UTC));
    };
    const auto review = [](const char *card, const QDateTime &when, Rating rating, qint64 ms = 8000) {
        return ReviewEntry::record(QString::fromLatin1(card), when, 3600, rating, ms, QStringLiteral("test"));
    };
    return {
        review("c-gen", at(6, 1, 9), Rating::Good),        review("c-gen", at(6, 1, 9, 10), Rating::Good),
        review("c-gen", at(6, 4, 18), Rating::Good, 4000), review("c-gen", at(6, 15, 7), Rating::Easy, 3000),
        review("c-gen", at(7, 20, 19), Rating::Good),      review("c-gen", at(9, 20, 8), Rating::Good, 61'000),
        review("c-dict", at(11, 10, 9), Rating::Easy),     review("c-list", at(10, 1, 12), Rating::Easy),
        review("c-list", at(10, 12, 12), Rating::Again),   review("c-list", at(10, 12, 12, 10), Rating::Good),
        review("c-loop", at(11, 24, 9, 55), Rating::Good),
    };
}

} // namespace pmg::test
