// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cardbrowser.h"

#include "cardfiltermodel.h"
#include "cardhistoryview.h"
#include "cardtablemodel.h"
#include "cardview.h"
#include "garden/garden.h"
#include "messagebanner.h"
#include "srs/reviewservice.h"
#include "webcontent.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <set>

using namespace Qt::StringLiterals;

namespace pmg {

CardBrowser::CardBrowser(Garden &garden, const WebContent &web, QWidget *parent)
    : QWidget(parent)
    , m_garden(garden)
    , m_route(std::make_unique<CardRoute>(garden, web))
{
    setObjectName(u"cardBrowser"_s);
    m_model = new CardTableModel(this);
    m_filter = new CardFilterModel(this);
    m_filter->setCardModel(m_model);
    m_banner = new MessageBanner(this);

    m_table = new QTableView(this);
    m_table->setModel(m_filter);
    m_table->setAccessibleName(tr("Cards"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    // Fixed row heights and no contents-sized columns: nothing has to look at 100,000 rows to lay the table out.
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(CardTableModel::Question, QHeaderView::Stretch);
    header->setSortIndicator(-1, Qt::AscendingOrder); // curriculum order until a column is chosen
    m_table->setSortingEnabled(true);
    const QFontMetrics metrics = fontMetrics();
    for (const auto &[column, sample] :
         std::initializer_list<std::pair<int, QString>>{{CardTableModel::Id, u"c-p1-generators"_s},
                                                        {CardTableModel::Part, u"Part"_s},
                                                        {CardTableModel::State, u"relearning"_s},
                                                        {CardTableModel::Due, u"2026-11-24 10:00"_s},
                                                        {CardTableModel::Interval, u"Interval"_s},
                                                        {CardTableModel::Stability, u"Stability (d)"_s},
                                                        {CardTableModel::Difficulty, u"Difficulty"_s},
                                                        {CardTableModel::Retrievability, u"Retrievability"_s},
                                                        {CardTableModel::Reps, u"Reviews"_s},
                                                        {CardTableModel::Lapses, u"Lapses"_s}})
        m_table->setColumnWidth(column, metrics.horizontalAdvance(sample) + 18);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(createDetail(web.profile));
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({640, 360}); // shares of the width: the table gets most of it
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(createFilterBar());
    layout->addWidget(splitter, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CardBrowser::showSelected);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &CardBrowser::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &CardBrowser::updateCount);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &CardBrowser::updateCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &CardBrowser::updateCount);
    connect(m_cardView, &CardView::openNoteRequested, this, &CardBrowser::openNoteRequested);
    connect(&garden, &Garden::curriculumChanged, this, [this] {
        if (isVisible())
            refresh();
    });
}

CardBrowser::~CardBrowser() = default;

QWidget *CardBrowser::createFilterBar()
{
    auto *bar = new QWidget(this);
    m_text = new QLineEdit(bar);
    m_text->setPlaceholderText(tr("Filter by question, answer or id"));
    m_text->setClearButtonEnabled(true);
    // Typing filters once it pauses: every keystroke over 100,000 cards would make the field lag.
    m_textTimer = new QTimer(this);
    m_textTimer->setSingleShot(true);
    m_textTimer->setInterval(150);
    connect(m_text, &QLineEdit::textChanged, m_textTimer, qOverload<>(&QTimer::start));
    connect(m_textTimer, &QTimer::timeout, this, [this] { m_filter->setText(m_text->text()); });

    m_part = new QComboBox(bar);
    m_part->setAccessibleName(tr("Part"));
    m_part->addItem(tr("All parts"), 0);
    connect(m_part, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setPart(m_part->currentData().toInt()); });

