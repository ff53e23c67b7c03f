// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quizpickerview.h"

#include "garden/garden.h"
#include "quiz/quizservice.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pmg {

namespace {

enum Column { TitleColumn, ScopeColumn, QuestionsColumn, TimeColumn, BestColumn, LastColumn };

QString percent(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'f', 0) + u" %"_s : u"–"_s;
}

QString minutes(qint64 ms)
{
    return QObject::tr("%1 min").arg((ms / 1000 + 59) / 60);
}

} // namespace

QuizPickerView::QuizPickerView(Garden &garden, QWidget *parent)
    : QWidget(parent)
    , m_garden(garden)
{
    auto *heading = new QLabel(u"<h2>"_s + tr("Quizzes") + u"</h2><p>"_s
                                   + tr("Test what you understood. Practice shows each answer right away and can be "
                                        "paused; an exam runs against the clock and shows the results at the end.")
                                   + u"</p>"_s,
                               this);
    heading->setWordWrap(true);

    m_inProgressLabel = new QLabel(u"<b>"_s + tr("In progress") + u"</b>"_s, this);
    m_inProgress = new QListWidget(this);
    connect(m_inProgress, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { Q_EMIT resumeRequested(item->data(Qt::UserRole).toLongLong()); });

    m_resume = new QPushButton(tr("Resume"), this);
    m_resume->setToolTip(tr("Continue the selected attempt where you stopped"));
    connect(m_resume, &QPushButton::clicked, this, [this] {
        if (const QListWidgetItem *item = m_inProgress->currentItem())
            Q_EMIT resumeRequested(item->data(Qt::UserRole).toLongLong());
    });

    m_quizzes = new QTreeWidget(this);
    m_quizzes->setRootIsDecorated(false);
    m_quizzes->setUniformRowHeights(true);
    m_quizzes->setHeaderLabels(
        {tr("Quiz"), tr("Level or part"), tr("Questions"), tr("Time limit"), tr("Best"), tr("Last")});
    m_quizzes->header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_quizzes->header()->setStretchLastSection(false);
    connect(m_quizzes, &QTreeWidget::currentItemChanged, this, &QuizPickerView::onSelectionChanged);
    connect(m_quizzes, &QTreeWidget::itemActivated, this, [this] { start(QuizMode::Practice); });

    m_minutes = new QSpinBox(this);
    m_minutes->setRange(0, 600);
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setSpecialValueText(tr("no limit"));
    m_minutes->setToolTip(tr("The time limit of the attempt you start (0: no limit)"));
    m_practice = new QPushButton(tr("Start practice"), this);
    connect(m_practice, &QPushButton::clicked, this, [this] { start(QuizMode::Practice); });
    m_exam = new QPushButton(tr("Start exam"), this);
    connect(m_exam, &QPushButton::clicked, this, [this] { start(QuizMode::Exam); });
    auto *compose = new QPushButton(tr("Compose a quiz…"), this);
    connect(compose, &QPushButton::clicked, this, &QuizPickerView::composeRequested);
    auto *history = new QPushButton(tr("History"), this);
    connect(history, &QPushButton::clicked, this, &QuizPickerView::historyRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(compose);
    buttons->addWidget(history);
    buttons->addStretch(1);
    buttons->addWidget(new QLabel(tr("Time limit:"), this));
    buttons->addWidget(m_minutes);
    buttons->addWidget(m_practice);
    buttons->addWidget(m_exam);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_inProgressLabel);
    auto *inProgressRow = new QHBoxLayout;
    inProgressRow->addWidget(m_inProgress, 1);
    inProgressRow->addWidget(m_resume, 0, Qt::AlignTop);
    layout->addLayout(inProgressRow);
    layout->addWidget(m_quizzes, 1);
    layout->addLayout(buttons);
    refresh();
}

