// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quizpage.h"

#include "garden/garden.h"
#include "messagebanner.h"
#include "quiz/quizservice.h"
#include "quizcomposerview.h"
#include "quizhistoryview.h"
#include "quizhtml.h"
#include "quizpickerview.h"
#include "quiztakingview.h"

#include <QStackedWidget>
#include <QVBoxLayout>

namespace pmg {

QuizPage::QuizPage(Garden &garden, QWidget *parent)
    : QWidget(parent)
    , m_garden(garden)
    , m_html(std::make_unique<QuizHtml>(garden))
{
    setObjectName(QStringLiteral("quizPage"));
    m_banner = new MessageBanner(this);
    m_picker = new QuizPickerView(garden, this);
    m_composer = new QuizComposerView(garden, this);
    m_taking = new QuizTakingView(garden, *m_html, this);
    m_results = new QuizResultsView(garden, *m_html, this);
    m_history = new QuizHistoryView(garden, this);
    m_stack = new QStackedWidget(this);
    for (QWidget *view :
         {static_cast<QWidget *>(m_picker), static_cast<QWidget *>(m_composer), static_cast<QWidget *>(m_taking),
          static_cast<QWidget *>(m_results), static_cast<QWidget *>(m_history)})
        m_stack->addWidget(view);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    layout->addWidget(m_stack, 1);

    connect(m_picker, &QuizPickerView::startRequested, this, &QuizPage::start);
    connect(m_picker, &QuizPickerView::resumeRequested, this, &QuizPage::resume);
    connect(m_picker, &QuizPickerView::composeRequested, this, &QuizPage::showComposer);
    connect(m_picker, &QuizPickerView::historyRequested, this, &QuizPage::showHistory);
    connect(m_composer, &QuizComposerView::startRequested, this, &QuizPage::start);
    connect(m_composer, &QuizComposerView::backRequested, this, &QuizPage::showPicker);
    connect(m_taking, &QuizTakingView::finished, this, &QuizPage::showResults);
    connect(m_taking, &QuizTakingView::problem, this, &QuizPage::showProblem);
    connect(m_taking, &QuizTakingView::openNoteRequested, this, &QuizPage::openNoteRequested);
    connect(m_taking, &QuizTakingView::leaveRequested, this, &QuizPage::showPicker);
    connect(m_results, &QuizResultsView::openNoteRequested, this, &QuizPage::openNoteRequested);
    connect(m_results, &QuizResultsView::backRequested, this, &QuizPage::showPicker);
    connect(m_results, &QuizResultsView::historyRequested, this, [this] {
        showHistory();
        m_history->setQuizFilter(m_results->results().attempt.quizId);
    });
    connect(m_results, &QuizResultsView::retakeRequested, this, &QuizPage::retake);
    connect(m_history, &QuizHistoryView::resultsRequested, this, [this](qint64 id) { showResults(id); });
    connect(m_history, &QuizHistoryView::resumeRequested, this, &QuizPage::resume);
    connect(m_history, &QuizHistoryView::backRequested, this, &QuizPage::showPicker);
    // A note saved in the editor can add or remove questions.
    connect(&garden, &Garden::curriculumChanged, this, [this] {
        m_picker->refresh();
        m_composer->refresh();
    });
    showPicker();
}

// The app is closing: an exam keeps what is selected or typed on the question on screen.
QuizPage::~QuizPage()
{
    m_taking->release();
}

void QuizPage::setMissedCardsHandler(QuizResultsView::MissedCardsHandler handler)
{
    m_results->setMissedCardsHandler(std::move(handler));
}

QWidget *QuizPage::currentView() const
{
    return m_stack->currentWidget();
}

void QuizPage::showProblem(const QString &message)
{
    m_banner->showMessage(MessageBanner::Kind::Error, message);
}

bool QuizPage::start(const QuizDefinition &quiz, QuizMode mode, int timeLimitSeconds)
{
    QuizService &quizzes = m_garden.quizzes();
    const std::optional<QuizAttempt> attempt = quizzes.start(quiz, mode, {.timeLimitSeconds = timeLimitSeconds});
    if (!attempt) {
        showProblem(tr("The quiz could not be started: %1").arg(quizzes.lastError()));
        return false;
    }
    m_banner->hide();
    m_stack->setCurrentWidget(m_taking);
    m_taking->take(*attempt);
    return true;
}

bool QuizPage::resume(qint64 attemptId)
{
    QuizService &quizzes = m_garden.quizzes();
    const std::optional<QuizAttempt> attempt = quizzes.attempt(attemptId);
    if (!attempt) {
        showProblem(quizzes.lastError());
        return false;
    }
    m_banner->hide();
    if (attempt->isFinished()) {
        showResults(attemptId, tr("The time of this attempt ran out while you were away: it was submitted with the "
                                  "answers given."));
        return true;
    }
    m_stack->setCurrentWidget(m_taking);
    m_taking->take(*attempt);
    return true;
}

void QuizPage::showResults(qint64 attemptId, const QString &notice)
{
    QuizService &quizzes = m_garden.quizzes();
    const std::optional<QuizAttempt> attempt = quizzes.attempt(attemptId);
    if (!attempt) {
        showProblem(quizzes.lastError());
        return;
    }
    if (m_taking->hasAttempt() && m_taking->attempt().id == attemptId)
        m_taking->release();
    m_results->showResults(quizzes.results(*attempt), notice);
    m_stack->setCurrentWidget(m_results);
}

void QuizPage::showPicker()
{
    m_taking->release();
    m_picker->refresh();
    m_stack->setCurrentWidget(m_picker);
}

void QuizPage::showComposer()
{
    m_composer->refresh();
    m_stack->setCurrentWidget(m_composer);
}

void QuizPage::showHistory()
{
    m_history->refresh();
    m_stack->setCurrentWidget(m_history);
}

void QuizPage::retake()
{
    const QuizAttempt &last = m_results->results().attempt;
    QuizService &quizzes = m_garden.quizzes();
    const std::optional<QuizDefinition> standard = quizzes.definition(last.quizId);
    const QuizDefinition quiz = standard ? *standard : quizzes.compose(last.composition);
    start(quiz, last.mode, int(last.timer.limitMs / 1000));
}

void QuizPage::hideEvent(QHideEvent *event)
{
    m_taking->pausePractice();
    QWidget::hideEvent(event);
}

} // namespace pmg
