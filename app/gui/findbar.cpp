// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "findbar.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QToolButton>
#include <QWebEngineFindTextResult>
#include <QWebEnginePage>

namespace pmg {

FindBar::FindBar(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    m_field = new QLineEdit(this);
    m_field->setPlaceholderText(tr("Find in note"));
    m_field->setClearButtonEnabled(true);
    m_field->setAccessibleName(tr("Find in note"));
    m_status = new QLabel(this);
    auto *previous = new QToolButton(this);
    previous->setText(tr("Previous"));
    previous->setToolTip(tr("Previous match (Shift+Enter)"));
    auto *next = new QToolButton(this);
    next->setText(tr("Next"));
    next->setToolTip(tr("Next match (Enter)"));
    auto *closeButton = new QToolButton(this);
    closeButton->setText(tr("Close"));
    closeButton->setToolTip(tr("Close (Esc)"));
    layout->addWidget(m_field, 1);
    layout->addWidget(m_status);
    layout->addWidget(previous);
    layout->addWidget(next);
    layout->addWidget(closeButton);

    connect(m_field, &QLineEdit::textChanged, this, [this] { find(false); });
    connect(m_field, &QLineEdit::returnPressed, this, &FindBar::findNext);
    connect(previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(closeButton, &QToolButton::clicked, this, &FindBar::close);
    hide();
}

void FindBar::activate()
{
    show();
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
    if (!m_field->text().isEmpty())
        find(false);
}

void FindBar::findNext()
{
    find(false);
}

void FindBar::findPrevious()
{
    find(true);
}

void FindBar::close()
{
    if (m_page)
        m_page->findText(QString()); // clears the highlight
    m_status->clear();
    hide();
}

QString FindBar::status() const
{
    return m_status->text();
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        close();
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        && event->modifiers().testFlag(Qt::ShiftModifier)) {
        findPrevious();
        return;
    }
    QWidget::keyPressEvent(event);
}

void FindBar::find(bool backward)
{
    if (!m_page)
        return;
    const QString text = m_field->text();
    if (text.isEmpty()) {
        m_page->findText(QString());
        m_status->clear();
        return;
    }
    QPointer<QLabel> status = m_status;
    m_page->findText(text, backward ? QWebEnginePage::FindBackward : QWebEnginePage::FindFlags(),
                     [status](const QWebEngineFindTextResult &result) {
                         if (!status)
                             return;
                         status->setText(result.numberOfMatches() == 0
                                             ? tr("No matches")
                                             : tr("%1 of %2").arg(result.activeMatch()).arg(result.numberOfMatches()));
                     });
}

} // namespace pmg
