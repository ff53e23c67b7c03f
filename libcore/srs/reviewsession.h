// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reviewservice.h"

#include <array>
#include <optional>

namespace pmg {

class Clock;

/// One sitting at the reviewer: which card comes next, what was answered and how long it took, and the answers that
/// can still be taken back. The order is Anki's: learning steps already due, then reviews, then new cards, then
/// learning steps due within the learn-ahead window. The queue is read again after every answer, so a card answered
/// Again comes back in the same session once its step is (nearly) due. Every change goes through ReviewService, which
/// has committed it durably when it returns.
class ReviewSession final
{
public:
    struct Counts {
        int learning = 0;
        int review = 0;
        int fresh = 0;
        int total() const { return learning + review + fresh; }
    };
    /// What this session answered (answers taken back are not counted).
    struct Summary {
        int answered = 0;
        std::array<int, 4> byRating{}; ///< Again … Easy
        qint64 durationMs = 0;         ///< the answer times as recorded (each capped at 60 s)
    };

    ReviewSession(ReviewService &service, const Clock &clock, ReviewService::Scope scope = {});

    const ReviewService::Scope &scope() const { return m_scope; }

    /// Reads the queue again and makes the next card current (shown from now on); false when none is left.
    bool advance();
    const std::optional<CardInfo> &current() const { return m_current; }
    /// When the current card was shown: the start of its answer time.
    QDateTime shownAt() const { return m_shownAt; }
    bool isFinished() const { return !m_current; }
    /// What is left today in the scope, the current card included.
    Counts remaining() const;
    const Summary &summary() const { return m_summary; }

    /// Records `rating` for the current card, then moves on to the next. On failure nothing changes and `error` says
    /// why (a read-only profile, a full disk).
    bool answer(Rating rating, StoreError *error);
    bool canUndo() const { return !m_undo.isEmpty(); }
    /// Takes the last answer back exactly (its log row is deleted, the card's state restored); its card is shown
    /// again.
    StoreError undo();
    /// Suspends or buries the current card, then moves on.
    StoreError suspendCurrent();
    StoreError buryCurrent();

    /// When the scope's next card comes up (for the finished screen).
    std::optional<QDateTime> nextDue() { return m_service.nextDue(m_scope); }

private:
    void show(const CardInfo &card);
    void count(const ReviewService::Grade &grade, int sign);

    ReviewService &m_service;
    const Clock &m_clock;
    ReviewService::Scope m_scope;
    ReviewService::Queue m_queue;
    std::optional<CardInfo> m_current;
    QDateTime m_shownAt;
    Summary m_summary;
    QList<ReviewService::Grade> m_undo;
};

} // namespace pmg
