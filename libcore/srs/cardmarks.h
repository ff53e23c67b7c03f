// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QHash>
#include <QString>

namespace pmg {

class Database;

/// What the learner decided about cards, apart from grading them (table card_marks): suspended cards never come up;
/// a buried card waits until a study day.
class CardMarks final
{
public:
    struct Mark {
        bool suspended = false;
        QDate buriedUntil; ///< shown again from this study day on; null when not buried
    };

    explicit CardMarks(Database &db);

    QHash<QString, Mark> all() const;
    bool setSuspended(const QString &cardId, bool suspended);
    bool bury(const QString &cardId, QDate until);
    bool unbury(const QString &cardId);

private:
    bool tidy(const QString &cardId);

    Database &m_db;
};

} // namespace pmg
