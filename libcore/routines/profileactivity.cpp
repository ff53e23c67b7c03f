// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "profileactivity.h"

#include "stalenotes.h"
#include "store/database.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace pmg {

ProfileActivity::ProfileActivity(Database &db, const Curriculum &curriculum)
    : m_db(db)
    , m_curriculum(curriculum)
{}

std::optional<int> ProfileActivity::count(const QString &sql, const QDateTime &from, const QDateTime &to,
                                          const QString &extra) const
{
    if (!from.isValid() || !to.isValid())
        return std::nullopt;
    QSqlQuery query(m_db.connection());
    query.prepare(sql);
    query.addBindValue(from.toMSecsSinceEpoch());
    query.addBindValue(to.toMSecsSinceEpoch());
    if (!extra.isNull())
        query.addBindValue(extra);
    // A table an older schema lacks, or a read error: the fact is unknown, not zero.
    if (!query.exec() || !query.next())
        return std::nullopt;
    return query.value(0).toInt();
}

std::optional<int> ProfileActivity::cardsReviewed(const QDateTime &from, const QDateTime &to) const
{
    return m_reviews ? m_reviews(from, to) : std::nullopt;
}

std::optional<int> ProfileActivity::notesRead(const QDateTime &from, const QDateTime &to) const
{
    return count(u"SELECT count(*) FROM note_progress WHERE read_at >= ? AND read_at < ?"_s, from, to);
}

std::optional<int> ProfileActivity::notesEdited(const QDateTime &from, const QDateTime &to) const
{
    return count(u"SELECT count(*) FROM user_notes WHERE saved_at >= ? AND saved_at < ?"_s, from, to);
}

std::optional<int> ProfileActivity::quizAttempts(const QDateTime &from, const QDateTime &to,
                                                 const QString &quizId) const
{
    const QString sql = u"SELECT count(*) FROM quiz_attempts WHERE finished_at >= ? AND finished_at < ?"_s;
    if (quizId.isEmpty())
        return count(sql, from, to);
    return count(sql + u" AND quiz_id = ?"_s, from, to, quizId);
}

std::optional<int> ProfileActivity::challengesSolved(const QDateTime &from, const QDateTime &to,
                                                     const QString &idPrefix) const
{
    return m_challenges ? m_challenges(from, to, idPrefix) : std::nullopt;
}

std::optional<int> ProfileActivity::notesToRecheck(QDate day) const
{
    return int(StaleNote::of(m_curriculum, day).size());
}

} // namespace pmg