    m_state = new QComboBox(bar);
    m_state->setAccessibleName(tr("State"));
    m_state->addItem(tr("All states"), QString());
    const std::initializer_list<std::pair<QString, QString>> states{{u"new"_s, tr("New")},
                                                                    {u"learning"_s, tr("Learning")},
                                                                    {u"review"_s, tr("Review")},
                                                                    {u"relearning"_s, tr("Relearning")},
                                                                    {u"suspended"_s, tr("Suspended")},
                                                                    {u"retired"_s, tr("Retired")}};
    for (const auto &[name, text] : states)
        m_state->addItem(text, name);
    connect(m_state, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setStateName(m_state->currentData().toString()); });

    m_due = new QComboBox(bar);
    m_due->setAccessibleName(tr("Due"));
    m_due->addItem(tr("Any due date"), int(DueFilter::Any));
    m_due->addItem(tr("Due now"), int(DueFilter::Due));
    m_due->addItem(tr("Overdue"), int(DueFilter::Overdue));
    m_due->addItem(tr("Due by…"), int(DueFilter::DueBy));
    m_dueBy = new QDateEdit(bar);
    m_dueBy->setCalendarPopup(true);
    m_dueBy->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_dueBy->setDate(m_garden.clock().today().addDays(7));
    m_dueBy->setEnabled(false);
    connect(m_due, &QComboBox::currentIndexChanged, this, &CardBrowser::applyDueFilter);
    connect(m_dueBy, &QDateEdit::dateChanged, this, &CardBrowser::applyDueFilter);

    m_count = new QLabel(bar);
    m_count->setObjectName(u"cardCount"_s);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_text, 3);
    layout->addWidget(m_part);
    layout->addWidget(m_state);
    layout->addWidget(m_due);
    layout->addWidget(m_dueBy);
    layout->addWidget(m_count, 1, Qt::AlignRight);
    return bar;
}

QWidget *CardBrowser::createDetail(QWebEngineProfile *profile)
{
    auto *detail = new QWidget(this);
    m_summary = new QLabel(tr("Select a card to see it with its review history."), detail);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_cardView = new CardView(*m_route, profile, detail);
    m_cardView->hide();
    m_history = new CardHistoryView(detail);
    m_suspend = new QPushButton(tr("Suspend"), detail);
    m_suspend->setEnabled(false);
    connect(m_suspend, &QPushButton::clicked, this, &CardBrowser::toggleSuspended);
    m_note = new QPushButton(tr("Open Note"), detail);
    m_note->setEnabled(false);
    connect(m_note, &QPushButton::clicked, this, [this] {
        const int row = m_model->rowOf(selectedCardId());
        if (row >= 0 && !m_model->card(row).noteId.isEmpty())
            Q_EMIT openNoteRequested(m_model->card(row).noteId, m_model->card(row).id);
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_suspend);
    buttons->addWidget(m_note);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(detail);
    layout->setContentsMargins(8, 4, 8, 8);
    layout->addWidget(m_summary);
    layout->addWidget(m_cardView, 3);
    layout->addWidget(new QLabel(tr("Review history"), detail));
    layout->addWidget(m_history, 2);
    layout->addLayout(buttons);
    return detail;
}

void CardBrowser::refresh()
{
    const QString selected = selectedCardId();
    QList<CardInfo> cards = m_garden.reviews().cards();
    std::set<int> parts;
    for (const CardInfo &card : std::as_const(cards)) {
        if (card.part > 0)
            parts.insert(card.part);
    }
    m_model->setCards(std::move(cards), m_garden.clock().boundary().zone());
    const int chosenPart = m_part->currentData().toInt();
    {
        const QSignalBlocker blocker(m_part);
        m_part->clear();
        m_part->addItem(tr("All parts"), 0);
        for (const int part : parts)
            m_part->addItem(tr("Part %1").arg(part), part);
        m_part->setCurrentIndex(std::max(0, m_part->findData(chosenPart)));
    }
    m_filter->setPart(m_part->currentData().toInt());
    applyDueFilter(); // "now" has moved on
    if (!selected.isEmpty())
        selectCard(selected);
    updateCount();
}

void CardBrowser::setDueFilter(DueFilter filter, QDate dueBy)
{
    if (dueBy.isValid())
        m_dueBy->setDate(dueBy);
    m_due->setCurrentIndex(m_due->findData(int(filter)));
    applyDueFilter();
}

// The filter compares with instants: the study days' boundaries in the learner's zone, from the garden's clock.
void CardBrowser::applyDueFilter()
{
    const auto filter = DueFilter(m_due->currentData().toInt());
    m_dueBy->setEnabled(filter == DueFilter::DueBy);
    const DayBoundary &boundary = m_garden.clock().boundary();
    const QDate today = m_garden.clock().today();
    switch (filter) {
    case DueFilter::Any:
        m_filter->setDueBefore({});
        break;
    case DueFilter::Due:
        m_filter->setDueBefore(boundary.startOf(today.addDays(1)));
        break;
    case DueFilter::Overdue:
        m_filter->setDueBefore(boundary.startOf(today));
        break;
    case DueFilter::DueBy:
        m_filter->setDueBefore(boundary.startOf(m_dueBy->date().addDays(1)));
        break;
    }
}

void CardBrowser::updateCount()
{
    const QLocale locale;
    m_count->setText(
        tr("%1 of %2 cards").arg(locale.toString(m_filter->rowCount()), locale.toString(m_model->rowCount())));
}

QList<QString> CardBrowser::selectedIds() const
{
    QList<QString> ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        ids.append(index.data(CardTableModel::IdRole).toString());
    return ids;
}

QString CardBrowser::selectedCardId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (current.isValid() && m_table->selectionModel()->isRowSelected(current.row(), current.parent()))
        return current.data(CardTableModel::IdRole).toString();
    const QList<QString> ids = selectedIds();
    return ids.isEmpty() ? QString() : ids.constFirst();
}

