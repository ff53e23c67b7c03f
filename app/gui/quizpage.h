// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "quiz/quizdefinition.h"
#include "quiz/quizmode.h"
#include "quizresultsview.h"

#include <QWidget>

#include <memory>

class QStackedWidget;

namespace pmg {

class Garden;
class MessageBanner;
class QuizComposerView;
class QuizHistoryView;
class QuizHtml;
class QuizPickerView;
class QuizTakingView;

/// The "Comprehend" step, self-contained: pick a quiz (or compose one), take it against the clock, see the results,
/// look back at the history. Takes the Garden and nothing else; everything it stores goes through QuizService. The
/// window shows it where it likes and opens notes when asked (openNoteRequested()). A practice attempt pauses while
/// the page is hidden; an exam's clock runs on.
class QuizPage final : public QWidget
{
    Q_OBJECT

public:
    explicit QuizPage(Garden &garden, QWidget *parent = nullptr);
    ~QuizPage() override;

    /// Enables "Add missed questions to my flashcards" on the results (hidden without a handler).
    void setMissedCardsHandler(QuizResultsView::MissedCardsHandler handler);

    /// Starts an attempt and shows its first question; false (and the reason in the banner) when it could not be.
    bool start(const QuizDefinition &quiz, QuizMode mode, int timeLimitSeconds);
    /// Shows an unfinished attempt where it stopped (its results when it turned out to be finished).
    bool resume(qint64 attemptId);
    void showResults(qint64 attemptId, const QString &notice = {});
    void showPicker();
    void showComposer();
    void showHistory();

    QWidget *currentView() const;
    QuizPickerView *picker() const { return m_picker; }
    QuizComposerView *composer() const { return m_composer; }
    QuizTakingView *taking() const { return m_taking; }
    QuizResultsView *results() const { return m_results; }
    QuizHistoryView *history() const { return m_history; }
    MessageBanner *banner() const { return m_banner; }

Q_SIGNALS:
    void openNoteRequested(const QString &noteId, const QString &anchor);

protected:
    void hideEvent(QHideEvent *event) override;

private:
    void showProblem(const QString &message);
    void retake();

    Garden &m_garden;
    std::unique_ptr<QuizHtml> m_html;
    MessageBanner *m_banner = nullptr;
    QStackedWidget *m_stack = nullptr;
    QuizPickerView *m_picker = nullptr;
    QuizComposerView *m_composer = nullptr;
    QuizTakingView *m_taking = nullptr;
    QuizResultsView *m_results = nullptr;
    QuizHistoryView *m_history = nullptr;
};

} // namespace pmg
