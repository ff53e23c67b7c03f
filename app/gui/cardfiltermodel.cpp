// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cardfiltermodel.h"

#include "cardtablemodel.h"

namespace pmg {

CardFilterModel::CardFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(CardTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void CardFilterModel::setCardModel(CardTableModel *model)
{
    m_cards = model;
    setSourceModel(model);
}

// Each setter changes one criterion: Qt 6.9's begin/endFilterChange would say which; invalidateFilter() is what 6.8
// has.
void CardFilterModel::setText(const QString &text)
{
    if (text.trimmed() == m_text)
        return;
    m_text = text.trimmed();
    invalidateFilter();
}

void CardFilterModel::setPart(int part)
{
    if (part == m_part)
        return;
    m_part = part;
    invalidateFilter();
}

void CardFilterModel::setStateName(const QString &state)
{
    if (state == m_state)
        return;
    m_state = state;
    invalidateFilter();
}

void CardFilterModel::setDueBefore(const QDateTime &limit)
{
    if (limit == m_dueBefore)
        return;
    m_dueBefore = limit;
    invalidateFilter();
}

bool CardFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    if (!m_cards)
        return true;
    const CardInfo &card = m_cards->card(sourceRow);
    if (m_part > 0 && card.part != m_part)
        return false;
    if (!m_state.isEmpty() && card.stateName() != m_state)
        return false;
    if (m_dueBefore.isValid() && !(card.state.due.isValid() && card.state.due < m_dueBefore))
        return false;
    if (m_text.isEmpty())
        return true;
    return card.id.contains(m_text, Qt::CaseInsensitive) || card.front.contains(m_text, Qt::CaseInsensitive)
           || card.back.contains(m_text, Qt::CaseInsensitive);
}

bool CardFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_cards)
        return QSortFilterProxyModel::lessThan(left, right);
    const CardInfo &a = m_cards->card(left.row());
    const CardInfo &b = m_cards->card(right.row());
    const int column = left.column();
    if (CardTableModel::isNumeric(column))
        return CardTableModel::number(a, column) < CardTableModel::number(b, column);
    return CardTableModel::sortKey(a, column).toString().compare(CardTableModel::sortKey(b, column).toString(),
                                                                 Qt::CaseInsensitive)
           < 0;
}

} // namespace pmg
