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
#include <QWebEngineScript>

using namespace Qt::StringLiterals;

namespace pmg {

namespace {

// Chromium unfolds a closed <details> to show a match in it: find would give answers away. Before searching, each
// <details> not seen yet notes whether it was open; closing find folds those that were not. (Scripts run in the
// app's isolated world: the page's own JavaScript stays off.)
const QString noteOpenAnswers = u"document.querySelectorAll('details:not([data-open-before-find])')"
                                ".forEach(d => d.dataset.openBeforeFind = d.open ? '1' : '0')"_s;
const QString foldOpenedAnswers = u"document.querySelectorAll('details[data-open-before-find]').forEach(d => {"
                                  " if (d.dataset.openBeforeFind === '0') d.open = false;"
                                  " delete d.dataset.openBeforeFind; })"_s;

} // namespace

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
    if (m_page) {
        m_page->findText(QString()); // clears the highlight
        foldWhatFindOpened();
    }
    m_status->clear();
    hide();
}

void FindBar::foldWhatFindOpened()
{
    m_page->runJavaScript(foldOpenedAnswers, QWebEngineScript::ApplicationWorld);
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
    QPointer<QWebEnginePage> page = m_page;
    // Search once the page has noted which answers are open, so that closing find knows what it unfolded.
    m_page->runJavaScript(noteOpenAnswers, QWebEngineScript::ApplicationWorld, [=](const QVariant &) {
        if (!page)
            return;
        page->findText(text, backward ? QWebEnginePage::FindBackward : QWebEnginePage::FindFlags(),
                       [status](const QWebEngineFindTextResult &result) {
                           if (!status)
                               return;
                           status->setText(
                               result.numberOfMatches() == 0
                                   ? tr("No matches")
                                   : tr("%1 of %2").arg(result.activeMatch()).arg(result.numberOfMatches()));
                       });
    });
}

} // namespace pmg
