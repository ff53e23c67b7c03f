// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quiztakingview.h"

#include "garden/garden.h"
#include "messagebanner.h"
#include "quiz/quizservice.h"
#include "quizhtml.h"
#include "quiznavigator.h"
#include "quizquestionpanel.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pmg {

namespace {

QString clockText(qint64 ms)
{
    const qint64 seconds = (std::max<qint64>(0, ms) + 999) / 1000; // 0:01 until the very end, then 0:00
    if (seconds >= 3600)
        return u"%1:%2:%3"_s.arg(seconds / 3600)
            .arg(seconds / 60 % 60, 2, 10, QChar(u'0'))
            .arg(seconds % 60, 2, 10, QChar(u'0'));
    return u"%1:%2"_s.arg(seconds / 60).arg(seconds % 60, 2, 10, QChar(u'0'));
}

QPushButton *button(const QString &text, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setFocusPolicy(Qt::TabFocus); // a click leaves the keyboard with the question (1–9, Enter)
    return b;
}

} // namespace

QuizTakingView::QuizTakingView(Garden &garden, QuizHtml &html, QWidget *parent)
    : QWidget(parent)
    , m_garden(garden)
    , m_quizzes(garden.quizzes())
    , m_html(html)
{
    setFocusPolicy(Qt::StrongFocus);
    buildLayout();
    m_repaint = new QTimer(this);
    m_repaint->setInterval(250);
    connect(m_repaint, &QTimer::timeout, this, &QuizTakingView::refreshCountdown);
}

QuizTakingView::~QuizTakingView() = default;

void QuizTakingView::buildLayout()
{
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_countdown = new QLabel(this);
    QFont clockFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    clockFont.setPointSizeF(titleFont.pointSizeF());
    clockFont.setBold(true);
    m_countdown->setFont(clockFont);
    m_countdown->setAccessibleName(tr("Time left"));
    m_progress = new QLabel(this);
    m_flag = button(tr("⚑ Flag for review"), this);
    m_flag->setCheckable(true);
    m_flag->setToolTip(tr("Mark this question to come back to it (F)"));
    connect(m_flag, &QPushButton::clicked, this, [this] {
        toggleFlag();
        m_flag->setChecked(m_attempt.response(currentQuestionId()).flagged);
    });

    m_panel = new QuizQuestionPanel(m_html);
    connect(m_panel, &QuizQuestionPanel::confirmRequested, this, &QuizTakingView::confirm);
    connect(m_panel, &QuizQuestionPanel::openNoteRequested, this, &QuizTakingView::openNoteRequested);
    m_scroll = new QScrollArea;
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setFocusPolicy(Qt::NoFocus);
    m_scroll->setWidget(m_panel);

    m_pausePanel = new QWidget;
    auto *pauseLayout = new QVBoxLayout(m_pausePanel);
    auto *pausedLabel = new QLabel(tr("Paused. The clock is stopped and the question is hidden."), m_pausePanel);
    pausedLabel->setAlignment(Qt::AlignCenter);
    auto *resume = new QPushButton(tr("Resume"), m_pausePanel);
    connect(resume, &QPushButton::clicked, this, &QuizTakingView::togglePause);
    pauseLayout->addStretch(1);
    pauseLayout->addWidget(pausedLabel);
    pauseLayout->addWidget(resume, 0, Qt::AlignCenter);
    pauseLayout->addStretch(1);

    auto *legend = new QLabel(tr("Tinted: answered · ⚑ flagged\nClick a number to go there"), this);
    legend->setForegroundRole(QPalette::PlaceholderText);
    legend->setWordWrap(true);
    m_content = new QStackedWidget(this);
    m_content->addWidget(m_scroll);
    m_content->addWidget(m_pausePanel);
    m_navigator = new QuizNavigator(this);
    m_navigator->setFixedWidth(196);
    legend->setFixedWidth(196);
    connect(m_navigator, &QuizNavigator::jumpRequested, this, &QuizTakingView::goTo);

    m_submitBanner = new MessageBanner(this);
    m_submitBanner->addButton(tr("Submit now"), [this] {
        m_submitBanner->hide();
        if (m_quizzes.submit(m_attempt))
            finishWith(QString());
        else
            fail();
    });
    m_leave = button(tr("Back to quizzes"), this);
    m_leave->setToolTip(tr("The attempt is kept: resume it from the quiz list"));
    connect(m_leave, &QPushButton::clicked, this, [this] {
        storePending();
        pausePractice();
        Q_EMIT leaveRequested();
    });
    m_pause = button(tr("Pause"), this);
    connect(m_pause, &QPushButton::clicked, this, &QuizTakingView::togglePause);
    m_previous = button(tr("Previous"), this);
    connect(m_previous, &QPushButton::clicked, this, [this] { goTo(m_attempt.position - 1); });
    m_confirm = button(tr("Confirm"), this);
    connect(m_confirm, &QPushButton::clicked, this, &QuizTakingView::confirm);
    m_submit = button(tr("Submit"), this);
    connect(m_submit, &QPushButton::clicked, this, &QuizTakingView::submit);
    for (const auto &[key, delta] :
         {std::pair{QKeySequence::MoveToPreviousPage, -1}, {QKeySequence::MoveToNextPage, 1}})
        connect(new QShortcut(key, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut), &QShortcut::activated, this,
                [this, d = delta] { goTo(m_attempt.position + d); });

    auto *head = new QHBoxLayout;
    head->addWidget(m_title, 1);
    head->addWidget(m_countdown);
    auto *sub = new QHBoxLayout;
    sub->addWidget(m_progress, 1);
    sub->addWidget(m_flag);
    auto *middle = new QHBoxLayout;
    middle->addWidget(m_content, 1);
    auto *side = new QVBoxLayout;
    side->addWidget(m_navigator, 1);
    side->addWidget(legend);
    middle->addLayout(side);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_leave);
    buttons->addWidget(m_pause);
    buttons->addStretch(1);
    buttons->addWidget(m_previous);
    buttons->addWidget(m_confirm);
    buttons->addWidget(m_submit);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(head);
    layout->addLayout(sub);
    layout->addLayout(middle, 1);
    layout->addWidget(m_submitBanner);
    layout->addLayout(buttons);
}

