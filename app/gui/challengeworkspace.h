// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "curriculum/studyitems.h"
#include "python/challengeresult.h"

#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QTimer;
class QToolButton;

namespace pmg {

class ChallengeResultsView;
class ChallengeRunner;
class ChallengeStatementView;
class Garden;
class MessageBanner;
class NoteRenderer;
class PythonEditor;

/// Where the learner does one challenge: the statement beside a Python editor holding their code (saved in the profile
/// a moment after they stop typing, restored next time), Run tests (Ctrl+Enter: the sandboxed runner in the
/// background, Stop or Escape ends it), Reset to starter (confirmed, and undoable with Ctrl+Z), Show reference
/// solution (confirmed, and recorded), and the results of the last run. Every run is recorded through the garden's
/// ChallengeService; the python3 is the one chosen in the profile's settings (ChallengeService::interpreterKey).
class ChallengeWorkspace final : public QWidget
{
    Q_OBJECT

public:
    /// `renderer` (the app's note renderer: statement and code highlighting) must outlive the workspace.
    ChallengeWorkspace(Garden &garden, NoteRenderer &renderer, QWidget *parent = nullptr);
    ~ChallengeWorkspace() override;

    /// Shows challenge `id` with the learner's code (a run in progress is stopped first). False for an unknown id.
    bool open(const QString &id);
    QString challengeId() const { return m_challenge.id; }

    void runTests();
    void stop();
    bool isRunning() const;
    /// Asks, then replaces the code with the starter as one undoable edit. False when the learner declined.
    bool resetToStarter();
    /// Asks, then shows the reference solution under the statement and records that it was shown.
    bool showReferenceSolution();
    /// Saves pending typing now (it is saved a moment after typing stops anyway).
    void saveNow();

    PythonEditor *editor() const { return m_editor; }
    ChallengeStatementView *statement() const { return m_statement; }
    ChallengeResultsView *results() const { return m_results; }
    QPushButton *runButton() const { return m_runButton; }
    QPushButton *stopButton() const { return m_stopButton; }
    QPushButton *resetButton() const { return m_resetButton; }
    QPushButton *solutionButton() const { return m_solutionButton; }
    QLabel *saveState() const { return m_saveState; }
    QLabel *badge() const { return m_badge; }
    MessageBanner *readOnlyBanner() const { return m_readOnlyBanner; }

Q_SIGNALS:
    void backRequested();
    void openNoteRequested(const QString &noteId, const QString &anchor);
    /// A run or a save changed what the profile holds about `challengeId` (the list refreshes).
    void progressChanged(const QString &challengeId);
    void runFinished(const pmg::ChallengeResult &result);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildLayout();
    void onTextChanged();
    void onRunFinished(const QString &challengeId, const ChallengeResult &result);
    void choosePython();
    void updateHeader();
    void updateButtons();
    void showLastRun();
    bool confirm(const QString &title, const QString &text, const QString &yes);
    QString formatTime(const QDateTime &utc) const;

    Garden &m_garden;
    Challenge m_challenge;
    bool m_loading = false;
    bool m_dirty = false;
    ChallengeRunner *m_runner = nullptr;

    QToolButton *m_back = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_badge = nullptr;
    MessageBanner *m_readOnlyBanner = nullptr;
    ChallengeStatementView *m_statement = nullptr;
    PythonEditor *m_editor = nullptr;
    ChallengeResultsView *m_results = nullptr;
    QPushButton *m_runButton = nullptr;
    QPushButton *m_stopButton = nullptr;
    QPushButton *m_resetButton = nullptr;
    QPushButton *m_solutionButton = nullptr;
    QLabel *m_saveState = nullptr;
    QAction *m_runAction = nullptr;
    QAction *m_stopAction = nullptr;
    QTimer *m_saveTimer = nullptr;
};

} // namespace pmg
