// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cardstatecache.h"

#include "store/database.h"

#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace pmg {

namespace {

constexpr auto cardColumns = "card_id, position, retired, phase, step, stability, difficulty, due, last_review, "
                             "scheduled_days, reps, lapses, first_review";

QVariant msOrNull(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

QDateTime timeOrNull(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), QTimeZone::UTC);
}

CardStateCache::Card cardFrom(const QSqlQuery &q)
{
    CardStateCache::Card card;
    card.id = q.value(0).toString();
    card.position = q.value(1).toInt();
    card.retired = q.value(2).toBool();
    card.state.phase = static_cast<CardPhase>(std::clamp(q.value(3).toInt(), 0, 3));
    card.state.step = q.value(4).toInt();
    card.state.stability = q.value(5).toDouble();
    card.state.difficulty = q.value(6).toDouble();
    card.state.due = timeOrNull(q.value(7));
    card.state.lastReview = timeOrNull(q.value(8));
    card.state.scheduledDays = q.value(9).toInt();
    card.state.reps = q.value(10).toInt();
    card.state.lapses = q.value(11).toInt();
    card.firstReview = timeOrNull(q.value(12));
    return card;
}

void bindCard(QSqlQuery &q, const CardStateCache::Card &card)
{
    q.bindValue(0, card.id);
    q.bindValue(1, card.position);
    q.bindValue(2, card.retired ? 1 : 0);
    q.bindValue(3, static_cast<int>(card.state.phase));
    q.bindValue(4, card.state.step);
    q.bindValue(5, card.state.stability);
    q.bindValue(6, card.state.difficulty);
    q.bindValue(7, msOrNull(card.state.due));
    q.bindValue(8, msOrNull(card.state.lastReview));
    q.bindValue(9, card.state.scheduledDays);
    q.bindValue(10, card.state.reps);
    q.bindValue(11, card.state.lapses);
    q.bindValue(12, msOrNull(card.firstReview));
}

QList<CardStateCache::Card> cardsOf(QSqlQuery &q)
{
    QList<CardStateCache::Card> cards;
    while (q.next())
        cards.append(cardFrom(q));
    return cards;
}

const QString insertDay = u"INSERT INTO srs_daily(day, again, hard, good, easy, learn, review, relearn, "
                          "review_passed, duration_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                          "ON CONFLICT(day) DO UPDATE SET again = again + excluded.again, hard = hard + excluded.hard, "
                          "good = good + excluded.good, easy = easy + excluded.easy, learn = learn + excluded.learn, "
                          "review = review + excluded.review, relearn = relearn + excluded.relearn, "
                          "review_passed = review_passed + excluded.review_passed, "
                          "duration_ms = duration_ms + excluded.duration_ms"_s;

void bindDay(QSqlQuery &q, const DayCounts &d)
{
    const QVariantList values = {d.day.toJulianDay(), d.again,        d.hard,      d.good, d.easy, d.learn, d.review,
                                 d.relearn,           d.reviewPassed, d.durationMs};
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
}

} // namespace

CardStateCache::CardStateCache(Database &db)
    : m_db(db)
{}

CardStateCache::Stamp CardStateCache::stamp() const
{
    Stamp stamp;
    QSqlQuery q(m_db.connection());
    if (!q.exec(u"SELECT key, value FROM srs_meta"_s))
        return stamp;
    while (q.next()) {
        const QString key = q.value(0).toString();
        if (key == u"log-version")
            stamp.logVersion = q.value(1).toLongLong();
        else if (key == u"settings")
            stamp.settings = q.value(1).toString();
        else if (key == u"cards")
            stamp.cards = q.value(1).toString();
    }
    return stamp;
}

bool CardStateCache::setStamp(const Stamp &stamp)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT OR REPLACE INTO srs_meta(key, value) VALUES (?, ?)"_s);
    const QList<std::pair<QString, QString>> values = {{u"log-version"_s, QString::number(stamp.logVersion)},
                                                       {u"settings"_s, stamp.settings},
                                                       {u"cards"_s, stamp.cards}};
    for (const auto &[key, value] : values) {
        q.bindValue(0, key);
        q.bindValue(1, value);
        if (!m_db.exec(q))
            return false;
    }
    return true;
}

