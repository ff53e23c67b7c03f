// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewpage.h"

#include "cardview.h"
#include "garden/garden.h"
#include "messagebanner.h"
#include "reviewanswerbar.h"
#include "reviewscopebox.h"
#include "srs/intervaltext.h"
#include "webcontent.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pmg {

namespace {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

/// "1:05", "12:40", "1:02:03".
QString duration(qint64 ms)
{
    const qint64 s = ms / 1000;
    if (s >= 3600)
        return u"%1:%2:%3"_s.arg(s / 3600).arg(s / 60 % 60, 2, 10, QChar(u'0')).arg(s % 60, 2, 10, QChar(u'0'));
    return u"%1:%2"_s.arg(s / 60).arg(s % 60, 2, 10, QChar(u'0'));
}

} // namespace

ReviewPage::ReviewPage(Garden &garden, const WebContent &web, QWidget *parent)
    : QWidget(parent)
    , m_garden(garden)
    , m_route(std::make_unique<CardRoute>(garden, web))
{
    setObjectName(u"reviewPage"_s);
    // The page itself holds the keyboard: its single-key commands must not go to a button or into the card.
    setFocusPolicy(Qt::StrongFocus);
    m_banner = new MessageBanner(this);
    m_cardView = new CardView(*m_route, web.profile, this);
    m_cardView->setKeyboardOwner(this);
    m_finished = new QLabel(this);
    m_finished->setObjectName(u"finished"_s);
    m_finished->setAlignment(Qt::AlignCenter);
    m_finished->setWordWrap(true);
    m_finished->setMargin(24);
    m_centre = new QStackedWidget(this);
    m_centre->addWidget(m_cardView);
    m_centre->addWidget(m_finished);
    m_answerBar = new ReviewAnswerBar(this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(createTopBar());
    layout->addWidget(m_centre, 1);
    layout->addWidget(m_answerBar);
    createActions();

    connect(m_answerBar, &ReviewAnswerBar::revealClicked, this, &ReviewPage::reveal);
    connect(m_answerBar, &ReviewAnswerBar::gradeClicked, this, &ReviewPage::grade);
    connect(m_cardView, &CardView::openNoteRequested, this, &ReviewPage::openNoteRequested);
    connect(m_scopeBox, &ReviewScopeBox::scopeChosen, this, [this](const ReviewService::Scope &scope) {
        start(scope);
        setFocus(Qt::OtherFocusReason);
    });
    // An edit can change the card on screen, add or remove cards, parts and tags.
    connect(&garden, &Garden::curriculumChanged, this, [this] {
        m_scopeBox->rebuild(m_garden.curriculum());
        if (!isFinished())
            m_cardView->reloadCard();
    });
    m_scopeBox->rebuild(garden.curriculum());
    showFinished();
}

ReviewPage::~ReviewPage() = default;

QWidget *ReviewPage::createTopBar()
{
    auto *bar = new QWidget(this);
    m_scopeBox = new ReviewScopeBox(bar);
    m_counts = new QLabel(bar);
    m_counts->setObjectName(u"counts"_s);
    m_counts->setToolTip(tr("Cards left today: new, in learning, to review"));
    m_time = new QLabel(bar);
    m_time->setObjectName(u"timeSpent"_s);
    m_time->setToolTip(tr("Cards answered in this session and the time spent answering them"));
    m_more = new QToolButton(bar);
    m_more->setText(tr("More"));
    m_more->setPopupMode(QToolButton::InstantPopup);
    m_more->setFocusPolicy(Qt::NoFocus);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(12, 8, 12, 4);
    layout->addWidget(m_scopeBox);
    layout->addStretch(1);
    layout->addWidget(m_counts);
    layout->addSpacing(18);
    layout->addWidget(m_time);
    layout->addSpacing(12);
    layout->addWidget(m_more);
    return bar;
}

void ReviewPage::createActions()
{
    const auto add = [this](const QString &name, const QString &text, const QList<QKeySequence> &keys, auto &&slot) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        action->setShortcuts(keys);
        // Only while the reviewer has the keyboard: single keys must not fire while the learner types elsewhere.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        m_actions.insert(name, action);
        return action;
    };
    // Space and Enter show the answer, then (on the answer) mean Good, as in Anki.
    add(u"review.reveal"_s, tr("Show Answer"),
        {QKeySequence(Qt::Key_Space), QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)}, [this] {
            if (m_revealed)
                grade(Rating::Good);
            else
                reveal();
        });
    const std::array<QString, 4> names{tr("Again"), tr("Hard"), tr("Good"), tr("Easy")};
    for (int i = 0; i < 4; ++i) {
        const auto rating = static_cast<Rating>(i + 1);
        add(u"review.grade%1"_s.arg(i + 1), names.at(std::size_t(i)), {QKeySequence(Qt::Key_1 + i)},
            [this, rating] { grade(rating); });
    }
    QMenu *menu = new QMenu(this);
    menu->addAction(add(u"review.edit"_s, tr("&Edit Card"), {QKeySequence(Qt::Key_E)}, [this] { editCard(); }));
    menu->addAction(add(u"review.note"_s, tr("Open the &Note"), {QKeySequence(Qt::Key_N)}, [this] { openCardNote(); }));
    menu->addSeparator();
    menu->addAction(
        add(u"review.suspend"_s, tr("&Suspend Card"), {QKeySequence(Qt::Key_S)}, [this] { suspendCard(); }));
    menu->addAction(
        add(u"review.bury"_s, tr("&Bury Until Tomorrow"), {QKeySequence(Qt::Key_B)}, [this] { buryCard(); }));
    menu->addSeparator();
    menu->addAction(add(u"review.undo"_s, tr("&Undo Answer"), {QKeySequence::Undo}, [this] { undo(); }));
    m_more->setMenu(menu);
}

