// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "challengelistview.h"

#include "challengefilter.h"
#include "challengelistmodel.h"
#include "challenges/challengeservice.h"
#include "garden/garden.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QStyledItemDelegate>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pmg {

namespace {

/// Rows with a little air: a list to choose from, not a spreadsheet.
class RoomyRows final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        return QStyledItemDelegate::sizeHint(option, index) + QSize(0, 8);
    }
};

} // namespace

ChallengeListView::ChallengeListView(Garden &garden, QWidget *parent)
    : QWidget(parent)
    , m_garden(garden)
{
    m_model = new ChallengeListModel(this);
    m_filter = new ChallengeFilter(this);
    m_filter->setSourceModel(m_model);

    auto *heading = new QLabel(tr("Challenges"), this);
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    heading->setFont(big);
    m_summary = new QLabel(this);

    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Filter by title…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Filter challenges"));
    m_part = new QComboBox(this);
    m_part->setAccessibleName(tr("Part"));
    m_part->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_part->setMinimumContentsLength(24); // part names are long: elided rather than widening the bar
    m_level = new QComboBox(this);
    m_level->setAccessibleName(tr("Level"));
    m_level->addItem(tr("All levels"), -1);
    for (const Level level : {Level::Beginner, Level::Intermediate, Level::Expert})
        m_level->addItem(ChallengeListModel::levelLabel(level), int(level));
    m_state = new QComboBox(this);
    m_state->setAccessibleName(tr("Solved or not"));
    m_state->addItem(tr("Solved and unsolved"), int(ChallengeFilter::State::All));
    m_state->addItem(tr("Unsolved"), int(ChallengeFilter::State::Unsolved));
    m_state->addItem(tr("Solved"), int(ChallengeFilter::State::Solved));

    m_view = new QTreeView(this);
    m_view->setModel(m_filter);
    m_view->setItemDelegate(new RoomyRows(m_view));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAccessibleName(tr("Challenges"));
    m_view->sortByColumn(ChallengeListModel::PartColumn, Qt::AscendingOrder);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(ChallengeListModel::TitleColumn, QHeaderView::Stretch);
    for (int column = ChallengeListModel::PartColumn; column < ChallengeListModel::ColumnCount; ++column)
        m_view->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_part);
    filters->addWidget(m_level);
    filters->addWidget(m_state);
    auto *title = new QHBoxLayout;
    title->addWidget(heading);
    title->addStretch(1);
    title->addWidget(m_summary);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addLayout(title);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);

    connect(m_search, &QLineEdit::textChanged, m_filter, &ChallengeFilter::setText);
    connect(m_part, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setPart(m_part->currentData().toInt()); });
    connect(m_level, &QComboBox::currentIndexChanged, this, [this] {
        const int level = m_level->currentData().toInt();
        m_filter->setLevel(level < 0 ? std::nullopt : std::optional(static_cast<Level>(level)));
    });
    connect(m_state, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setState(static_cast<ChallengeFilter::State>(m_state->currentData().toInt())); });
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT challengeActivated(index.data(ChallengeListModel::IdRole).toString());
    });
    refresh();
}

void ChallengeListView::refresh()
{
    const QString current = m_view->currentIndex().data(ChallengeListModel::IdRole).toString();
    m_model->setEntries(m_garden.challenges().list(), m_garden.clock().boundary().zone());
    fillPartBox();
    updateSummary();
    if (!current.isEmpty())
        select(current);
}

void ChallengeListView::select(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_filter->mapFromSource(m_model->index(row, ChallengeListModel::TitleColumn));
    if (index.isValid()) {
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index);
    }
}

// The parts that have challenges, named by their part's index note ("2 · Applied practice").
void ChallengeListView::fillPartBox()
{
    const int chosen = m_part->currentData().toInt();
    QList<int> parts;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const int part = m_model->index(row, 0).data(ChallengeListModel::PartRole).toInt();
        if (!parts.contains(part))
            parts.append(part);
    }
    std::sort(parts.begin(), parts.end());
    const QSignalBlocker blocker(m_part);
    m_part->clear();
    m_part->addItem(tr("All parts"), 0);
    for (const int part : parts) {
        const auto index = std::find_if(m_garden.curriculum().notes.cbegin(), m_garden.curriculum().notes.cend(),
                                        [&](const Note &n) { return n.section == QString::number(part); });
        const QString name = index != m_garden.curriculum().notes.cend() ? index->title : QString();
        m_part->addItem(name.isEmpty() ? tr("Part %1").arg(part) : tr("Part %1 · %2").arg(part).arg(name), part);
    }
    m_part->setCurrentIndex(std::max(0, m_part->findData(chosen)));
    m_filter->setPart(m_part->currentData().toInt());
}

void ChallengeListView::updateSummary()
{
    m_summary->setText(tr("%1 of %n solved", nullptr, m_model->rowCount()).arg(m_model->solvedCount()));
}

} // namespace pmg
