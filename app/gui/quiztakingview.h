// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "quiz/quizattempt.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QTimer;

namespace pmg {

class Garden;
class MessageBanner;
class QuizHtml;
class QuizNavigator;
class QuizQuestionPanel;
class QuizService;
struct QuizQuestion;

/// Taking an attempt, one question at a time: the question with its code highlighted, its options (keys 1–9) or an
/// answer field, Enter to confirm and go on, a flag for review, a navigator to jump between questions and a countdown
/// that turns red in the last minute. Practice shows the answer after each question and may be paused; an exam keeps
/// the answers to itself until the end (an answer given there may be changed, and leaving a question stores it).
/// Every answer goes to QuizService, which stores it before the view moves on. The countdown's timer only repaints:
/// the time left is computed from the garden's Clock.
class QuizTakingView final : public QWidget
{
    Q_OBJECT

public:
    QuizTakingView(Garden &garden, QuizHtml &html, QWidget *parent = nullptr);
    ~QuizTakingView() override;

    /// Shows `attempt` at its position (paused practice attempts show their pause panel first).
    void take(const QuizAttempt &attempt);
    bool hasAttempt() const { return m_hasAttempt; }
    const QuizAttempt &attempt() const { return m_attempt; }
    /// Pauses a running practice attempt (the page was left); exams run on.
    void pausePractice();
    /// Lets go of the attempt (it stays stored and resumable); an exam keeps what was selected or typed on the current
    /// question.
    void release();

    /// Confirms the current answer, or goes to the next question (what Enter does).
    void confirm();
    void goTo(int position);
    void toggleFlag();
    void togglePause();
    /// Submits (asking first, in the view, when questions are unanswered).
    void submit();
    /// Repaints the countdown from the clock, and finishes the attempt when its time has run out.
    void refreshCountdown();

    QuizQuestionPanel *panel() const { return m_panel; }
    QuizNavigator *navigator() const { return m_navigator; }
    QLabel *countdown() const { return m_countdown; }
    QPushButton *confirmButton() const { return m_confirm; }
    QPushButton *submitButton() const { return m_submit; }
    QPushButton *flagButton() const { return m_flag; }
    QPushButton *pauseButton() const { return m_pause; }
    MessageBanner *submitBanner() const { return m_submitBanner; }
    bool isShowingPausePanel() const;

Q_SIGNALS:
    void finished(qint64 attemptId, const QString &message);
    void problem(const QString &message);
    void openNoteRequested(const QString &noteId, const QString &anchor);
    void leaveRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildLayout();
    void showQuestion();
    void updateChrome();
    bool storePending();
    bool fail();
    void finishWith(const QString &message);
    QString currentQuestionId() const;
    const QuizQuestion *currentQuestion() const;
    bool isRevealed() const;

    Garden &m_garden;
    QuizService &m_quizzes;
    QuizHtml &m_html;
    QuizAttempt m_attempt;
    bool m_hasAttempt = false;

    QLabel *m_title = nullptr;
    QLabel *m_countdown = nullptr;
    QLabel *m_progress = nullptr;
    QPushButton *m_flag = nullptr;
    QStackedWidget *m_content = nullptr;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_pausePanel = nullptr;
    QuizQuestionPanel *m_panel = nullptr;
    QuizNavigator *m_navigator = nullptr;
    MessageBanner *m_submitBanner = nullptr;
    QPushButton *m_leave = nullptr;
    QPushButton *m_pause = nullptr;
    QPushButton *m_previous = nullptr;
    QPushButton *m_confirm = nullptr;
    QPushButton *m_submit = nullptr;
    QTimer *m_repaint = nullptr;
};

} // namespace pmg
