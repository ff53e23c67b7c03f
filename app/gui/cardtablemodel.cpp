// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cardtablemodel.h"

#include "srs/intervaltext.h"

#include <QLocale>

#include <limits>

using namespace Qt::StringLiterals;

namespace pmg {

namespace {

/// The first line of the question, without the Markdown marks that only make it noisy in a table cell.
QString questionLine(const QString &markdown)
{
    QString line = markdown.section(u'\n', 0, 0).trimmed();
    line.remove(u'`');
    line.remove(u"**"_s);
    return line.size() > 160 ? line.left(159) + u'…' : line;
}

} // namespace

CardTableModel::CardTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void CardTableModel::setCards(QList<CardInfo> cards, const QTimeZone &zone)
{
    beginResetModel();
    m_cards = std::move(cards);
    m_zone = zone;
    m_rows.clear();
    m_rows.reserve(m_cards.size());
    for (qsizetype i = 0; i < m_cards.size(); ++i)
        m_rows.insert(m_cards.at(i).id, i);
    endResetModel();
}

void CardTableModel::updateCard(const CardInfo &card)
{
    const int row = rowOf(card.id);
    if (row < 0)
        return;
    m_cards[row] = card;
    Q_EMIT dataChanged(index(row, 0), index(row, Count - 1));
}

int CardTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cards.size());
}

int CardTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Count;
}

double CardTableModel::number(const CardInfo &card, int column)
{
    const CardState &s = card.state;
    switch (column) {
    case Part:
        return card.part;
    case Due:
        return s.due.isValid() ? double(s.due.toMSecsSinceEpoch()) : std::numeric_limits<double>::infinity();
    case Interval:
        return s.scheduledDays;
    case Stability:
        return s.stability;
    case Difficulty:
        return s.difficulty;
    case Retrievability:
        return card.retrievability;
    case Reps:
        return s.reps;
    case Lapses:
        return s.lapses;
    default:
        return 0;
    }
}

QVariant CardTableModel::sortKey(const CardInfo &card, int column)
{
    if (isNumeric(column))
        return number(card, column);
    switch (column) {
    case Id:
        return card.id;
    case Question:
        return card.front;
    case State:
        return card.stateName();
    default:
        return {};
    }
}

QString CardTableModel::display(const CardInfo &card, int column) const
{
    const CardState &s = card.state;
    const bool isNew = s.phase == CardPhase::New;
    const QLocale locale;
    switch (column) {
    case Id:
        return card.id;
    case Question:
        return questionLine(card.front);
    case Part:
        return card.part > 0 ? QString::number(card.part) : QString();
    case State:
        return card.stateName();
    case Due: {
        if (!s.due.isValid())
            return {};
        const QDateTime local = s.due.toTimeZone(m_zone);
        // Review cards are due on a day; learning steps at a time of day.
        return s.phase == CardPhase::Review ? local.date().toString(Qt::ISODate)
                                            : local.toString(u"yyyy-MM-dd HH:mm"_s);
    }
    case Interval:
        return s.scheduledDays > 0 ? IntervalText::format(qint64(s.scheduledDays) * 86'400) : QString();
    case Stability:
        return isNew ? QString() : locale.toString(s.stability, 'f', 2);
    case Difficulty:
        return isNew ? QString() : locale.toString(s.difficulty, 'f', 2);
    case Retrievability:
        return isNew ? QString() : locale.toString(100 * card.retrievability, 'f', 1) + u" %"_s;
    case Reps:
        return QString::number(s.reps);
    case Lapses:
        return QString::number(s.lapses);
    default:
        return {};
    }
}

QVariant CardTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_cards.size())
        return {};
    const CardInfo &card = m_cards.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(card, index.column());
    case SortRole:
        return sortKey(card, index.column());
    case IdRole:
        return card.id;
    case Qt::ToolTipRole:
        return index.column() == Question ? card.front : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() >= Due ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default:
        return {};
    }
}

QVariant CardTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id:
        return tr("Card");
    case Question:
        return tr("Question");
    case Part:
        return tr("Part");
    case State:
        return tr("State");
    case Due:
        return tr("Due");
    case Interval:
        return tr("Interval");
    case Stability:
        return tr("Stability (d)");
    case Difficulty:
        return tr("Difficulty");
    case Retrievability:
        return tr("Retrievability");
    case Reps:
        return tr("Reviews");
    case Lapses:
        return tr("Lapses");
    default:
        return {};
    }
}

} // namespace pmg
