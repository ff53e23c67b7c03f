// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "challengeworkspace.h"

#include "challengecolours.h"
#include "challengelistmodel.h"
#include "challengeresultsview.h"
#include "challenges/challengeservice.h"
#include "challengestatementview.h"
#include "garden/garden.h"
#include "garden/settingsservice.h"
#include "markdown/noterenderer.h"
#include "messagebanner.h"
#include "python/challengerunner.h"
#include "pythoneditor.h"
#include "store/studywrites.h"

#include <QAction>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pmg {

namespace {

constexpr int saveDelayMs = 800; // typing is saved this long after it stops (and before every run)

} // namespace

ChallengeWorkspace::ChallengeWorkspace(Garden &garden, NoteRenderer &renderer, QWidget *parent)
    : QWidget(parent)
    , m_garden(garden)
{
    m_back = new QToolButton(this);
    m_back->setText(u"← "_s + tr("Challenges"));
    m_back->setToolTip(tr("Back to the list of challenges"));
    m_back->setAutoRaise(true);
    m_title = new QLabel(this);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_badge = new QLabel(this);
    m_badge->setTextFormat(Qt::RichText);
    m_readOnlyBanner = new MessageBanner(this);

    m_statement = new ChallengeStatementView(renderer, this);
    m_editor = new PythonEditor(renderer.repository(), this);
    m_results = new ChallengeResultsView(this);

    m_runButton = new QPushButton(u"▶ "_s + tr("Run tests"), this);
    m_runButton->setToolTip(tr("Run the tests on your code (Ctrl+Enter)"));
    m_runButton->setDefault(false);
    m_stopButton = new QPushButton(tr("Stop"), this);
    m_stopButton->setToolTip(tr("Stop the tests (Escape)"));
    m_resetButton = new QPushButton(tr("Reset to starter"), this);
    m_resetButton->setToolTip(tr("Replace your code with the starter code (Ctrl+Z undoes it)"));
    m_solutionButton = new QPushButton(tr("Show reference solution"), this);
    m_saveState = new QLabel(this);
    m_saveState->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_runAction = new QAction(tr("Run tests"), this);
    m_runAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_runAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_runAction);
    m_stopAction = new QAction(tr("Stop"), this);
    m_stopAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_stopAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_stopAction);
    // No Ctrl+S or Alt+Left here: the main window has them as window shortcuts, and two would cancel each other.

    m_saveTimer = new QTimer(this);
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(saveDelayMs);

    buildLayout();

    connect(m_back, &QToolButton::clicked, this, &ChallengeWorkspace::backRequested);
    connect(m_statement, &ChallengeStatementView::noteLinkActivated, this, &ChallengeWorkspace::openNoteRequested);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &ChallengeWorkspace::onTextChanged);
    connect(m_saveTimer, &QTimer::timeout, this, &ChallengeWorkspace::saveNow);
    connect(m_runButton, &QPushButton::clicked, this, &ChallengeWorkspace::runTests);
    connect(m_runAction, &QAction::triggered, this, &ChallengeWorkspace::runTests);
    connect(m_stopButton, &QPushButton::clicked, this, &ChallengeWorkspace::stop);
    connect(m_stopAction, &QAction::triggered, this, &ChallengeWorkspace::stop);
    connect(m_resetButton, &QPushButton::clicked, this, &ChallengeWorkspace::resetToStarter);
    connect(m_solutionButton, &QPushButton::clicked, this, &ChallengeWorkspace::showReferenceSolution);
    connect(m_results, &ChallengeResultsView::choosePythonRequested, this, &ChallengeWorkspace::choosePython);
    updateButtons();
}

ChallengeWorkspace::~ChallengeWorkspace()
{
    saveNow();
    if (m_runner) {
        // A run still going is stopped; its result comes too late to be shown or recorded.
        m_runner->disconnect(this);
        m_runner->cancel();
    }
    disconnect(m_editor, nullptr, this, nullptr);
}

