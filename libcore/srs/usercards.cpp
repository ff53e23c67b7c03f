// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "usercards.h"

#include "store/database.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace pmg {

UserCards::UserCards(Database &db)
    : m_db(db)
{}

QList<Flashcard> UserCards::all() const
{
    QList<Flashcard> cards;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (query.exec(u"SELECT card_id, note_id, front, back FROM user_cards ORDER BY created_at, card_id"_s)) {
        while (query.next()) {
            Flashcard card;
            card.id = query.value(0).toString();
            card.noteId = query.value(1).toString();
            card.front = query.value(2).toString();
            card.back = query.value(3).toString();
            cards.append(card);
        }
    }
    return cards;
}

std::optional<bool> UserCards::add(const Flashcard &card, const QString &source, const QDateTime &now)
{
    QSqlQuery query(m_db.connection());
    query.prepare(u"INSERT OR IGNORE INTO user_cards(card_id, note_id, front, back, source, created_at) "
                  "VALUES (?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(card.id);
    query.addBindValue(card.noteId.isNull() ? u""_s : card.noteId);
    query.addBindValue(card.front.isNull() ? u""_s : card.front);
    query.addBindValue(card.back.isNull() ? u""_s : card.back);
    query.addBindValue(source);
    query.addBindValue(now.toMSecsSinceEpoch());
    if (!m_db.exec(query))
        return std::nullopt;
    return query.numRowsAffected() > 0;
}

} // namespace pmg
