// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "challengepage.h"

#include "challengelistview.h"
#include "challenges/challengeservice.h"
#include "challengeworkspace.h"
#include "garden/garden.h"
#include "pythoneditor.h"

#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace pmg {

ChallengePage::ChallengePage(Garden &garden, NoteRenderer &renderer, QWidget *parent)
    : QWidget(parent)
    , m_garden(garden)
{
    m_stack = new QStackedWidget(this);
    m_list = new ChallengeListView(garden, m_stack);
    m_workspace = new ChallengeWorkspace(garden, renderer, m_stack);
    m_stack->addWidget(m_list);
    m_stack->addWidget(m_workspace);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_list, &ChallengeListView::challengeActivated, this, &ChallengePage::openChallenge);
    connect(m_workspace, &ChallengeWorkspace::backRequested, this, &ChallengePage::showList);
    connect(m_workspace, &ChallengeWorkspace::openNoteRequested, this, &ChallengePage::openNoteRequested);
    connect(m_workspace, &ChallengeWorkspace::progressChanged, m_list, &ChallengeListView::refresh);
    connect(&garden, &Garden::curriculumChanged, this, &ChallengePage::onCurriculumChanged);
}

ChallengePage::~ChallengePage() = default;

bool ChallengePage::openChallenge(const QString &id)
{
    if (!m_workspace->open(id))
        return false;
    m_list->select(id);
    m_stack->setCurrentWidget(m_workspace);
    m_workspace->editor()->setFocus();
    return true;
}

void ChallengePage::showList()
{
    m_workspace->saveNow();
    m_list->refresh();
    m_stack->setCurrentWidget(m_list);
    m_list->view()->setFocus();
}

bool ChallengePage::isShowingWorkspace() const
{
    return m_stack->currentWidget() == m_workspace;
}

// An edited note may add, change or remove challenges: the list follows, and an open challenge that is gone closes.
void ChallengePage::onCurriculumChanged()
{
    m_list->refresh();
    if (isShowingWorkspace() && !m_garden.challenges().challenge(m_workspace->challengeId()))
        showList();
}

} // namespace pmg
