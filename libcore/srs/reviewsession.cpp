// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewsession.h"

#include "clock/clock.h"

namespace pmg {

ReviewSession::ReviewSession(ReviewService &service, const Clock &clock, ReviewService::Scope scope)
    : m_service(service)
    , m_clock(clock)
    , m_scope(std::move(scope))
{}

bool ReviewSession::advance()
{
    m_queue = m_service.queue(m_scope);
    const QDateTime now = m_clock.now();
    // The queue's learning cards are ordered by due time: the first one tells whether a step is due already.
    const bool learningDue = !m_queue.learning.isEmpty() && m_queue.learning.constFirst().state.due <= now;
    if (learningDue)
        show(m_queue.learning.constFirst());
    else if (!m_queue.review.isEmpty())
        show(m_queue.review.constFirst());
    else if (!m_queue.fresh.isEmpty())
        show(m_queue.fresh.constFirst());
    else if (!m_queue.learning.isEmpty())
        show(m_queue.learning.constFirst()); // due within the learn-ahead window: shown rather than waited for
    else
        m_current.reset();
    return m_current.has_value();
}

void ReviewSession::show(const CardInfo &card)
{
    m_current = card;
    m_shownAt = m_clock.now();
}

ReviewSession::Counts ReviewSession::remaining() const
{
    return {int(m_queue.learning.size()), int(m_queue.review.size()), int(m_queue.fresh.size())};
}

void ReviewSession::count(const ReviewService::Grade &grade, int sign)
{
    m_summary.answered += sign;
    m_summary.byRating[std::size_t(ratingValue(grade.entry.rating) - 1)] += sign;
    m_summary.durationMs += sign * grade.entry.durationMs;
}

bool ReviewSession::answer(Rating rating, StoreError *error)
{
    if (!m_current) {
        if (error)
            *error = {StoreError::Kind::Io, QString(), QStringLiteral("there is no card to answer")};
        return false;
    }
    const std::optional<ReviewService::Grade> grade = m_service.grade(*m_current, rating, m_shownAt, error);
    if (!grade)
        return false;
    count(*grade, 1);
    m_undo.append(*grade);
    advance();
    return true;
}

StoreError ReviewSession::undo()
{
    if (m_undo.isEmpty())
        return {StoreError::Kind::Io, QString(), QStringLiteral("there is no answer to take back")};
    const ReviewService::Grade last = m_undo.constLast();
    if (const StoreError error = m_service.undo(last))
        return error;
    m_undo.removeLast();
    count(last, -1);
    m_queue = m_service.queue(m_scope);
    // The card as the service has it now (its state restored), shown again from now.
    show(m_service.card(last.before.id).value_or(last.before));
    return {};
}

StoreError ReviewSession::suspendCurrent()
{
    if (!m_current)
        return {};
    if (const StoreError error = m_service.setSuspended(m_current->id, true))
        return error;
    advance();
    return {};
}

StoreError ReviewSession::buryCurrent()
{
    if (!m_current)
        return {};
    if (const StoreError error = m_service.bury(m_current->id))
        return error;
    advance();
    return {};
}

} // namespace pmg
