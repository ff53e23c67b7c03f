// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QStackedWidget;

namespace pmg {

class ChallengeListView;
class ChallengeWorkspace;
class Garden;
class NoteRenderer;

/// The challenges: the list (by part, level, solved or not) and, once one is opened, its workspace. Self-contained:
/// the main window only places it and follows openNoteRequested(). Light and dark follow the application palette.
class ChallengePage final : public QWidget
{
    Q_OBJECT

public:
    /// `renderer`: the app's note renderer (statements, code highlighting); it and `garden` must outlive the page.
    ChallengePage(Garden &garden, NoteRenderer &renderer, QWidget *parent = nullptr);
    ~ChallengePage() override;

    /// Opens challenge `id` in the workspace; false (and the list stays) for an unknown id.
    bool openChallenge(const QString &id);
    void showList();
    bool isShowingWorkspace() const;

    ChallengeListView *list() const { return m_list; }
    ChallengeWorkspace *workspace() const { return m_workspace; }

Q_SIGNALS:
    /// "The note that teaches it" or a link in a statement: the window should open `noteId` at `anchor`.
    void openNoteRequested(const QString &noteId, const QString &anchor);

private:
    void onCurriculumChanged();

    Garden &m_garden;
    QStackedWidget *m_stack = nullptr;
    ChallengeListView *m_list = nullptr;
    ChallengeWorkspace *m_workspace = nullptr;
};

} // namespace pmg
