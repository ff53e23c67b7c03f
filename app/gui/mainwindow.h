// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gardenscheme.h"
#include "markdown/noterenderer.h"
#include "pagerouter.h"
#include "search/indexupdate.h"
#include "store/storeerror.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QFrame;
class QProgressBar;
class QSplitter;
class QStackedWidget;
class QTreeView;
class QWebEnginePage;
class QWebEngineProfile;

namespace pmg {

class CommandPalette;
class CurriculumTreeModel;
class FindBar;
class Garden;
class GuardedPage;
class MessageBanner;
class NoteEditor;
class NotePrinter;
class NoteView;

/// The main window: the curriculum tree on the left, the note (or the editor) in the centre, the palette on Ctrl+K.
/// It only arranges widgets and forwards to the Garden; the content logic lives in libcore.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    enum class ThemeChoice { System, Light, Dark };

    explicit MainWindow(Garden &garden, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens `noteId` (scrolled to `anchor`, with `highlight` found in the page).
    void openNote(const QString &noteId, const QString &anchor = {}, const QString &highlight = {});
    QString currentNoteId() const;
    NoteView *view() const { return m_view; }
    /// The reading pane (find bar and note); its `noteFocused` property is true while the note has the keyboard.
    QWidget *reader() const;
    GuardedPage *page() const;
    QTreeView *tree() const { return m_tree; }
    /// Where pages register what they serve under garden:.
    PageRouter &router() { return m_router; }
    /// The locked-down web profile every page of the app uses.
    QWebEngineProfile *webProfile() const { return m_profile; }
    NoteRenderer &renderer() { return m_renderer; }
    /// The tree beside the centre (note or editor).
    QSplitter *splitter() const { return m_splitter; }
    CurriculumTreeModel *treeModel() const { return m_treeModel; }
    CommandPalette *palette() const { return m_palette; }
    NoteEditor *editor() const { return m_editor; }
    FindBar *findBar() const { return m_findBar; }
    NotePrinter *printer() const { return m_printer; }
    QAction *action(const QString &name) const;

    void setThemeChoice(ThemeChoice choice);
    ThemeChoice themeChoice() const { return m_themeChoice; }
    bool isDark() const;

    /// Builds or refreshes the search index on a worker thread, showing progress in the status bar;
    /// searchIndexUpdated() when done.
    void updateSearchIndex();
    MessageBanner *readOnlyBanner() const { return m_readOnlyBanner; }
    MessageBanner *failureBanner() const { return m_failureBanner; }
    /// Enters the editor for the current note.
    void editCurrentNote();
    /// Asks for a title and creates a note under the current one (or its section).
    void newNote(const QString &title = {});
    bool isEditing() const;
    /// Leaves the editor; with unsaved changes asks first unless `force`. False when the user cancelled.
    bool leaveEditor(bool force = false);

    /// Once the current page has loaded and painted, saves the window as PNG to `path` and quits the app
    /// (exit code 0 on success, 1 when saving or loading failed).
    void screenshotWhenLoaded(const QString &path);

Q_SIGNALS:
    void searchIndexUpdated(const pmg::IndexUpdate &result);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    /// The settings value and action-name suffix of a theme choice: "system", "light", "dark".
    static QString themeName(ThemeChoice choice);
    void createActions();
    void createMenus();
    void addRoutes();
    void onNoteShown(const QString &noteId);
    void rememberScroll();
    void stepNote(int delta);
    void copyCodeBlock(QWebEnginePage *page, const QString &noteId, int index);
    /// The title of the note in the editor (its file name while it has none).
    QString editedTitle() const;
    void applyTheme();
    void rebuildTree();
    void onSearchIndexUpdated(const IndexUpdate &result);
    void showWriteFailure(const StoreError &error);
    /// Save and Revert act on the editor only: enabled while editing (Revert when there is a version to revert).
    /// The editor also gets the sidebar's width while it is open.
    void updateEditingState();
    /// A fresh profile's first window: most of the available screen, never more, centred.
    void fitToScreen();
    /// The sidebar's share of the window (not a fixed width), within bounds that keep both readable.
    void sizeSidebar();
    void setNoteFocused(bool focused);

    Garden &m_garden;
    NoteRenderer m_renderer;
    PageRouter m_router;
    QHash<QString, QStringList> m_codeBlocks;       ///< per rendered note, for the copy buttons
    GardenSchemeHandler *m_schemeHandler = nullptr; ///< owned by the profile
    QWebEngineProfile *m_profile = nullptr;
    NoteView *m_view = nullptr;
    QFrame *m_reader = nullptr;
    QSplitter *m_splitter = nullptr;
    FindBar *m_findBar = nullptr;
    NotePrinter *m_printer = nullptr;
    NoteEditor *m_editor = nullptr;
    QStackedWidget *m_centre = nullptr;
    QTreeView *m_tree = nullptr;
    CurriculumTreeModel *m_treeModel = nullptr;
    CommandPalette *m_palette = nullptr;
    QProgressBar *m_indexProgress = nullptr;
    MessageBanner *m_readOnlyBanner = nullptr;
    MessageBanner *m_failureBanner = nullptr;
    QHash<QString, QAction *> m_actions;
    ThemeChoice m_themeChoice = ThemeChoice::System;
    QString m_shownNoteId;
    double m_shownScroll = 0;
    /// Closing first asks the page where it is (the last scroll may not have been reported yet), then closes.
    enum class Closing { No, AskingScroll, Ready };
    Closing m_closing = Closing::No;
};

} // namespace pmg
