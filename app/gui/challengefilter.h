// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "curriculum/level.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace pmg {

/// Which challenges the list shows: by part, level, solved or not, and words of the title or id.
class ChallengeFilter final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class State { All, Unsolved, Solved };

    explicit ChallengeFilter(QObject *parent = nullptr);

    void setText(const QString &text);
    /// 0: every part.
    void setPart(int part);
    void setLevel(std::optional<Level> level);
    void setState(State state);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words;
    int m_part = 0;
    std::optional<Level> m_level;
    State m_state = State::All;
};

} // namespace pmg
