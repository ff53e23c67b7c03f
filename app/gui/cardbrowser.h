// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cardroute.h"

#include <QDate>
#include <QWidget>

#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;
class QWebEngineProfile;

namespace pmg {

class CardFilterModel;
class CardHistoryView;
class CardTableModel;
class CardView;
class Garden;
class MessageBanner;
struct CardInfo;
struct WebContent;

/// Every card in a table (a model over ReviewService::cards(), quick with 100,000): filter by text, part, state and
/// due date; sort by due time, stability, difficulty, retrievability, reviews or lapses. The selected card is shown
/// as the reviewer shows its answer, with its whole review history; it can be suspended or unsuspended, and its note
/// opened at the card.
class CardBrowser final : public QWidget
{
    Q_OBJECT

public:
    enum class DueFilter { Any, Due, Overdue, DueBy };

    CardBrowser(Garden &garden, const WebContent &web, QWidget *parent = nullptr);
    ~CardBrowser() override;

    /// Reads every card again (the page does it each time it is shown).
    void refresh();
    /// Selects `cardId` (clearing filters that hide it); false for an unknown card.
    bool selectCard(const QString &cardId);
    QString selectedCardId() const;
    /// Suspends every selected card that is not suspended, or unsuspends them when all are.
    void toggleSuspended();
    void setDueFilter(DueFilter filter, QDate dueBy = {});

    QTableView *table() const { return m_table; }
    CardTableModel *cardModel() const { return m_model; }
    CardFilterModel *filterModel() const { return m_filter; }
    QLineEdit *textFilter() const { return m_text; }
    QComboBox *partFilter() const { return m_part; }
    QComboBox *stateFilter() const { return m_state; }
    QComboBox *dueFilter() const { return m_due; }
    CardView *cardView() const { return m_cardView; }
    CardHistoryView *historyView() const { return m_history; }
    QPushButton *suspendButton() const { return m_suspend; }
    QPushButton *noteButton() const { return m_note; }
    MessageBanner *banner() const { return m_banner; }

Q_SIGNALS:
    void openNoteRequested(const QString &noteId, const QString &anchor);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createFilterBar();
    QWidget *createDetail(QWebEngineProfile *profile);
    void applyDueFilter();
    void showSelected();
    void updateCount();
    QList<QString> selectedIds() const;

    Garden &m_garden;
    std::unique_ptr<CardRoute> m_route;
    CardTableModel *m_model = nullptr;
    CardFilterModel *m_filter = nullptr;
    MessageBanner *m_banner = nullptr;
    QLineEdit *m_text = nullptr;
    QTimer *m_textTimer = nullptr;
    QComboBox *m_part = nullptr;
    QComboBox *m_state = nullptr;
    QComboBox *m_due = nullptr;
    QDateEdit *m_dueBy = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_table = nullptr;
    CardView *m_cardView = nullptr;
    CardHistoryView *m_history = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_suspend = nullptr;
    QPushButton *m_note = nullptr;
    bool m_refreshQueued = false;
};

} // namespace pmg
