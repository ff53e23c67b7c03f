// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "studyactivity.h"

#include <functional>

namespace pmg {

class Curriculum;
class Database;

/// StudyActivity over one profile: reading progress, edited notes and quiz attempts from the study database, stale
/// notes from the curriculum. Card reviews and solved challenges are recorded by features that plug in their own
/// source (Garden passes them); until then those facts are unknown and their rules manual.
class ProfileActivity final : public StudyActivity
{
public:
    using ReviewSource = std::function<std::optional<int>(const QDateTime &from, const QDateTime &to)>;
    using ChallengeSource =
        std::function<std::optional<int>(const QDateTime &from, const QDateTime &to, const QString &idPrefix)>;

    /// `curriculum` is the garden's, read at each question (it is rebuilt in place when a note is saved).
    ProfileActivity(Database &db, const Curriculum &curriculum);

    void setReviewSource(ReviewSource source) { m_reviews = std::move(source); }
    void setChallengeSource(ChallengeSource source) { m_challenges = std::move(source); }

    std::optional<int> cardsReviewed(const QDateTime &from, const QDateTime &to) const override;
    std::optional<int> notesRead(const QDateTime &from, const QDateTime &to) const override;
    std::optional<int> notesEdited(const QDateTime &from, const QDateTime &to) const override;
    std::optional<int> quizAttempts(const QDateTime &from, const QDateTime &to,
                                    const QString &quizId = {}) const override;
    std::optional<int> challengesSolved(const QDateTime &from, const QDateTime &to,
                                        const QString &idPrefix = {}) const override;
    std::optional<int> notesToRecheck(QDate day) const override;

private:
    /// Runs a `SELECT count(*)` whose first two parameters are the range in Unix milliseconds.
    std::optional<int> count(const QString &sql, const QDateTime &from, const QDateTime &to,
                             const QString &extra = {}) const;

    Database &m_db;
    const Curriculum &m_curriculum;
    ReviewSource m_reviews;
    ChallengeSource m_challenges;
};

} // namespace pmg