void ChallengeWorkspace::buildLayout()
{
    auto *header = new QHBoxLayout;
    header->addWidget(m_back);
    header->addWidget(m_title, 1);
    header->addWidget(m_badge);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_runButton);
    buttons->addWidget(m_stopButton);
    buttons->addSpacing(12);
    buttons->addWidget(m_resetButton);
    buttons->addWidget(m_solutionButton);
    buttons->addStretch(1);
    buttons->addWidget(m_saveState);

    auto *code = new QWidget(this);
    auto *codeLayout = new QVBoxLayout(code);
    codeLayout->setContentsMargins(0, 0, 0, 0);
    codeLayout->addWidget(m_editor, 1);
    codeLayout->addLayout(buttons);

    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(code);
    right->addWidget(m_results);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);
    right->setSizes({600, 400});

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_statement);
    split->addWidget(right);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setSizes({400, 600});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(header);
    layout->addWidget(m_readOnlyBanner);
    layout->addWidget(split, 1);
}

bool ChallengeWorkspace::open(const QString &id)
{
    const Challenge *challenge = m_garden.challenges().challenge(id);
    if (!challenge)
        return false;
    if (isRunning())
        stop();
    saveNow();
    m_challenge = *challenge;
    const Note *note = m_garden.curriculum().note(challenge->noteId);
    m_title->setText(challenge->title);
    m_statement->showChallenge(*challenge, note ? note->title : QString());
    m_loading = true;
    m_editor->setPlainText(m_garden.challenges().code(id)); // a fresh undo history per challenge
    m_loading = false;
    m_dirty = false;
    m_saveState->clear();
    if (m_garden.isReadOnly())
        m_readOnlyBanner->showMessage(MessageBanner::Kind::Information,
                                      tr("This profile is read-only (%1): your code and your runs are not saved.")
                                          .arg(m_garden.readOnlyReason()));
    else
        m_readOnlyBanner->hide();
    showLastRun();
    updateHeader();
    updateButtons();
    return true;
}

void ChallengeWorkspace::onTextChanged()
{
    if (m_loading || m_challenge.id.isEmpty())
        return;
    m_dirty = true;
    m_saveTimer->start();
}

void ChallengeWorkspace::saveNow()
{
    m_saveTimer->stop();
    if (!m_dirty || m_challenge.id.isEmpty() || !m_garden.isOpen())
        return;
    if (m_garden.isReadOnly()) {
        m_saveState->setText(tr("Not saved: the profile is read-only"));
        return;
    }
    if (m_garden.challenges().saveCode(m_challenge.id, m_editor->toPlainText())) {
        m_dirty = false;
        m_saveState->setText(tr("Saved"));
        Q_EMIT progressChanged(m_challenge.id);
    } else {
        // Kept dirty: the next change (or run) tries again. The window's banner shows the failure too.
        m_saveState->setText(tr("Not saved: %1").arg(m_garden.writes().lastFailure().message()));
    }
}

bool ChallengeWorkspace::isRunning() const
{
    return m_runner && m_runner->isRunning();
}

void ChallengeWorkspace::runTests()
{
    if (m_challenge.id.isEmpty() || isRunning())
        return;
    saveNow();
    ChallengeRunner::Options options;
    options.interpreter = m_garden.settings().value(QString::fromLatin1(ChallengeService::interpreterKey));
    if (m_runner)
        m_runner->deleteLater(); // it may be the one whose finished() is being delivered
    m_runner = new ChallengeRunner(options, this);
    connect(m_runner, &ChallengeRunner::finished, this,
            [this, id = m_challenge.id](const ChallengeResult &result) { onRunFinished(id, result); });
    m_results->showRunning();
    m_runner->start(m_challenge, m_editor->toPlainText());
    updateButtons();
}

void ChallengeWorkspace::stop()
{
    if (isRunning())
        m_runner->cancel();
}

