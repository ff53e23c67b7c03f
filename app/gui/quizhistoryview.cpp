// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quizhistoryview.h"

#include "garden/garden.h"
#include "quiz/quizservice.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pmg {

namespace {

enum Column { DateColumn, QuizColumn, ModeColumn, ScoreColumn, DurationColumn, ResultColumn };

QString duration(qint64 ms)
{
    const qint64 seconds = ms / 1000;
    return u"%1:%2"_s.arg(seconds / 60).arg(seconds % 60, 2, 10, QChar(u'0'));
}

} // namespace

QuizHistoryView::QuizHistoryView(Garden &garden, QWidget *parent)
    : QWidget(parent)
    , m_garden(garden)
{
    auto *heading = new QLabel(u"<h2>"_s + tr("Quiz history") + u"</h2>"_s, this);
    m_filter = new QComboBox(this);
    connect(m_filter, &QComboBox::currentIndexChanged, this, &QuizHistoryView::fill);
    m_summary = new QLabel(this);
    m_attempts = new QTreeWidget(this);
    m_attempts->setRootIsDecorated(false);
    m_attempts->setUniformRowHeights(true);
    m_attempts->setHeaderLabels({tr("Date"), tr("Quiz"), tr("Mode"), tr("Score"), tr("Duration"), tr("Result")});
    m_attempts->header()->setSectionResizeMode(QuizColumn, QHeaderView::Stretch);
    m_attempts->header()->setStretchLastSection(false);
    connect(m_attempts, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const qint64 id = item->data(DateColumn, Qt::UserRole).toLongLong();
        if (item->data(ResultColumn, Qt::UserRole).toBool())
            Q_EMIT resultsRequested(id);
        else
            Q_EMIT resumeRequested(id);
    });
    auto *back = new QPushButton(tr("Back to quizzes"), this);
    connect(back, &QPushButton::clicked, this, &QuizHistoryView::backRequested);

    auto *top = new QHBoxLayout;
    top->addWidget(heading, 1);
    top->addWidget(m_filter);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(back);
    bottom->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_attempts, 1);
    layout->addLayout(bottom);
}

void QuizHistoryView::refresh()
{
    const QString kept = m_filter->currentData().toString();
    const QSignalBlocker blocker(m_filter);
    m_filter->clear();
    m_filter->addItem(tr("All quizzes"), QString());
    QList<std::pair<QString, QString>> quizzes; // id, title, in order of first attempt
    for (const QuizAttempt &attempt : m_garden.quizzes().history()) {
        if (std::none_of(quizzes.cbegin(), quizzes.cend(), [&](const auto &q) { return q.first == attempt.quizId; }))
            quizzes.append({attempt.quizId, attempt.title});
    }
    for (const auto &[id, title] : quizzes)
        m_filter->addItem(title, id);
    m_filter->setCurrentIndex(std::max(0, m_filter->findData(kept)));
    fill();
}

void QuizHistoryView::setQuizFilter(const QString &quizId)
{
    m_filter->setCurrentIndex(std::max(0, m_filter->findData(quizId)));
    fill();
}

void QuizHistoryView::fill()
{
    QuizService &service = m_garden.quizzes();
    const QTimeZone zone = m_garden.clock().boundary().zone();
    QList<QuizAttempt> attempts = service.history(m_filter->currentData().toString());
    std::reverse(attempts.begin(), attempts.end()); // newest first
    m_attempts->clear();
    double sum = 0, best = 0;
    int finished = 0;
    for (const QuizAttempt &attempt : std::as_const(attempts)) {
        auto *item = new QTreeWidgetItem(m_attempts);
        item->setText(DateColumn, QLocale().toString(attempt.timer.startedAt.toTimeZone(zone), QLocale::ShortFormat));
        item->setText(QuizColumn, attempt.title);
        item->setText(ModeColumn, attempt.mode == QuizMode::Exam ? tr("exam") : tr("practice"));
        item->setData(DateColumn, Qt::UserRole, attempt.id);
        item->setData(ResultColumn, Qt::UserRole, attempt.isFinished());
        if (attempt.isFinished()) {
            item->setText(ScoreColumn, u"%1 %"_s.arg(attempt.percent(), 0, 'f', 0));
            item->setText(DurationColumn, duration(attempt.usedMs));
            item->setText(ResultColumn,
                          attempt.finish == QuizAttempt::Finish::TimedOut ? tr("time ran out") : tr("submitted"));
            sum += attempt.percent();
            best = std::max(best, attempt.percent());
            ++finished;
        } else {
            item->setText(ResultColumn, tr("in progress"));
        }
        item->setTextAlignment(ScoreColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(DurationColumn, Qt::AlignRight | Qt::AlignVCenter);
    }
    for (const int column : {DateColumn, ModeColumn, ScoreColumn, DurationColumn, ResultColumn})
        m_attempts->resizeColumnToContents(column);
    m_summary->setText(finished == 0
                           ? tr("No finished attempts yet.")
                           : (finished == 1 ? tr("1 finished attempt · average %1 % · best %2 %")
                                            : tr("%3 finished attempts · average %1 % · best %2 %").arg(finished))
                                 .arg(sum / finished, 0, 'f', 0)
                                 .arg(best, 0, 'f', 0));
}

} // namespace pmg
