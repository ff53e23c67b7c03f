// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "curriculum/studyitems.h"
#include "quiz/quizanswer.h"
#include "quiz/quizattempt.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace pmg {

class QuizHtml;
class QuizOptionList;
class QuizTextView;

/// One question of an attempt: its text with the code highlighted, its options (in the attempt's shuffled order) or
/// an answer field (a line for a short answer, a monospaced box for output), a hint, and once a practice answer is
/// given the verdict, the correct answer, the explanation and the Learn link.
class QuizQuestionPanel final : public QWidget
{
    Q_OBJECT

public:
    QuizQuestionPanel(QuizHtml &html, QWidget *parent = nullptr);

    /// Shows `question` (none: it left the curriculum) with `response`; `revealed` locks the answer and shows the
    /// feedback.
    void showQuestion(const QuizQuestion *question, const QuizAttempt &attempt, const QuizResponse &response,
                      bool revealed);
    /// What the learner selected or typed; none when there is no question.
    std::optional<QuizAnswer> pendingAnswer() const;
    bool hasOptions() const;
    /// Ticks the option shown at `position` (0-based; the key position+1).
    void toggleOption(int position);
    void setHint(const QString &text);
    /// Gives the keyboard to the answer field when the question has one; false when it has none.
    bool focusAnswerField();

    QuizTextView *promptView() const { return m_prompt; }
    QuizTextView *feedbackView() const { return m_feedback; }
    QuizOptionList *options() const { return m_options; }
    QLineEdit *shortAnswerField() const { return m_shortField; }
    QPlainTextEdit *outputField() const { return m_outputField; }

Q_SIGNALS:
    /// Ctrl+Enter in the output field (where Enter is a new line).
    void confirmRequested();
    void openNoteRequested(const QString &noteId, const QString &anchor);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showAnswerInput(const QuizQuestion &question, const QuizAttempt &attempt, const QuizResponse &response,
                         bool locked);
    void showFeedback(const QuizQuestion &question, const QuizResponse &response);

    QuizHtml &m_html;
    /// A copy: the curriculum's own list is rebuilt when a note is saved.
    std::optional<QuizQuestion> m_question;
    QuizTextView *m_prompt = nullptr;
    QuizOptionList *m_options = nullptr;
    QLineEdit *m_shortField = nullptr;
    QPlainTextEdit *m_outputField = nullptr;
    QLabel *m_hint = nullptr;
    QuizTextView *m_feedback = nullptr;
};

} // namespace pmg
