// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "challenges/challengeservice.h"
#include "curriculum/level.h"

#include <QAbstractTableModel>
#include <QTimeZone>

namespace pmg {

/// The curriculum's challenges as rows (title, part, level, status, last run) for the challenge list. Holds copies,
/// not pointers into the curriculum, so a rebuilt curriculum never leaves it dangling; refill with setEntries().
class ChallengeListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, PartColumn, LevelColumn, StatusColumn, LastRunColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        PartRole,   ///< int
        LevelRole,  ///< Level as int
        SolvedRole, ///< bool
        SortRole,   ///< what the column sorts by
    };

    explicit ChallengeListModel(QObject *parent = nullptr);

    /// `zone`: where run times are shown (the learner's, from the garden's clock).
    void setEntries(const QList<ChallengeService::Entry> &entries, const QTimeZone &zone);
    int solvedCount() const;
    /// "Beginner", "Intermediate", "Expert" (translated).
    static QString levelLabel(Level level);
    /// A run's time for people: the short date of the locale and hours:minutes, in `zone`.
    static QString timeLabel(const QDateTime &utc, const QTimeZone &zone);
    /// The row of challenge `id`, or -1.
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        QString id;
        QString title;
        int part = 0;
        Level level = Level::Beginner;
        int order = 0; ///< curriculum order
        ChallengeProgress progress;
    };
    QString statusText(const Row &row) const;
    QString lastRunText(const Row &row) const;

    QList<Row> m_rows;
    QTimeZone m_zone;
};

} // namespace pmg