void QuizTakingView::take(const QuizAttempt &attempt)
{
    m_attempt = attempt;
    m_hasAttempt = true;
    m_submitBanner->hide();
    m_title->setText(attempt.title + u" · "_s + (attempt.mode == QuizMode::Exam ? tr("exam") : tr("practice")));
    showQuestion();
    m_repaint->start();
    refreshCountdown();
}

void QuizTakingView::release()
{
    storePending();
    m_repaint->stop();
    m_hasAttempt = false;
    m_attempt = QuizAttempt();
}

void QuizTakingView::pausePractice()
{
    if (m_hasAttempt && !m_attempt.isFinished() && m_attempt.mode == QuizMode::Practice
        && m_attempt.timer.isRunning()) {
        if (!m_quizzes.pause(m_attempt))
            fail();
        updateChrome();
    }
}

QString QuizTakingView::currentQuestionId() const
{
    return m_attempt.questionIds.value(m_attempt.position);
}

const QuizQuestion *QuizTakingView::currentQuestion() const
{
    return m_quizzes.question(currentQuestionId());
}

bool QuizTakingView::isRevealed() const
{
    return m_attempt.mode == QuizMode::Practice && m_attempt.response(currentQuestionId()).isAnswered();
}

bool QuizTakingView::isShowingPausePanel() const
{
    return m_content->currentWidget() == m_pausePanel;
}

void QuizTakingView::showQuestion()
{
    m_progress->setText(tr("Question %1 of %2").arg(m_attempt.position + 1).arg(m_attempt.questionIds.size()));
    m_panel->showQuestion(currentQuestion(), m_attempt, m_attempt.response(currentQuestionId()), isRevealed());
    m_scroll->ensureVisible(0, 0);
    updateChrome();
    if (!m_panel->focusAnswerField())
        setFocus();
}

void QuizTakingView::updateChrome()
{
    const bool finished = m_attempt.isFinished();
    const bool paused = m_attempt.mode == QuizMode::Practice && !m_attempt.timer.isRunning() && !finished;
    m_content->setCurrentWidget(paused ? m_pausePanel : static_cast<QWidget *>(m_scroll));
    m_pause->setVisible(m_attempt.mode == QuizMode::Practice);
    m_pause->setText(paused ? tr("Resume") : tr("Pause"));
    const bool last = m_attempt.position + 1 >= m_attempt.questionIds.size();
    if (m_attempt.mode == QuizMode::Practice)
        m_confirm->setText(isRevealed() ? (last ? tr("Done") : tr("Next")) : tr("Confirm"));
    else
        m_confirm->setText(last ? tr("Save") : tr("Save and next"));
    m_confirm->setEnabled(!paused && !finished);
    m_previous->setEnabled(!paused && !finished && m_attempt.position > 0);
    m_flag->setEnabled(!paused && !finished);
    m_flag->setChecked(m_attempt.response(currentQuestionId()).flagged);
    m_submit->setEnabled(!paused && !finished);
    m_navigator->setEnabled(!paused);
    m_navigator->showAttempt(m_attempt);
}

// Exam: what is selected on the question being left is the answer to it (stored when it changed).
bool QuizTakingView::storePending()
{
    if (!m_hasAttempt || m_attempt.isFinished() || m_attempt.mode != QuizMode::Exam)
        return true;
    const std::optional<QuizAnswer> pending = m_panel->pendingAnswer();
    if (!pending)
        return true;
    const QuizResponse stored = m_attempt.response(currentQuestionId());
    const bool unchanged = pending->isEmpty() ? !stored.isAnswered() : stored.answer == *pending;
    if (unchanged)
        return true;
    if (m_quizzes.answer(m_attempt, currentQuestionId(), *pending)) {
        m_navigator->showAttempt(m_attempt);
        return true;
    }
    return fail();
}

bool QuizTakingView::fail()
{
    if (m_attempt.isFinished()) {
        finishWith(m_quizzes.lastError());
        return false;
    }
    Q_EMIT problem(m_quizzes.lastError());
    return false;
}

