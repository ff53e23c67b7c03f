// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quizoptionlist.h"

#include "quizhtml.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QRadioButton>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pmg {

QuizOptionList::QuizOptionList(QWidget *parent)
    : QWidget(parent)
{
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(6);
}

void QuizOptionList::clear()
{
    delete m_group;
    m_group = nullptr;
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        if (QWidget *row = item->widget())
            row->deleteLater();
        delete item;
    }
    m_buttons.clear();
    m_labels.clear();
    m_order.clear();
    m_locked = false;
}

void QuizOptionList::setOptions(const QList<QString> &htmlTexts, const QList<int> &order, bool multiple)
{
    clear();
    m_order = order;
    m_group = new QButtonGroup(this);
    m_group->setExclusive(!multiple);
    for (qsizetype position = 0; position < order.size(); ++position) {
        auto *row = new QWidget(this);
        auto *rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        // The number is the key that ticks it.
        const QString number = position < 9 ? QString::number(position + 1) : QString();
        QAbstractButton *button =
            multiple ? static_cast<QAbstractButton *>(new QCheckBox(number, row)) : new QRadioButton(number, row);
        button->setFocusPolicy(Qt::NoFocus);
        m_group->addButton(button, int(position));
        auto *label = new QLabel(htmlTexts.value(order.at(position)), row);
        label->setTextFormat(Qt::RichText);
        label->setWordWrap(true);
        QFont font = label->font();
        font.setPointSizeF(font.pointSizeF() * 1.1);
        label->setFont(font);
        label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        label->installEventFilter(this);
        rowLayout->addWidget(button, 0, Qt::AlignTop);
        rowLayout->addWidget(label, 1);
        m_layout->addWidget(row);
        m_buttons.append(button);
        m_labels.append(label);
        connect(button, &QAbstractButton::toggled, this, &QuizOptionList::changed);
    }
}

QList<int> QuizOptionList::chosen() const
{
    QList<int> indices;
    for (qsizetype position = 0; position < m_buttons.size(); ++position) {
        if (m_buttons.at(position)->isChecked())
            indices.append(m_order.at(position));
    }
    std::sort(indices.begin(), indices.end());
    return indices;
}

void QuizOptionList::setChosen(const QList<int> &optionIndices)
{
    // An exclusive group never lets its last checked button be unchecked: lift that while resetting.
    const bool exclusive = m_group && m_group->exclusive();
    if (m_group)
        m_group->setExclusive(false);
    for (qsizetype position = 0; position < m_buttons.size(); ++position) {
        const QSignalBlocker blocker(m_buttons.at(position));
        m_buttons.at(position)->setChecked(optionIndices.contains(m_order.at(position)));
    }
    if (m_group)
        m_group->setExclusive(exclusive);
}

void QuizOptionList::toggleAt(int position)
{
    if (m_locked || position < 0 || position >= m_buttons.size())
        return;
    QAbstractButton *button = m_buttons.at(position);
    if (m_group->exclusive())
        button->setChecked(true);
    else
        button->toggle();
}

void QuizOptionList::setLocked(bool locked)
{
    m_locked = locked;
    for (QAbstractButton *button : std::as_const(m_buttons))
        button->setEnabled(!locked);
}

void QuizOptionList::showCorrect(const QList<bool> &correctByIndex)
{
    const QColor good = QuizHtml::goodColour(palette());
    const QColor bad = QuizHtml::badColour(palette());
    for (qsizetype position = 0; position < m_labels.size(); ++position) {
        const bool correct = correctByIndex.value(m_order.at(position));
        const bool ticked = m_buttons.at(position)->isChecked();
        QLabel *label = m_labels.at(position);
        if (!correct && !ticked)
            continue;
        const QColor colour = correct ? good : bad;
        const QString mark = correct ? u"✓ "_s : u"✗ "_s;
        label->setText(u"<span style=\"color:%1; font-weight:bold\">%2</span>"_s.arg(colour.name(), mark)
                       + label->text());
    }
}

bool QuizOptionList::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        const qsizetype position = m_labels.indexOf(qobject_cast<QLabel *>(watched));
        if (position >= 0 && static_cast<QMouseEvent *>(event)->button() == Qt::LeftButton) {
            toggleAt(int(position));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace pmg
