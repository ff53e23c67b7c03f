// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "curriculum/studyitems.h"

#include <QTextBrowser>

namespace pmg {

class NoteRenderer;

/// A challenge's statement rendered like a note (the app's Markdown renderer and code highlighting, in Qt's rich
/// text), a link to the note that teaches it, and — once the learner asked — the reference solution. Follows the
/// palette's light or dark mode.
class ChallengeStatementView final : public QTextBrowser
{
    Q_OBJECT

public:
    /// `renderer` (the app's: its highlighter is costly to build) must outlive the view.
    explicit ChallengeStatementView(NoteRenderer &renderer, QWidget *parent = nullptr);

    /// `noteTitle`: the title of the note the challenge is written in (the "Learn" link).
    void showChallenge(const Challenge &challenge, const QString &noteTitle);
    /// Adds the reference solution under the statement and scrolls to it.
    void showReferenceSolution();
    bool showsReferenceSolution() const { return m_withSolution; }

Q_SIGNALS:
    /// A link to a note was clicked: the challenge's "Learn" link (anchor = the challenge's id) or a wiki link.
    void noteLinkActivated(const QString &noteId, const QString &anchor);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    QString codeBlock(const QString &code);
    QString stylesheet();

    NoteRenderer &m_renderer;
    Challenge m_challenge;
    QString m_noteTitle;
    bool m_withSolution = false;
    QString m_highlightCss[2]; ///< light, dark
};

} // namespace pmg
