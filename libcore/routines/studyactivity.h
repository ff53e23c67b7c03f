// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace pmg {

/// What the app knows the learner did, as counts over [from, to) (UTC instants): the facts auto-rules read. Each
/// answer is nullopt when the app does not know (the feature that records it is not part of this build or has no
/// source yet, or the profile could not be read); a rule over an unknown fact is shown as "manual".
class StudyActivity
{
public:
    virtual ~StudyActivity() = default;

    /// Flashcard reviews logged.
    virtual std::optional<int> cardsReviewed(const QDateTime &from, const QDateTime &to) const = 0;
    /// Notes marked as read for the first time.
    virtual std::optional<int> notesRead(const QDateTime &from, const QDateTime &to) const = 0;
    /// Notes whose learner's version was last saved then.
    virtual std::optional<int> notesEdited(const QDateTime &from, const QDateTime &to) const = 0;
    /// Quiz attempts finished (submitted or timed out); only those of `quizId` when it is given.
    virtual std::optional<int> quizAttempts(const QDateTime &from, const QDateTime &to,
                                            const QString &quizId = {}) const = 0;
    /// Challenges solved (a run passing every test); only those whose id starts with `idPrefix` when it is given.
    virtual std::optional<int> challengesSolved(const QDateTime &from, const QDateTime &to,
                                                const QString &idPrefix = {}) const = 0;
    /// Notes whose `facts_as_of` date was more than 60 days old on study day `day` (see StaleNotes).
    virtual std::optional<int> notesToRecheck(QDate day) const = 0;
};

} // namespace pmg
