// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "curriculum/studyitems.h"
#include "quiz/quizresults.h"

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;

namespace pmg {

class Garden;
class QuizHtml;
class QuizTextView;

/// An attempt's results: the score, the time used, and every question with the learner's answer, the correct one,
/// the explanation and a link to the note that teaches it. "Add missed questions to my flashcards" hands the misses
/// (QuizMissedCards, stable ids) to whoever set a handler; without one the button is hidden.
class QuizResultsView final : public QWidget
{
    Q_OBJECT

public:
    /// Adds the cards to spaced repetition and says what happened ("3 cards added, 1 already there").
    using MissedCardsHandler = std::function<QString(const QList<Flashcard> &cards)>;

    QuizResultsView(Garden &garden, QuizHtml &html, QWidget *parent = nullptr);

    void showResults(const QuizResults &results, const QString &notice = {});
    const QuizResults &results() const { return m_results; }
    void setMissedCardsHandler(MissedCardsHandler handler);

    QuizTextView *view() const { return m_view; }
    QLabel *summary() const { return m_summary; }
    QPushButton *flashcardsButton() const { return m_flashcards; }

Q_SIGNALS:
    void openNoteRequested(const QString &noteId, const QString &anchor);
    void backRequested();
    void historyRequested();
    /// The same quiz again (a composed one from the composition stored with the attempt).
    void retakeRequested();

private:
    QString questionHtml(int number, const QuizQuestionResult &result);
    void updateFlashcardsButton();

    Garden &m_garden;
    QuizHtml &m_html;
    QuizResults m_results;
    MissedCardsHandler m_missedCards;
    QLabel *m_summary = nullptr;
    QLabel *m_notice = nullptr;
    QuizTextView *m_view = nullptr;
    QPushButton *m_flashcards = nullptr;
    QPushButton *m_retake = nullptr;
};

} // namespace pmg