void QuizPickerView::refresh()
{
    QuizService &quizzes = m_garden.quizzes();
    const QString selected = selectedQuiz() ? selectedQuiz()->id : QString();
    m_definitions.clear();
    m_quizzes->clear();
    for (const QuizService::Listing &listing : quizzes.list()) {
        const QuizDefinition &quiz = listing.definition;
        auto *item = new QTreeWidgetItem(m_quizzes);
        item->setText(TitleColumn, quiz.title);
        item->setText(ScopeColumn, quiz.scope());
        item->setText(QuestionsColumn, QString::number(quiz.questionCount));
        item->setText(TimeColumn, minutes(qint64(quiz.timeLimitSeconds) * 1000));
        item->setText(BestColumn, percent(listing.bestPercent));
        item->setText(LastColumn, percent(listing.lastPercent));
        for (const int column : {QuestionsColumn, TimeColumn, BestColumn, LastColumn})
            item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
        item->setData(TitleColumn, Qt::UserRole, quiz.id);
        m_definitions.append(quiz);
    }
    for (int column = ScopeColumn; column <= LastColumn; ++column)
        m_quizzes->resizeColumnToContents(column);

    m_inProgress->clear();
    for (const QuizAttempt &attempt : quizzes.unfinished()) {
        const std::optional<qint64> left = quizzes.remainingMs(attempt);
        QString text = tr("%1 · %2 · %3 of %4 answered")
                           .arg(attempt.title, attempt.mode == QuizMode::Exam ? tr("exam") : tr("practice"))
                           .arg(attempt.answeredCount())
                           .arg(attempt.questionIds.size());
        if (left)
            text += u" · "_s + tr("%1 left").arg(minutes(*left));
        if (!attempt.timer.isRunning())
            text += u" · "_s + tr("paused");
        auto *item = new QListWidgetItem(text, m_inProgress);
        item->setData(Qt::UserRole, attempt.id);
        item->setToolTip(tr("Double-click or press Enter to resume"));
    }
    const int rows = std::min(m_inProgress->count(), 4);
    if (rows > 0) {
        m_inProgress->setFixedHeight(m_inProgress->sizeHintForRow(0) * rows + 2 * m_inProgress->frameWidth() + 6);
        m_inProgress->setCurrentRow(0);
    }
    m_inProgressLabel->setVisible(rows > 0);
    m_inProgress->setVisible(rows > 0);
    m_resume->setVisible(rows > 0);
    selectQuiz(selected.isEmpty() && !m_definitions.isEmpty() ? m_definitions.first().id : selected);
}

void QuizPickerView::selectQuiz(const QString &quizId)
{
    for (int i = 0; i < m_quizzes->topLevelItemCount(); ++i) {
        if (m_quizzes->topLevelItem(i)->data(TitleColumn, Qt::UserRole).toString() == quizId) {
            m_quizzes->setCurrentItem(m_quizzes->topLevelItem(i));
            return;
        }
    }
    onSelectionChanged();
}

std::optional<QuizDefinition> QuizPickerView::selectedQuiz() const
{
    const QTreeWidgetItem *item = m_quizzes->currentItem();
    if (!item)
        return std::nullopt;
    const QString id = item->data(TitleColumn, Qt::UserRole).toString();
    for (const QuizDefinition &quiz : m_definitions) {
        if (quiz.id == id)
            return quiz;
    }
    return std::nullopt;
}

void QuizPickerView::onSelectionChanged()
{
    const std::optional<QuizDefinition> quiz = selectedQuiz();
    m_practice->setEnabled(quiz.has_value());
    m_exam->setEnabled(quiz.has_value());
    if (quiz)
        m_minutes->setValue(quiz->timeLimitSeconds / 60);
}

void QuizPickerView::start(QuizMode mode)
{
    if (const std::optional<QuizDefinition> quiz = selectedQuiz())
        Q_EMIT startRequested(*quiz, mode, m_minutes->value() * 60);
}

} // namespace pmg
