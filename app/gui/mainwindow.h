// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "curriculum/curriculum.h"
#include "gardenscheme.h"
#include "markdown/noterenderer.h"

#include <QMainWindow>

class QWebEngineView;
class QWebEngineProfile;

namespace pmg {

class GuardedPage;

/// The main window: the curriculum's notes shown in a locked-down web view.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const Curriculum &curriculum, QWidget *parent = nullptr);
    ~MainWindow() override;

    void openNote(const QString &noteId);
    QString currentNoteId() const { return m_currentNoteId; }
    QWebEngineView *view() const { return m_view; }
    GuardedPage *page() const { return m_page; }

    /// Once the current page has loaded and painted, saves the window as PNG to `path` and quits the app
    /// (exit code 0 on success, 1 when saving or loading failed).
    void screenshotWhenLoaded(const QString &path);

private:
    std::optional<GardenSchemeHandler::Reply> resolve(const QString &path);
    NotePage::Theme theme() const;

    const Curriculum &m_curriculum;
    NoteRenderer m_renderer;
    QWebEngineProfile *m_profile = nullptr;
    GuardedPage *m_page = nullptr;
    QWebEngineView *m_view = nullptr;
    QString m_currentNoteId;
};

} // namespace pmg
