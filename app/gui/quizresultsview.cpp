// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quizresultsview.h"

#include "garden/garden.h"
#include "quiz/quizservice.h"
#include "quizhtml.h"
#include "quiztextview.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pmg {

namespace {

QString duration(qint64 ms)
{
    const qint64 seconds = ms / 1000;
    if (seconds >= 3600)
        return QObject::tr("%1 h %2 min").arg(seconds / 3600).arg(seconds / 60 % 60);
    if (seconds >= 60)
        return QObject::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return QObject::tr("%1 s").arg(seconds);
}

QString points(double value)
{
    return QString::number(value, 'g', 3);
}

} // namespace

QuizResultsView::QuizResultsView(Garden &garden, QuizHtml &html, QWidget *parent)
    : QWidget(parent)
    , m_garden(garden)
    , m_html(html)
{
    m_summary = new QLabel(this);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_notice = new QLabel(this);
    m_notice->setWordWrap(true);
    m_notice->hide();
    m_view = new QuizTextView(m_html, false, this);
    connect(m_view, &QuizTextView::noteLinkActivated, this, &QuizResultsView::openNoteRequested);

    m_flashcards = new QPushButton(tr("Add missed questions to my flashcards"), this);
    connect(m_flashcards, &QPushButton::clicked, this, [this] {
        if (!m_missedCards)
            return;
        m_notice->setText(m_missedCards(m_results.missedCards()));
        m_notice->show();
    });
    m_retake = new QPushButton(tr("Take it again"), this);
    connect(m_retake, &QPushButton::clicked, this, &QuizResultsView::retakeRequested);
    auto *history = new QPushButton(tr("History"), this);
    connect(history, &QPushButton::clicked, this, &QuizResultsView::historyRequested);
    auto *back = new QPushButton(tr("Back to quizzes"), this);
    connect(back, &QPushButton::clicked, this, &QuizResultsView::backRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(back);
    buttons->addWidget(history);
    buttons->addStretch(1);
    buttons->addWidget(m_flashcards);
    buttons->addWidget(m_retake);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_notice);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    updateFlashcardsButton();
}

void QuizResultsView::setMissedCardsHandler(MissedCardsHandler handler)
{
    m_missedCards = std::move(handler);
    updateFlashcardsButton();
}

void QuizResultsView::updateFlashcardsButton()
{
    m_flashcards->setVisible(bool(m_missedCards));
    m_flashcards->setEnabled(!m_results.missedCards().isEmpty());
}

QString QuizResultsView::questionHtml(int number, const QuizQuestionResult &result)
{
    QString verdict;
    if (!result.response.isAnswered())
        verdict = u"<span class=\"bad\">– "_s + tr("not answered") + u"</span>"_s;
    else if (result.isCorrect())
        verdict = u"<span class=\"good\">✓ "_s + tr("correct") + u"</span>"_s;
    else if (result.response.score > 0)
        verdict = u"<span class=\"bad\">◐ "_s + tr("partly right (%1 point)").arg(points(result.response.score))
                  + u"</span>"_s;
    else
        verdict = u"<span class=\"bad\">✗ "_s + tr("wrong") + u"</span>"_s;
    if (result.response.flagged)
        verdict += u" <span class=\"muted\">⚑ "_s + tr("flagged") + u"</span>"_s;

    // Each question in a card of its own (a one-cell table: Qt's rich text has borders and padding only there).
    QString html = u"<table class=\"card\" width=\"100%\" cellspacing=\"0\" cellpadding=\"12\"><tr><td "
                   "class=\"card\"><h3>"_s
                   + tr("Question %1").arg(number) + u" · "_s + verdict + u"</h3>"_s;
    const QString end = u"</td></tr></table>"_s;
    if (!result.question)
        return html + u"<p class=\"muted\">"_s + tr("This question is no longer in the curriculum.") + u"</p>"_s + end;
    const QuizQuestion &q = *result.question;
    html += m_html.block(q.prompt);
    html += u"<p><b>"_s + tr("Your answer:") + u"</b></p>"_s
            + (result.givenMarkdown.isEmpty() ? u"<p class=\"muted\">"_s + tr("(none)") + u"</p>"_s
                                              : m_html.block(result.givenMarkdown));
    if (!result.isCorrect())
        html += u"<p><b>"_s + tr("Correct answer:") + u"</b></p>"_s + m_html.block(result.correctMarkdown);
    html += m_html.block(u"**Explanation:** "_s + q.explanation);
    html += u"<p>"_s + m_html.noteLink(q.learnNoteId, tr("Learn: ")) + u"</p>"_s;
    return html + end;
}

void QuizResultsView::showResults(const QuizResults &results, const QString &notice)
{
    m_results = results;
    const QuizAttempt &a = results.attempt;
    QString summary = u"<h2>"_s + a.title.toHtmlEscaped() + u"</h2><p style=\"font-size:large\"><b>"_s
                      + tr("Score: %1 of %2 (%3%)")
                            .arg(points(results.score()), points(results.maxScore()))
                            .arg(results.percent(), 0, 'f', 0)
                      + u"</b></p><p>"_s
                      + tr("%1 correct, %2 answered, %3 questions · time used %4")
                            .arg(results.correctCount())
                            .arg(results.answeredCount())
                            .arg(results.questions.size())
                            .arg(duration(m_garden.quizzes().usedMs(a)));
    if (a.timer.isTimed())
        summary += tr(" of %1").arg(duration(a.timer.limitMs));
    summary += u" · "_s + (a.mode == QuizMode::Exam ? tr("exam") : tr("practice"));
    if (a.finish == QuizAttempt::Finish::TimedOut)
        summary += u" · "_s + tr("submitted when the time ran out");
    m_summary->setText(summary + u"</p>"_s);
    m_notice->setText(notice);
    m_notice->setVisible(!notice.isEmpty());

    QString html;
    for (qsizetype i = 0; i < results.questions.size(); ++i)
        html += questionHtml(int(i) + 1, results.questions.at(i));
    m_view->showHtml(html);
    updateFlashcardsButton();
}

} // namespace pmg
