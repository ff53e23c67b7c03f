// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "challengelistmodel.h"

#include "challengecolours.h"

#include <QApplication>
#include <QLocale>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace pmg {

ChallengeListModel::ChallengeListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ChallengeListModel::setEntries(const QList<ChallengeService::Entry> &entries, const QTimeZone &zone)
{
    beginResetModel();
    m_zone = zone;
    m_rows.clear();
    m_rows.reserve(entries.size());
    for (const ChallengeService::Entry &entry : entries) {
        m_rows.append({entry.challenge->id, entry.challenge->title, entry.part, entry.challenge->level,
                       int(m_rows.size()), entry.progress});
    }
    endResetModel();
}

QString ChallengeListModel::levelLabel(Level level)
{
    switch (level) {
    case Level::Beginner:
        return tr("Beginner");
    case Level::Intermediate:
        return tr("Intermediate");
    case Level::Expert:
        return tr("Expert");
    }
    return {};
}

QString ChallengeListModel::timeLabel(const QDateTime &utc, const QTimeZone &zone)
{
    const QDateTime local = utc.toTimeZone(zone);
    const QLocale locale;
    return locale.toString(local.date(), QLocale::ShortFormat) + u' ' + locale.toString(local.time(), u"HH:mm"_s);
}

int ChallengeListModel::solvedCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return r.progress.solved(); }));
}

int ChallengeListModel::rowOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return int(i);
    }
    return -1;
}

int ChallengeListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ChallengeListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ChallengeListModel::statusText(const Row &row) const
{
    const ChallengeProgress &p = row.progress;
    if (p.solved())
        return u"✓ "_s + tr("Solved");
    if (p.bestRun && p.bestRun->total > 0)
        return tr("Best: %1 of %2 passed").arg(p.bestRun->passed).arg(p.bestRun->total);
    if (p.runCount > 0 || p.codeSavedAt)
        return tr("Started");
    return tr("Not tried");
}

QString ChallengeListModel::lastRunText(const Row &row) const
{
    if (!row.progress.lastRun)
        return QString();
    return timeLabel(row.progress.lastRun->ranAt, m_zone);
}

QVariant ChallengeListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return row.id;
    case PartRole:
        return row.part;
    case LevelRole:
        return int(row.level);
    case SolvedRole:
        return row.progress.solved();
    case Qt::ToolTipRole:
        return row.id;
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn && row.progress.solved())
            return ChallengeColours::passed(QApplication::palette());
        if (index.column() == StatusColumn && row.progress.runCount == 0 && !row.progress.codeSavedAt)
            return ChallengeColours::muted(QApplication::palette());
        return {};
    default:
        break;
    }
    const bool sorting = role == SortRole;
    if (role != Qt::DisplayRole && !sorting)
        return {};
    switch (index.column()) {
    case TitleColumn:
        return sorting ? QVariant(row.title.toLower()) : QVariant(row.title);
    case PartColumn:
        return sorting ? QVariant(row.part * 10'000 + row.order) : QVariant(row.part);
    case LevelColumn:
        return sorting ? QVariant(int(row.level) * 10'000 + row.order) : QVariant(levelLabel(row.level));
    case StatusColumn:
        if (sorting) {
            // Never tried, then tried (by the best share of tests passed), then solved.
            const ChallengeProgress &p = row.progress;
            const double share = p.bestRun && p.bestRun->total > 0 ? double(p.bestRun->passed) / p.bestRun->total : 0;
            return p.solved() ? 3.0 : p.runCount > 0 || p.codeSavedAt ? 1.0 + share : 0.0;
        }
        return statusText(row);
    case LastRunColumn:
        return sorting ? QVariant(row.progress.lastRun ? row.progress.lastRun->ranAt.toMSecsSinceEpoch() : 0)
                       : QVariant(lastRunText(row));
    default:
        break;
    }
    return {};
}

QVariant ChallengeListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Challenge");
    case PartColumn:
        return tr("Part");
    case LevelColumn:
        return tr("Level");
    case StatusColumn:
        return tr("Status");
    case LastRunColumn:
        return tr("Last run");
    default:
        break;
    }
    return {};
}

} // namespace pmg
