// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "challengefilter.h"

#include "challengelistmodel.h"

namespace pmg {

ChallengeFilter::ChallengeFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ChallengeListModel::SortRole);
}

void ChallengeFilter::setText(const QString &text)
{
    m_words = text.split(u' ', Qt::SkipEmptyParts);
    invalidateRowsFilter();
}

void ChallengeFilter::setPart(int part)
{
    m_part = part;
    invalidateRowsFilter();
}

void ChallengeFilter::setLevel(std::optional<Level> level)
{
    m_level = level;
    invalidateRowsFilter();
}

void ChallengeFilter::setState(State state)
{
    m_state = state;
    invalidateRowsFilter();
}

bool ChallengeFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, ChallengeListModel::TitleColumn, sourceParent);
    if (m_part != 0 && index.data(ChallengeListModel::PartRole).toInt() != m_part)
        return false;
    if (m_level && index.data(ChallengeListModel::LevelRole).toInt() != int(*m_level))
        return false;
    const bool solved = index.data(ChallengeListModel::SolvedRole).toBool();
    if ((m_state == State::Solved && !solved) || (m_state == State::Unsolved && solved))
        return false;
    const QString title = index.data(Qt::DisplayRole).toString();
    const QString id = index.data(ChallengeListModel::IdRole).toString();
    return std::all_of(m_words.cbegin(), m_words.cend(), [&](const QString &word) {
        return title.contains(word, Qt::CaseInsensitive) || id.contains(word, Qt::CaseInsensitive);
    });
}

} // namespace pmg
