// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cardroute.h"
#include "srs/reviewsession.h"

#include <QHash>
#include <QWidget>

#include <memory>

class QAction;
class QLabel;
class QStackedWidget;
class QToolButton;

namespace pmg {

class CardView;
class Garden;
class MessageBanner;
class ReviewAnswerBar;
class ReviewScopeBox;
struct WebContent;

/// The "Repeat" step: a review session, keyboard first as Anki's reviewer. The card's question is shown (rendered like
/// a note, in the window's web profile); Space shows the answer; 1–4 answer Again / Hard / Good / Easy (each button
/// shows the interval it gives; Space or Enter on the answer is Good); Ctrl+Z takes the last answer back; E edits the
/// card's note, N opens it at the card, S suspends, B buries until tomorrow. Counts of what is left and the time
/// spent are shown above; a finished session says so, with the next due time. Every answer is stored durably before
/// the next card shows (ReviewSession → ReviewService); a failure is shown and the card stays.
class ReviewPage final : public QWidget
{
    Q_OBJECT

public:
    ReviewPage(Garden &garden, const WebContent &web, QWidget *parent = nullptr);
    ~ReviewPage() override;

    /// Starts a session over `scope` (everything due by default) and shows its first card or the finished screen.
    /// The page also starts one by itself when it is first shown, and again when shown after a finished session.
    void start(const ReviewService::Scope &scope = {});
    void reveal();
    bool grade(Rating rating);
    void undo();
    void suspendCard();
    void buryCard();
    void editCard();
    void openCardNote();

    bool isRevealed() const { return m_revealed; }
    /// The running session (null before the page was first shown or started).
    const ReviewSession *session() const { return m_session.get(); }
    bool isFinished() const;
    QAction *action(const QString &name) const { return m_actions.value(name); }
    CardView *cardView() const { return m_cardView; }
    ReviewAnswerBar *answerBar() const { return m_answerBar; }
    ReviewScopeBox *scopeBox() const { return m_scopeBox; }
    MessageBanner *banner() const { return m_banner; }
    QLabel *countsLabel() const { return m_counts; }
    QLabel *timeLabel() const { return m_time; }
    QLabel *finishedLabel() const { return m_finished; }

Q_SIGNALS:
    /// Open `noteId` at `anchor` (the card's id, which the note has as an anchor).
    void openNoteRequested(const QString &noteId, const QString &anchor);
    /// Edit `noteId`'s file at `line` (where the card is written).
    void editNoteRequested(const QString &noteId, int line);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    QWidget *createTopBar();
    void showCurrent();
    void showFinished();
    void updateStatus();
    void updateActions();
    QString finishedText();
    QString whenText(const QDateTime &when) const;
    void showStoreError(const QString &what, const StoreError &error);
    void showReadOnlyNotice();

    Garden &m_garden;
    std::unique_ptr<CardRoute> m_route;
    std::unique_ptr<ReviewSession> m_session;
    bool m_revealed = false;
    MessageBanner *m_banner = nullptr;
    ReviewScopeBox *m_scopeBox = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_time = nullptr;
    QToolButton *m_more = nullptr;
    QStackedWidget *m_centre = nullptr;
    CardView *m_cardView = nullptr;
    QLabel *m_finished = nullptr;
    ReviewAnswerBar *m_answerBar = nullptr;
    QHash<QString, QAction *> m_actions;
};

} // namespace pmg