void ChallengeWorkspace::onRunFinished(const QString &challengeId, const ChallengeResult &result)
{
    if (!m_garden.isReadOnly() && !m_garden.challenges().recordRun(challengeId, result))
        m_saveState->setText(tr("The run was not recorded: %1").arg(m_garden.writes().lastFailure().message()));
    if (challengeId == m_challenge.id) {
        m_results->showResult(result);
        updateHeader();
    }
    updateButtons();
    Q_EMIT progressChanged(challengeId);
    Q_EMIT runFinished(result);
}

bool ChallengeWorkspace::confirm(const QString &title, const QString &text, const QString &yes)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Cancel, this);
    QPushButton *accept = box.addButton(yes, QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == accept;
}

bool ChallengeWorkspace::resetToStarter()
{
    if (m_challenge.id.isEmpty())
        return false;
    if (m_editor->toPlainText() == m_challenge.starter)
        return true;
    if (!confirm(tr("Reset to starter"),
                 tr("Replace your code with the starter code? While this challenge is open, Ctrl+Z brings your code "
                    "back."),
                 tr("Reset")))
        return false;
    m_editor->replaceAllUndoably(m_challenge.starter);
    m_editor->setFocus();
    saveNow();
    return true;
}

bool ChallengeWorkspace::showReferenceSolution()
{
    if (m_challenge.id.isEmpty() || m_statement->showsReferenceSolution())
        return false;
    if (!confirm(tr("Show reference solution"),
                 tr("Show the reference solution? Working it out yourself teaches more, and the profile keeps a note "
                    "that you looked."),
                 tr("Show solution")))
        return false;
    if (!m_garden.isReadOnly() && !m_garden.challenges().recordReferenceShown(m_challenge.id))
        m_saveState->setText(tr("Not recorded: %1").arg(m_garden.writes().lastFailure().message()));
    m_statement->showReferenceSolution();
    updateButtons();
    Q_EMIT progressChanged(m_challenge.id);
    return true;
}

void ChallengeWorkspace::choosePython()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose python3"), u"/usr/bin"_s);
    if (path.isEmpty())
        return;
    if (!m_garden.settings().setValue(QString::fromLatin1(ChallengeService::interpreterKey), path))
        m_saveState->setText(tr("Not saved: %1").arg(m_garden.writes().lastFailure().message()));
    runTests();
}

QString ChallengeWorkspace::formatTime(const QDateTime &utc) const
{
    return ChallengeListModel::timeLabel(utc, m_garden.clock().boundary().zone());
}

void ChallengeWorkspace::showLastRun()
{
    const ChallengeProgress p = m_garden.challenges().progress(m_challenge.id);
    m_results->showLastRun(p.lastRun, p.lastRun ? formatTime(p.lastRun->ranAt) : QString());
}

void ChallengeWorkspace::updateHeader()
{
    if (m_challenge.id.isEmpty())
        return;
    const ChallengeProgress p = m_garden.challenges().progress(m_challenge.id);
    const QPalette &pal = palette();
    QString state;
    if (p.solved())
        state = u"<span style=\"color:%1\">✓ %2</span>"_s.arg(
            ChallengeColours::passed(pal).name(), tr("Solved %1").arg(formatTime(*p.solvedAt)).toHtmlEscaped());
    else
        state = u"<span style=\"color:%1\">%2</span>"_s.arg(ChallengeColours::muted(pal).name(),
                                                            tr("Not solved yet").toHtmlEscaped());
    m_badge->setText(ChallengeListModel::levelLabel(m_challenge.level).toHtmlEscaped() + u" · "_s + state);
}

void ChallengeWorkspace::updateButtons()
{
    const bool open = !m_challenge.id.isEmpty();
    const bool running = isRunning();
    // Stop takes Run's place while the tests run.
    m_runButton->setVisible(!running);
    m_runButton->setEnabled(open);
    m_runAction->setEnabled(open && !running);
    m_stopButton->setVisible(running);
    m_stopAction->setEnabled(running);
    m_resetButton->setEnabled(open);
    m_solutionButton->setEnabled(open && !m_statement->showsReferenceSolution());
}

void ChallengeWorkspace::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateHeader();
}

} // namespace pmg