void ReviewPage::start(const ReviewService::Scope &scope)
{
    m_scopeBox->setScope(scope);
    m_session = std::make_unique<ReviewSession>(m_garden.reviews(), m_garden.clock(), scope);
    m_session->advance();
    showReadOnlyNotice();
    showCurrent();
}

bool ReviewPage::isFinished() const
{
    return !m_session || m_session->isFinished();
}

void ReviewPage::showCurrent()
{
    m_revealed = false;
    if (isFinished()) {
        showFinished();
        return;
    }
    m_centre->setCurrentWidget(m_cardView);
    m_cardView->showCard(m_session->current()->id, CardRoute::Side::Front);
    m_answerBar->showQuestion();
    m_answerBar->show();
    updateStatus();
}

void ReviewPage::reveal()
{
    if (isFinished() || m_revealed)
        return;
    m_revealed = true;
    const CardInfo &card = *m_session->current();
    m_cardView->showCard(card.id, CardRoute::Side::Back);
    const std::array<CardState, 4> next = m_garden.reviews().preview(card);
    const QDateTime now = m_garden.clock().now();
    std::array<QString, 4> intervals;
    for (std::size_t i = 0; i < next.size(); ++i)
        intervals.at(i) = IntervalText::of(next.at(i), now);
    m_answerBar->showGrades(intervals);
    updateActions();
}

bool ReviewPage::grade(Rating rating)
{
    if (isFinished() || !m_revealed)
        return false;
    StoreError error;
    if (!m_session->answer(rating, &error)) {
        showStoreError(tr("The answer was not saved"), error);
        return false;
    }
    if (m_banner->kind() == MessageBanner::Kind::Error)
        m_banner->hide();
    showCurrent();
    return true;
}

void ReviewPage::undo()
{
    if (!m_session || !m_session->canUndo())
        return;
    if (const StoreError error = m_session->undo()) {
        showStoreError(tr("The answer could not be taken back"), error);
        return;
    }
    showCurrent();
}

void ReviewPage::suspendCard()
{
    if (isFinished())
        return;
    if (const StoreError error = m_session->suspendCurrent()) {
        showStoreError(tr("The card was not suspended"), error);
        return;
    }
    showCurrent();
}

void ReviewPage::buryCard()
{
    if (isFinished())
        return;
    if (const StoreError error = m_session->buryCurrent()) {
        showStoreError(tr("The card was not buried"), error);
        return;
    }
    showCurrent();
}

void ReviewPage::editCard()
{
    if (!isFinished() && !m_session->current()->file.isEmpty())
        Q_EMIT editNoteRequested(m_session->current()->noteId, m_session->current()->line);
}

void ReviewPage::openCardNote()
{
    if (!isFinished() && !m_session->current()->noteId.isEmpty())
        Q_EMIT openNoteRequested(m_session->current()->noteId, m_session->current()->id);
}

void ReviewPage::showFinished()
{
    m_revealed = false;
    m_answerBar->hide();
    m_centre->setCurrentWidget(m_finished);
    m_finished->setText(m_session ? finishedText() : QString());
    updateStatus();
}