bool CardBrowser::selectCard(const QString &cardId)
{
    const int row = m_model->rowOf(cardId);
    if (row < 0)
        return false;
    QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        // Hidden by a filter: the filters go, the card is what was asked for.
        m_text->clear();
        m_filter->setText(QString());
        m_part->setCurrentIndex(0);
        m_state->setCurrentIndex(0);
        m_due->setCurrentIndex(0);
        index = m_filter->mapFromSource(m_model->index(row, 0));
    }
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

void CardBrowser::showSelected()
{
    const QString id = selectedCardId();
    const int row = m_model->rowOf(id);
    m_suspend->setEnabled(!selectedIds().isEmpty());
    if (row < 0) {
        m_cardView->hide();
        m_history->clear();
        m_note->setEnabled(false);
        m_summary->setText(tr("Select a card to see it with its review history."));
        return;
    }
    const CardInfo card = m_model->card(row); // a copy: what follows may reload the model
    bool allSuspended = true;
    for (const QString &selected : selectedIds())
        allSuspended = allSuspended && m_model->card(m_model->rowOf(selected)).suspended;
    m_suspend->setText(allSuspended ? tr("Unsuspend") : tr("Suspend"));
    m_note->setEnabled(!card.noteId.isEmpty());
    const QLocale locale;
    QString summary = u"<b>"_s + card.id.toHtmlEscaped() + u"</b> · "_s + card.stateName();
    if (card.state.reps > 0)
        summary +=
            tr(" · stability %1 d · difficulty %2 · retrievability %3 %")
                .arg(locale.toString(card.state.stability, 'f', 2), locale.toString(card.state.difficulty, 'f', 2),
                     locale.toString(100 * card.retrievability, 'f', 1));
    m_summary->setText(summary);
    m_cardView->show();
    if (m_cardView->cardId() != card.id)
        m_cardView->showCard(card.id, CardRoute::Side::Back);
    ReviewService &reviews = m_garden.reviews();
    m_history->setHistory(card.id, reviews.history(card.id), reviews.scheduler(), m_garden.clock().boundary().zone());
}

void CardBrowser::toggleSuspended()
{
    const QList<QString> ids = selectedIds();
    if (ids.isEmpty())
        return;
    bool allSuspended = true;
    for (const QString &id : ids)
        allSuspended = allSuspended && m_model->card(m_model->rowOf(id)).suspended;
    ReviewService &reviews = m_garden.reviews();
    for (const QString &id : ids) {
        if (const StoreError error = reviews.setSuspended(id, !allSuspended)) {
            m_banner->showMessage(MessageBanner::Kind::Error,
                                  tr("The card %1 was not changed: %2").arg(id, error.message()));
            break;
        }
        if (const std::optional<CardInfo> card = reviews.card(id))
            m_model->updateCard(*card);
    }
    showSelected();
}

// Queued: a window is shown again when it is recreated (the card view, the first web view in it, appearing), not only
// when the learner comes to the page; the refresh runs once, after the events that caused it.
void CardBrowser::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_refreshQueued) {
        m_refreshQueued = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_refreshQueued = false;
                refresh();
            },
            Qt::QueuedConnection);
    }
}

} // namespace pmg
