// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quiznavigator.h"

#include "quiz/quizattempt.h"

using namespace Qt::StringLiterals;

namespace pmg {

QuizNavigator::QuizNavigator(QWidget *parent)
    : QListWidget(parent)
{
    setFocusPolicy(Qt::NoFocus);
    setViewMode(QListView::IconMode);
    setFlow(QListView::LeftToRight);
    setWrapping(true);
    setResizeMode(QListView::Adjust);
    setMovement(QListView::Static);
    setGridSize(QSize(44, 30));
    setUniformItemSizes(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAccessibleName(tr("Questions"));
    connect(this, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) { Q_EMIT jumpRequested(row(item)); });
}

void QuizNavigator::showAttempt(const QuizAttempt &attempt)
{
    const QSignalBlocker blocker(this);
    const qsizetype count = attempt.questionIds.size();
    while (this->count() > count)
        delete takeItem(this->count() - 1);
    while (this->count() < count) {
        auto *item = new QListWidgetItem(this);
        item->setTextAlignment(Qt::AlignCenter);
        item->setSizeHint(QSize(40, 26));
    }
    QColor answered = palette().color(QPalette::Highlight);
    answered.setAlpha(70);
    for (qsizetype i = 0; i < count; ++i) {
        const QuizResponse response = attempt.response(attempt.questionIds.at(i));
        QListWidgetItem *it = item(int(i));
        it->setText(QString::number(i + 1) + (response.flagged ? u" ⚑"_s : QString()));
        it->setBackground(response.isAnswered() ? QBrush(answered) : QBrush());
        QString tip = response.isAnswered() ? tr("Answered") : tr("Not answered");
        if (response.flagged)
            tip += tr(", flagged for review");
        it->setToolTip(tr("Question %1: %2").arg(i + 1).arg(tip));
    }
    setCurrentRow(attempt.position);
}

} // namespace pmg
