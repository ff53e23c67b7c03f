// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quizquestionpanel.h"

#include "curriculum/studyitems.h"
#include "quizhtml.h"
#include "quizoptionlist.h"
#include "quiztextview.h"

#include <QFontDatabase>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pmg {

namespace {

bool isChoice(const QuizQuestion &question)
{
    return !question.options.isEmpty();
}

} // namespace

QuizQuestionPanel::QuizQuestionPanel(QuizHtml &html, QWidget *parent)
    : QWidget(parent)
    , m_html(html)
{
    m_prompt = new QuizTextView(m_html, true, this);
    QFont promptFont = m_prompt->font();
    promptFont.setPointSizeF(promptFont.pointSizeF() * 1.15);
    m_prompt->setFont(promptFont);
    m_options = new QuizOptionList(this);
    m_shortField = new QLineEdit(this);
    m_shortField->setPlaceholderText(tr("Type your answer, then press Enter"));
    m_outputField = new QPlainTextEdit(this);
    m_outputField->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_outputField->setPlaceholderText(tr("Type exactly what it prints (Ctrl+Enter to confirm)"));
    m_outputField->setTabChangesFocus(true);
    m_outputField->installEventFilter(this);
    m_outputField->setMaximumHeight(m_outputField->fontMetrics().lineSpacing() * 8 + 16);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_feedback = new QuizTextView(m_html, true, this);
    connect(m_feedback, &QuizTextView::noteLinkActivated, this, &QuizQuestionPanel::openNoteRequested);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_prompt);
    layout->addWidget(m_options);
    layout->addWidget(m_shortField);
    layout->addWidget(m_outputField);
    layout->addWidget(m_hint);
    layout->addWidget(m_feedback);
    layout->addStretch(1);
}

void QuizQuestionPanel::showQuestion(const QuizQuestion *question, const QuizAttempt &attempt,
                                     const QuizResponse &response, bool revealed)
{
    m_question = question ? std::optional<QuizQuestion>(*question) : std::nullopt;
    m_hint->clear();
    if (!question) {
        m_prompt->showHtml(u"<p class=\"muted\">"_s
                           + tr("This question is no longer in the curriculum; it counts as not answered.")
                           + u"</p>"_s);
        m_options->clear();
        m_options->hide();
        m_shortField->hide();
        m_outputField->hide();
        m_feedback->hide();
        return;
    }
    m_prompt->showHtml(m_html.block(question->prompt));
    showAnswerInput(*question, attempt, response, revealed);
    if (revealed)
        showFeedback(*question, response);
    else
        m_feedback->hide();
}

void QuizQuestionPanel::showAnswerInput(const QuizQuestion &question, const QuizAttempt &attempt,
                                        const QuizResponse &response, bool locked)
{
    const bool choice = isChoice(question);
    m_options->setVisible(choice);
    m_shortField->setVisible(!choice && question.type == QuestionType::Short);
    m_outputField->setVisible(!choice && question.type == QuestionType::Output);
    if (!choice) {
        m_options->clear();
        const QString text = response.answer ? response.answer->text : QString();
        m_shortField->setText(text);
        m_shortField->setEnabled(!locked);
        m_outputField->setPlainText(text);
        m_outputField->setReadOnly(locked);
        return;
    }
    QList<QString> texts;
    for (const QuizOption &option : question.options)
        texts.append(m_html.inlineText(option.text));
    m_options->setOptions(texts, attempt.optionOrder(question), question.type == QuestionType::Multiple);
    m_options->setChosen(response.answer ? response.answer->choices : QList<int>());
    m_options->setLocked(locked);
    if (!locked)
        m_hint->setText(
            question.type == QuestionType::Multiple
                ? tr("Tick every correct option (keys 1–%1), then press Enter.").arg(question.options.size())
                : tr("Choose with keys 1–%1, then press Enter.").arg(question.options.size()));
}

void QuizQuestionPanel::showFeedback(const QuizQuestion &question, const QuizResponse &response)
{
    QString html;
    if (response.isCorrect())
        html = u"<p class=\"good\">✓ "_s + tr("Correct") + u"</p>"_s;
    else if (response.score > 0)
        html = u"<p class=\"bad\">◐ "_s + tr("Partly right: %1 of 1 point").arg(response.score, 0, 'g', 2) + u"</p>"_s;
    else
        html = u"<p class=\"bad\">✗ "_s + tr("Not quite") + u"</p>"_s;
    if (!isChoice(question))
        html += u"<p><b>"_s + tr("Answer:") + u"</b></p>"_s + m_html.block(QuizAnswerText::correct(question));
    html += m_html.block(u"**Explanation:** "_s + question.explanation);
    html += u"<p>"_s + m_html.noteLink(question.learnNoteId, tr("Learn: ")) + u"</p>"_s;
    m_feedback->showHtml(html);
    m_feedback->show();
    if (isChoice(question)) {
        QList<bool> correct;
        for (const QuizOption &option : question.options)
            correct.append(option.correct);
        m_options->showCorrect(correct);
    }
}

std::optional<QuizAnswer> QuizQuestionPanel::pendingAnswer() const
{
    if (!m_question)
        return std::nullopt;
    if (isChoice(*m_question))
        return QuizAnswer::chosen(m_options->chosen());
    return QuizAnswer::typed(m_question->type == QuestionType::Output ? m_outputField->toPlainText()
                                                                      : m_shortField->text());
}

bool QuizQuestionPanel::hasOptions() const
{
    return m_question && isChoice(*m_question);
}

void QuizQuestionPanel::toggleOption(int position)
{
    if (hasOptions())
        m_options->toggleAt(position);
}

void QuizQuestionPanel::setHint(const QString &text)
{
    m_hint->setText(text);
}

bool QuizQuestionPanel::focusAnswerField()
{
    if (!m_shortField->isHidden() && m_shortField->isEnabled()) {
        m_shortField->setFocus();
        return true;
    }
    if (!m_outputField->isHidden() && !m_outputField->isReadOnly()) {
        m_outputField->setFocus();
        return true;
    }
    return false;
}

// Enter in the output field is a new line (output has several); Ctrl+Enter confirms.
bool QuizQuestionPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_outputField && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && (key->modifiers() & Qt::ControlModifier)) {
            Q_EMIT confirmRequested();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace pmg
