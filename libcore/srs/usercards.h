// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "curriculum/studyitems.h"

#include <QDateTime>
#include <QList>

namespace pmg {

class Database;

/// Cards the learner made (table user_cards): missed quiz questions turned into flashcards ("qm-<question id>"), kept
/// apart from the curriculum's cards and reviewed like them.
class UserCards final
{
public:
    explicit UserCards(Database &db);

    QList<Flashcard> all() const;
    /// Adds `card` unless a card with its id exists (a second miss does not duplicate it); true when added.
    std::optional<bool> add(const Flashcard &card, const QString &source, const QDateTime &now);

private:
    Database &m_db;
};

} // namespace pmg