bool CardStateCache::rebuild(const QList<Card> &cards, const QList<DayCounts> &days, const Stamp &stamp)
{
    return m_db.transaction([&] {
        if (!m_db.exec(u"DELETE FROM srs_cards"_s) || !m_db.exec(u"DELETE FROM srs_daily"_s)
            || !m_db.exec(u"DELETE FROM srs_meta"_s))
            return false;
        QSqlQuery insert(m_db.connection());
        insert.prepare(u"INSERT INTO srs_cards(%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s.arg(
            QLatin1StringView(cardColumns)));
        for (const Card &card : cards) {
            bindCard(insert, card);
            if (!m_db.exec(insert))
                return false;
        }
        QSqlQuery day(m_db.connection());
        day.prepare(insertDay);
        for (const DayCounts &d : days) {
            bindDay(day, d);
            if (!m_db.exec(day))
                return false;
        }
        return setStamp(stamp);
    });
}

std::optional<CardStateCache::Card> CardStateCache::card(const QString &id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT %1 FROM srs_cards WHERE card_id = ?"_s.arg(QLatin1StringView(cardColumns)));
    q.addBindValue(id);
    if (!m_db.exec(q) || !q.next())
        return std::nullopt;
    return cardFrom(q);
}

bool CardStateCache::put(const Card &card)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT OR REPLACE INTO srs_cards(%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s.arg(
        QLatin1StringView(cardColumns)));
    bindCard(q, card);
    return m_db.exec(q);
}

bool CardStateCache::addToDay(const DayCounts &delta)
{
    QSqlQuery q(m_db.connection());
    q.prepare(insertDay);
    bindDay(q, delta);
    return m_db.exec(q);
}

QList<CardStateCache::Card> CardStateCache::dueUntil(const QDateTime &until) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT %1 FROM srs_cards WHERE due IS NOT NULL AND due <= ? AND retired = 0 ORDER BY due"_s.arg(
        QLatin1StringView(cardColumns)));
    q.addBindValue(until.toMSecsSinceEpoch());
    return m_db.exec(q) ? cardsOf(q) : QList<Card>();
}

QList<CardStateCache::Card> CardStateCache::dueAfter(const QDateTime &after, int limit, int offset) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT %1 FROM srs_cards WHERE due IS NOT NULL AND due > ? AND retired = 0 ORDER BY due, card_id "
              "LIMIT ? OFFSET ?"_s.arg(QLatin1StringView(cardColumns)));
    q.addBindValue(after.toMSecsSinceEpoch());
    q.addBindValue(limit);
    q.addBindValue(offset);
    return m_db.exec(q) ? cardsOf(q) : QList<Card>();
}

QList<CardStateCache::Card> CardStateCache::newCards(int limit, int offset) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT %1 FROM srs_cards WHERE phase = 0 AND retired = 0 ORDER BY position LIMIT ? OFFSET ?"_s.arg(
        QLatin1StringView(cardColumns)));
    q.addBindValue(limit);
    q.addBindValue(offset);
    return m_db.exec(q) ? cardsOf(q) : QList<Card>();
}

QList<CardStateCache::Card> CardStateCache::all() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT %1 FROM srs_cards ORDER BY position"_s.arg(QLatin1StringView(cardColumns)));
    return m_db.exec(q) ? cardsOf(q) : QList<Card>();
}

QList<DayCounts> CardStateCache::days(QDate from, QDate to) const
{
    QList<DayCounts> result;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT day, again, hard, good, easy, learn, review, relearn, review_passed, duration_ms "
              "FROM srs_daily WHERE day BETWEEN ? AND ? ORDER BY day"_s);
    q.addBindValue(from.toJulianDay());
    q.addBindValue(to.toJulianDay());
    if (!m_db.exec(q))
        return result;
    while (q.next()) {
        DayCounts d;
        d.day = QDate::fromJulianDay(q.value(0).toLongLong());
        d.again = q.value(1).toInt();
        d.hard = q.value(2).toInt();
        d.good = q.value(3).toInt();
        d.easy = q.value(4).toInt();
        d.learn = q.value(5).toInt();
        d.review = q.value(6).toInt();
        d.relearn = q.value(7).toInt();
        d.reviewPassed = q.value(8).toInt();
        d.durationMs = q.value(9).toLongLong();
        result.append(d);
    }
    return result;
}

int CardStateCache::firstReviewedSince(const QDateTime &since) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT count(*) FROM srs_cards WHERE first_review >= ?"_s);
    q.addBindValue(since.toMSecsSinceEpoch());
    return m_db.exec(q) && q.next() ? q.value(0).toInt() : 0;
}

} // namespace pmg
