// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "srs/cardinfo.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QTimeZone>

namespace pmg {

/// Every card as a row of the card browser (ReviewService::cards()): what it asks, where it is, its state and its
/// FSRS memory. Display text is made on demand and SortRole gives numbers for the numeric columns, so 100,000 rows
/// cost one CardInfo each and sort as numbers, not text.
class CardTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Id,
        Question,
        Part,
        State,
        Due,
        Interval,
        Stability,
        Difficulty,
        Retrievability,
        Reps,
        Lapses,
        Count
    };
    static constexpr int SortRole = Qt::UserRole;
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit CardTableModel(QObject *parent = nullptr);

    /// Replaces every row; due times are shown in `zone` (the learner's).
    void setCards(QList<CardInfo> cards, const QTimeZone &zone);
    /// Replaces the row of `card` (after a suspend), if it is there.
    void updateCard(const CardInfo &card);
    const CardInfo &card(int row) const { return m_cards.at(row); }
    int rowOf(const QString &cardId) const { return int(m_rows.value(cardId, -1)); }

    /// Whether `column` sorts by number (part, due time and the memory and count columns).
    static bool isNumeric(int column) { return column == Part || column >= Due; }
    /// The number a numeric column sorts by (a new card's due time after every other).
    static double number(const CardInfo &card, int column);
    /// The value `column` sorts by (SortRole): number() for numeric columns, text for the others.
    static QVariant sortKey(const CardInfo &card, int column);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString display(const CardInfo &card, int column) const;

    QList<CardInfo> m_cards;
    QHash<QString, qsizetype> m_rows;
    QTimeZone m_zone;
};

} // namespace pmg