void QuizTakingView::finishWith(const QString &message)
{
    m_repaint->stop();
    Q_EMIT finished(m_attempt.id, message);
}

void QuizTakingView::confirm()
{
    if (!m_hasAttempt || m_attempt.isFinished() || isShowingPausePanel())
        return;
    const bool last = m_attempt.position + 1 >= m_attempt.questionIds.size();
    if (m_attempt.mode == QuizMode::Exam) {
        if (!storePending())
            return;
        if (last)
            m_panel->setHint(tr("That was the last question. Submit when you are ready (flagged and unanswered ones "
                                "are listed first)."));
        else
            goTo(m_attempt.position + 1);
        return;
    }
    if (isRevealed()) {
        if (last)
            m_panel->setHint(tr("That was the last question: Submit to see your results."));
        else
            goTo(m_attempt.position + 1);
        return;
    }
    const std::optional<QuizAnswer> pending = m_panel->pendingAnswer();
    if (!pending || pending->isEmpty()) {
        m_panel->setHint(tr("Give an answer first."));
        return;
    }
    if (!m_quizzes.answer(m_attempt, currentQuestionId(), *pending)) {
        fail();
        return;
    }
    showQuestion(); // locked, with the answer shown
}

void QuizTakingView::goTo(int position)
{
    if (!m_hasAttempt || m_attempt.isFinished() || position < 0 || position >= m_attempt.questionIds.size()
        || isShowingPausePanel())
        return;
    if (!storePending())
        return;
    if (position != m_attempt.position && !m_quizzes.moveTo(m_attempt, position)) {
        fail();
        return;
    }
    showQuestion();
}

void QuizTakingView::toggleFlag()
{
    if (!m_hasAttempt || m_attempt.isFinished() || isShowingPausePanel())
        return;
    const QString id = currentQuestionId();
    if (!m_quizzes.setFlagged(m_attempt, id, !m_attempt.response(id).flagged))
        fail();
    updateChrome();
}

void QuizTakingView::togglePause()
{
    if (!m_hasAttempt || m_attempt.isFinished() || m_attempt.mode != QuizMode::Practice)
        return;
    const bool ok = m_attempt.timer.isRunning() ? m_quizzes.pause(m_attempt) : m_quizzes.resume(m_attempt);
    if (!ok)
        fail();
    if (m_hasAttempt && !m_attempt.isFinished())
        showQuestion();
    refreshCountdown();
}

void QuizTakingView::submit()
{
    if (!m_hasAttempt || m_attempt.isFinished() || !storePending())
        return;
    const qsizetype open = m_attempt.questionIds.size() - m_attempt.answeredCount();
    const qsizetype flagged = m_attempt.flaggedCount();
    if ((open > 0 || flagged > 0) && !m_submitBanner->isVisible()) {
        QStringList what;
        if (open > 0)
            what.append(open == 1 ? tr("1 question not answered") : tr("%1 questions not answered").arg(open));
        if (flagged > 0)
            what.append(tr("%1 flagged for review").arg(flagged));
        m_submitBanner->showMessage(MessageBanner::Kind::Warning, what.join(u", "_s) + u". "_s + tr("Submit anyway?"));
        return;
    }
    m_submitBanner->hide();
    if (m_quizzes.submit(m_attempt))
        finishWith(QString());
    else
        fail();
}

void QuizTakingView::refreshCountdown()
{
    if (!m_hasAttempt || m_attempt.isFinished())
        return;
    if (m_quizzes.finishIfExpired(m_attempt)) {
        finishWith(tr("Time is up: the attempt was submitted with the answers given."));
        return;
    }
    const std::optional<qint64> left = m_quizzes.remainingMs(m_attempt);
    QString text = left ? clockText(*left) : tr("%1 (untimed)").arg(clockText(m_quizzes.usedMs(m_attempt)));
    if (!m_attempt.timer.isRunning())
        text = u"⏸ "_s + text;
    m_countdown->setText(text);
    const bool lastMinute = left && *left < 60'000;
    QPalette pal = palette();
    if (lastMinute)
        pal.setColor(QPalette::WindowText, QuizHtml::badColour(palette()));
    m_countdown->setPalette(pal);
    m_countdown->setProperty("lastMinute", lastMinute);
}

void QuizTakingView::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    const bool plain = (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
    if (plain && key >= Qt::Key_1 && key <= Qt::Key_9 && m_panel->hasOptions()) {
        m_panel->toggleOption(key - Qt::Key_1);
        return;
    }
    if (key == Qt::Key_Return || key == Qt::Key_Enter) {
        confirm();
        return;
    }
    if (plain && key == Qt::Key_F) {
        toggleFlag();
        return;
    }
    QWidget::keyPressEvent(event);
}

void QuizTakingView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The marks on a revealed answer's options and the countdown's red come from the palette. (An unrevealed
    // question is left alone: it may hold a selection not stored yet.)
    if (event->type() == QEvent::PaletteChange && m_hasAttempt && !m_attempt.isFinished()) {
        if (isRevealed())
            showQuestion();
        refreshCountdown();
    }
}

} // namespace pmg