QString ReviewPage::finishedText()
{
    const ReviewSession::Summary &summary = m_session->summary();
    QString text = u"<h2>"_s + tr("All done for today").toHtmlEscaped() + u"</h2>"_s;
    if (summary.answered > 0) {
        text += u"<p>"_s
                + tr("You answered %n card(s) in %1: again %2, hard %3, good %4, easy %5.", nullptr, summary.answered)
                      .arg(duration(summary.durationMs))
                      .arg(summary.byRating[0])
                      .arg(summary.byRating[1])
                      .arg(summary.byRating[2])
                      .arg(summary.byRating[3])
                      .toHtmlEscaped()
                + u"</p>"_s;
    } else {
        text += u"<p>"_s + tr("No card of this selection is due now.").toHtmlEscaped() + u"</p>"_s;
    }
    const std::optional<QDateTime> next = m_session->nextDue();
    text +=
        u"<p>"_s
        + (next ? tr("The next card is due %1.").arg(whenText(*next)) : tr("No card of this selection is scheduled."))
              .toHtmlEscaped()
        + u"</p>"_s;
    return text;
}

// In the learner's time zone: "today at 18:30 (in 25m)", "tomorrow at 04:00 (in 18h)", "on Wed 2 Dec 2026 (in 8d)".
QString ReviewPage::whenText(const QDateTime &when) const
{
    const Clock &clock = m_garden.clock();
    const QDateTime now = clock.now();
    const QTimeZone zone = clock.boundary().zone();
    const QDateTime local = when.toTimeZone(zone);
    const QDate today = now.toTimeZone(zone).date();
    const QLocale locale;
    const QString in = IntervalText::format(now.secsTo(when));
    const QString time = locale.toString(local.time(), QLocale::ShortFormat);
    if (local.date() == today)
        return tr("today at %1 (in %2)").arg(time, in);
    if (local.date() == today.addDays(1))
        return tr("tomorrow at %1 (in %2)").arg(time, in);
    return tr("on %1 (in %2)").arg(locale.toString(local.date(), QLocale::ShortFormat), in);
}

void ReviewPage::updateStatus()
{
    const bool dark = isDark(palette());
    const auto count = [&](const QString &label, int n, const char *light, const char *darkColour) {
        return label.toHtmlEscaped() + u" <b style=\"color:"_s + QLatin1StringView(dark ? darkColour : light) + u"\">"_s
               + QString::number(n) + u"</b>"_s;
    };
    const ReviewSession::Counts left = m_session ? m_session->remaining() : ReviewSession::Counts();
    // Anki's colours: new blue, learning red, review green.
    m_counts->setText(count(tr("New"), left.fresh, "#1f6feb", "#58a6ff") + u" &nbsp;·&nbsp; "_s
                      + count(tr("Learning"), left.learning, "#c0392b", "#f08a80") + u" &nbsp;·&nbsp; "_s
                      + count(tr("Review"), left.review, "#21794a", "#6cd49a"));
    const ReviewSession::Summary summary = m_session ? m_session->summary() : ReviewSession::Summary();
    m_time->setText(tr("%n answered", nullptr, summary.answered) + u" · "_s + duration(summary.durationMs));
    updateActions();
}

void ReviewPage::updateActions()
{
    const bool card = !isFinished();
    m_actions.value(u"review.reveal"_s)->setEnabled(card);
    for (int i = 1; i <= 4; ++i)
        m_actions.value(u"review.grade%1"_s.arg(i))->setEnabled(card && m_revealed);
    m_actions.value(u"review.edit"_s)->setEnabled(card && !m_session->current()->file.isEmpty());
    m_actions.value(u"review.note"_s)->setEnabled(card && !m_session->current()->noteId.isEmpty());
    m_actions.value(u"review.suspend"_s)->setEnabled(card);
    m_actions.value(u"review.bury"_s)->setEnabled(card);
    m_actions.value(u"review.undo"_s)->setEnabled(m_session && m_session->canUndo());
}

void ReviewPage::showStoreError(const QString &what, const StoreError &error)
{
    m_banner->showMessage(MessageBanner::Kind::Error,
                          tr("%1 (%2): %3. The card stays here; try again once that is solved.")
                              .arg(what, StoreError::kindName(error.kind), error.message()));
}

void ReviewPage::showReadOnlyNotice()
{
    if (m_garden.isReadOnly())
        m_banner->showMessage(
            MessageBanner::Kind::Warning,
            tr("This profile is read-only (%1): answers cannot be saved.").arg(m_garden.readOnlyReason()));
}

void ReviewPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // A finished session is looked at again: a new study day, or cards that came due while the page was away.
    if (isFinished())
        start(m_scopeBox->scope());
    setFocus(Qt::OtherFocusReason);
}

void ReviewPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        updateStatus();
}

} // namespace pmg
