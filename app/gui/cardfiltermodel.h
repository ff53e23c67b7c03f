// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QSortFilterProxyModel>

namespace pmg {

class CardTableModel;

/// The card browser's filters over a CardTableModel: text (in the id, question or answer, any case), part, state
/// ("new", "learning", "review", "relearning", "suspended", "retired") and due before an instant. Sorting reads the
/// cards directly (numbers compared as numbers), not through data(): 100,000 rows sort without a QVariant per
/// comparison.
class CardFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit CardFilterModel(QObject *parent = nullptr);

    void setCardModel(CardTableModel *model);
    void setText(const QString &text);
    /// 0 for every part.
    void setPart(int part);
    /// Empty for every state.
    void setStateName(const QString &state);
    /// Only cards due before `limit` (an invalid one: any card, due or not).
    void setDueBefore(const QDateTime &limit);

    QString text() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    CardTableModel *m_cards = nullptr;
    QString m_text;
    int m_part = 0;
    QString m_state;
    QDateTime m_dueBefore;
};

} // namespace pmg
