// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "apptheme.h"
#include "commandpalette.h"
#include "curriculumtreemodel.h"
#include "findbar.h"
#include "garden/garden.h"
#include "garden/noteediting.h"
#include "garden/progressservice.h"
#include "garden/settingsservice.h"
#include "guardedpage.h"
#include "messagebanner.h"
#include "noteeditor.h"
#include "noteprinter.h"
#include "noteview.h"
#include "search/searchservice.h"

#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QFile>
#include <QFileInfo>
#include <QFrame>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QStyleHints>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>
#include <QWebEngineHistory>
#include <QWebEngineProfile>
#include <QWebEngineScript>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pmg {

namespace {

const QString themeKey = u"ui/theme"_s;
const QString zoomKey = u"ui/zoom"_s;
const QString lastNoteKey = u"ui/last-note"_s;
const QString geometryKey = u"ui/geometry"_s;

} // namespace

QString MainWindow::themeName(ThemeChoice choice)
{
    switch (choice) {
    case ThemeChoice::Light:
        return u"light"_s;
    case ThemeChoice::Dark:
        return u"dark"_s;
    case ThemeChoice::System:
        break;
    }
    return u"system"_s;
}

MainWindow::MainWindow(Garden &garden, QWidget *parent)
    : QMainWindow(parent)
    , m_garden(garden)
    , m_renderer(garden.curriculum())
{
    setWindowTitle(tr("Python Mastery Garden"));

    addRoutes();
    m_schemeHandler = new GardenSchemeHandler(m_router.resolver());
    // The profile is parented to the application, not the window, so it outlives every page that uses it.
    m_profile = GuardedPage::createProfile(m_schemeHandler, qApp);

    m_view = new NoteView(m_profile, this);
    m_findBar = new FindBar(this);
    m_findBar->setPage(m_view->page());
    m_printer = new NotePrinter(m_view, this);
    // A frame whose border shows where the keyboard is: the note (Page Down scrolls it) or elsewhere.
    m_reader = new QFrame(this);
    m_reader->setObjectName(u"reader"_s);
    m_reader->setStyleSheet(u"QFrame#reader { border: 2px solid transparent; }"
                            " QFrame#reader[noteFocused=\"true\"] { border-color: palette(highlight); }"_s);
    auto *reader = m_reader;
    auto *readerLayout = new QVBoxLayout(reader);
    readerLayout->setContentsMargins(0, 0, 0, 0);
    readerLayout->setSpacing(0);
    readerLayout->addWidget(m_findBar);
    readerLayout->addWidget(m_view, 1);

    m_editor = new NoteEditor(m_garden, m_profile, m_renderer.repository(), [this](const Note &note) {
        const RenderedNote rendered =
            m_renderer.render(note, isDark() ? NotePage::Theme::Dark : NotePage::Theme::Light);
        m_codeBlocks.insert(note.id, rendered.codeBlocks);
        return rendered.html;
    });
    m_centre = new QStackedWidget(this);
    m_centre->addWidget(reader);
    m_centre->addWidget(m_editor);

    m_treeModel = new CurriculumTreeModel(this);
    m_tree = new QTreeView(this);
    m_tree->setModel(m_treeModel);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAccessibleName(tr("Curriculum"));
    m_tree->setIconSize(QSize(16, 16));

    m_splitter = new QSplitter(this);
    m_splitter->addWidget(m_tree);
    m_splitter->addWidget(m_centre);
    // Resizing the window keeps the sidebar's share (stretch factors split the change in width).
    m_splitter->setStretchFactor(0, 22);
    m_splitter->setStretchFactor(1, 78);
    m_readOnlyBanner = new MessageBanner(this);
    m_failureBanner = new MessageBanner(this);
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_readOnlyBanner);
    centralLayout->addWidget(m_failureBanner);
    centralLayout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    m_palette = new CommandPalette(m_garden, this);
    m_indexProgress = new QProgressBar(this);
    m_indexProgress->setMaximumWidth(220);
    m_indexProgress->hide();
    statusBar()->addPermanentWidget(m_indexProgress);

    createActions();
    createMenus();
    rebuildTree();

    connect(m_tree, &QTreeView::activated, this,
            [this](const QModelIndex &index) { openNote(index.data(CurriculumTreeModel::NoteIdRole).toString()); });
    connect(m_tree, &QTreeView::clicked, this,
            [this](const QModelIndex &index) { openNote(index.data(CurriculumTreeModel::NoteIdRole).toString()); });
    connect(m_view, &NoteView::noteShown, this, &MainWindow::onNoteShown);
    connect(m_view, &NoteView::reachedEnd, this, [this](const QString &noteId) {
        // Marked in the tree only once the profile holds it: a failed or refused write leaves the mark as it was.
        if (m_treeModel->progress(noteId) == CurriculumTreeModel::Progress::Read
            || !m_garden.progress().markRead(noteId))
            return;
        m_treeModel->setProgress(noteId, CurriculumTreeModel::Progress::Read);
    });
    connect(m_view, &NoteView::zoomChanged, this,
            [this](double factor) { m_garden.settings().setValue(zoomKey, QString::number(factor)); });
    // Only the shown note's own scrolling: while the next note loads, its scroll events must not be taken for the
    // position of the note being left (onNoteShown() stores that one).
    connect(m_view->page(), &QWebEnginePage::scrollPositionChanged, this, [this](const QPointF &position) {
        if (m_view->currentNoteId() == m_shownNoteId)
            m_shownScroll = position.y();
    });
    // A jump inside the note (table of contents, anchors) is a history step without a page load.
    connect(m_view->page(), &QWebEnginePage::urlChanged, this, [this] {
        m_actions.value(u"go.back"_s)->setEnabled(m_view->history()->canGoBack());
        m_actions.value(u"go.forward"_s)->setEnabled(m_view->history()->canGoForward());
    });
    for (GuardedPage *page : {m_view->guardedPage(), m_editor->previewPageObject()}) {
        connect(page, &GuardedPage::copyRequested, this,
                [this, page](const QString &noteId, int index) { copyCodeBlock(page, noteId, index); });
    }
    connect(m_palette, &CommandPalette::openRequested, this, &MainWindow::openNote);
    connect(m_editor, &NoteEditor::statusMessage, this, [this](const QString &m) {
        statusBar()->showMessage(m, 8000);
        updateEditingState(); // a save or revert changes what Revert can do
    });
    // Outcomes go to the status bar, not a dialog: failures name the file and stay longer.
    connect(m_printer, &NotePrinter::finished, this,
            [this](bool ok, const QString &message) { statusBar()->showMessage(message, ok ? 8000 : 20'000); });
    connect(m_printer, &NotePrinter::refused, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_editor, &NoteEditor::closeRequested, this, [this] { leaveEditor(); });
    connect(&m_garden, &Garden::writeFailed, this, &MainWindow::showWriteFailure);
    connect(&m_garden, &Garden::backupFinished, this, [this](const StoreError &error) {
        if (error)
            m_failureBanner->showMessage(MessageBanner::Kind::Warning,
                                         tr("Today's backup of your study data failed: %1").arg(error.message()));
    });
    connect(&m_garden.search(), &SearchService::updateProgress, this, [this](int done, int total) {
        m_indexProgress->setRange(0, total);
        m_indexProgress->setValue(done);
    });
    connect(&m_garden.search(), &SearchService::updateFinished, this, &MainWindow::onSearchIndexUpdated);
    connect(&m_garden, &Garden::curriculumChanged, this, [this] {
        rebuildTree();
        updateSearchIndex();
    });
    connect(QGuiApplication::styleHints(), &QStyleHints::colorSchemeChanged, this, [this] {
        if (m_themeChoice == ThemeChoice::System)
            applyTheme();
    });

    const QString theme = m_garden.settings().value(themeKey, u"system"_s);
    m_themeChoice = theme == u"dark" ? ThemeChoice::Dark : theme == u"light" ? ThemeChoice::Light : ThemeChoice::System;
    m_actions.value(u"view.theme."_s + themeName(m_themeChoice))->setChecked(true);
    applyTheme();
    m_view->setZoom(m_garden.settings().value(zoomKey, u"1"_s).toDouble());
    if (!restoreGeometry(QByteArray::fromBase64(m_garden.settings().value(geometryKey).toLatin1())))
        fitToScreen();
    sizeSidebar();
    updateEditingState();
    connect(qApp, &QApplication::focusChanged, this,
            [this](QWidget *, QWidget *now) { setNoteFocused(now && (now == m_view || m_view->isAncestorOf(now))); });
    if (m_garden.isReadOnly()) {
        m_readOnlyBanner->setClosable(false);
        m_readOnlyBanner->showMessage(MessageBanner::Kind::Warning,
                                      tr("<b>Read-only:</b> %1. You can read and search, but nothing you do is saved "
                                         "(reading progress, edits, settings).")
                                          .arg(m_garden.readOnlyReason().toHtmlEscaped()));
        for (const QString &name : {u"file.new"_s, u"edit.edit"_s})
            m_actions.value(name)->setEnabled(false);
    }

    // Where the learner left off: the last note, at the same place.
    QString start = m_garden.settings().value(lastNoteKey);
    if (!m_garden.curriculum().note(start))
        start = m_garden.curriculum().notes.isEmpty() ? QString() : m_garden.curriculum().notes.constFirst().id;
    if (!start.isEmpty()) {
        const std::optional<NoteProgress> progress = m_garden.progress().progress(start);
        m_view->openNote(start, {}, {}, progress ? progress->scrollY : 0);
    }
    m_view->setFocus(Qt::OtherFocusReason);
}

MainWindow::~MainWindow()
{
    // Tearing pages down can still emit (loadFinished, urlChanged, scroll…); nothing here may react to that once the
    // widgets it would update start to go. Pages also keep requesting content until they are gone.
    m_schemeHandler->detach();
    disconnect(qApp, &QApplication::focusChanged, this, nullptr); // focus moves while the widgets go
    m_view->disconnect(this);
    m_view->page()->disconnect(this);
    m_editor->disconnect(this);
    m_editor->previewPageObject()->disconnect(this);
    m_palette->disconnect(this);
    // Pages must go before their profile: delete the widgets holding pages first, then the profile.
    delete m_palette;
    delete centralWidget();
    delete m_profile;
}

GuardedPage *MainWindow::page() const
{
    return m_view->guardedPage();
}

QAction *MainWindow::action(const QString &name) const
{
    return m_actions.value(name);
}

QString MainWindow::currentNoteId() const
{
    return m_view->currentNoteId();
}

bool MainWindow::isDark() const
{
    return m_themeChoice == ThemeChoice::Dark
           || (m_themeChoice == ThemeChoice::System && AppTheme::systemPrefersDark());
}

void MainWindow::openNote(const QString &noteId, const QString &anchor, const QString &highlight)
{
    if (noteId.isEmpty() || !m_garden.curriculum().note(noteId))
        return;
    if (isEditing() && !leaveEditor())
        return;
    double scroll = -1;
    if (anchor.isEmpty() && highlight.isEmpty() && noteId != m_view->currentNoteId()) {
        const std::optional<NoteProgress> progress = m_garden.progress().progress(noteId);
        scroll = progress ? progress->scrollY : 0;
    }
    m_view->openNote(noteId, anchor, highlight, scroll);
    // The keyboard goes with the reader: Page Down scrolls the note just opened, not the tree.
    m_view->setFocus(Qt::OtherFocusReason);
}

QWidget *MainWindow::reader() const
{
    return m_reader;
}

void MainWindow::setNoteFocused(bool focused)
{
    if (m_reader->property("noteFocused").toBool() == focused)
        return;
    m_reader->setProperty("noteFocused", focused);
    m_reader->style()->unpolish(m_reader);
    m_reader->style()->polish(m_reader);
}

void MainWindow::fitToScreen()
{
    const QRect available = screen()->availableGeometry();
    // Comfortable on a laptop, not a wall of text on a large screen; never past the screen's edges.
    const QSize size(std::min(available.width() * 9 / 10, 1440), std::min(available.height() * 9 / 10, 960));
    setGeometry(QStyle::alignedRect(Qt::LeftToRight, Qt::AlignCenter, size, available));
}

void MainWindow::sizeSidebar()
{
    const int sidebar = std::clamp(width() * 22 / 100, 180, 380);
    m_splitter->setSizes({sidebar, std::max(1, width() - sidebar)});
}

void MainWindow::updateEditingState()
{
    const bool editing = isEditing();
    const QString path = editing ? m_editor->relativePath() : QString();
    // A read-only profile saves nothing: Save and Revert stay off there.
    const bool writable = !m_garden.isReadOnly();
    m_actions.value(u"file.save"_s)->setEnabled(editing && writable);
    m_tree->setVisible(!editing && m_actions.value(u"view.sidebar"_s)->isChecked());
    m_actions.value(u"file.revert"_s)
        ->setEnabled(editing && writable
                     && (m_garden.editor().hasUserVersion(path) || !m_garden.editor().isBundled(path)));
}

void MainWindow::rememberScroll()
{
    if (!m_shownNoteId.isEmpty())
        m_garden.progress().setScroll(m_shownNoteId, m_shownScroll);
}

void MainWindow::onNoteShown(const QString &noteId)
{
    if (noteId != m_shownNoteId) {
        rememberScroll();
        m_shownNoteId = noteId;
        m_shownScroll = m_view->scrollY();
    }
    m_garden.settings().setValue(lastNoteKey, noteId);
    if (m_garden.progress().markOpened(noteId)
        && m_treeModel->progress(noteId) == CurriculumTreeModel::Progress::Unread)
        m_treeModel->setProgress(noteId, CurriculumTreeModel::Progress::Opened);
    // A new page gets a new render widget, and the focus falls to the tree on the way: give it back to the note
    // (unless the learner is typing in the find bar).
    if (!isEditing() && !m_findBar->isAncestorOf(QApplication::focusWidget()))
        m_view->setFocus(Qt::OtherFocusReason);
    const QModelIndex index = m_treeModel->indexOf(noteId);
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    if (const Note *note = m_garden.curriculum().note(noteId))
        setWindowTitle(note->title + u" — "_s + tr("Python Mastery Garden"));
    const qsizetype at = m_garden.curriculum().indexOf(noteId);
    m_actions.value(u"go.previous"_s)->setEnabled(at > 0);
    m_actions.value(u"go.next"_s)->setEnabled(at >= 0 && at + 1 < m_garden.curriculum().notes.size());
    m_actions.value(u"go.back"_s)->setEnabled(m_view->history()->canGoBack());
    m_actions.value(u"go.forward"_s)->setEnabled(m_view->history()->canGoForward());
}

void MainWindow::stepNote(int delta)
{
    const Curriculum &curriculum = m_garden.curriculum();
    const qsizetype at = curriculum.indexOf(m_view->currentNoteId()) + delta;
    if (at >= 0 && at < curriculum.notes.size())
        openNote(curriculum.notes.at(at).id);
}

void MainWindow::copyCodeBlock(QWebEnginePage *page, const QString &noteId, int index)
{
    const QStringList blocks = m_codeBlocks.value(noteId);
    if (index < 0 || index >= blocks.size())
        return;
    QGuiApplication::clipboard()->setText(blocks.at(index));
    statusBar()->showMessage(tr("Copied the code block to the clipboard"), 3000);
    // Said on the button itself, where the reader is looking, for a moment.
    const QString selector = QString::fromUtf8(
        QJsonDocument(QJsonArray{u"a.copy-code[href=\"garden:/copy/%1/%2\"]"_s.arg(noteId).arg(index)})
            .toJson(QJsonDocument::Compact));
    const QString toggle =
        u"(() => { const b = document.querySelector(%1[0]); if (b) { b.classList.toggle('copied', %2);"
        " b.textContent = %3; } })()"_s;
    page->runJavaScript(toggle.arg(selector, u"true"_s, u"'Copied'"_s), QWebEngineScript::ApplicationWorld);
    const QPointer<QWebEnginePage> target(page);
    QTimer::singleShot(1500, this, [target, toggle, selector] {
        if (target)
            target->runJavaScript(toggle.arg(selector, u"false"_s, u"'Copy'"_s), QWebEngineScript::ApplicationWorld);
    });
}

// The window's own pages: notes, the editor's preview and the stylesheets. Other pages add their routes themselves.
void MainWindow::addRoutes()
{
    using Reply = GardenSchemeHandler::Reply;
    m_router.add(u"/note/"_s, [this](const QString &path) -> std::optional<Reply> {
        const Note *note = m_garden.curriculum().note(path.mid(6));
        if (!note)
            return std::nullopt;
        const RenderedNote rendered =
            m_renderer.render(*note, isDark() ? NotePage::Theme::Dark : NotePage::Theme::Light);
        m_codeBlocks.insert(note->id, rendered.codeBlocks);
        return Reply{rendered.html.toUtf8(), QByteArrayLiteral("text/html")};
    });
    m_router.add(u"/preview/"_s, [this](const QString &) -> std::optional<Reply> {
        return Reply{m_editor->previewPage().toUtf8(), QByteArrayLiteral("text/html")};
    });
    m_router.add(u"/style/highlight.css"_s, [this](const QString &) -> std::optional<Reply> {
        return Reply{m_renderer.highlightCss().toUtf8(), QByteArrayLiteral("text/css")};
    });
    m_router.add(u"/style/"_s, [](const QString &path) -> std::optional<Reply> {
        QFile file(u':' + path);
        if (!path.endsWith(QLatin1String(".css")) || !file.open(QIODevice::ReadOnly))
            return std::nullopt;
        return Reply{file.readAll(), QByteArrayLiteral("text/css")};
    });
}

void MainWindow::setThemeChoice(ThemeChoice choice)
{
    m_themeChoice = choice;
    m_garden.settings().setValue(themeKey, themeName(choice));
    if (QAction *a = m_actions.value(u"view.theme."_s + themeName(choice)))
        a->setChecked(true);
    applyTheme();
}

void MainWindow::applyTheme()
{
    const bool dark = isDark();
    AppTheme::apply(dark);
    m_editor->setDarkTheme(dark);
    // The page carries its theme in its HTML: render it again (code colours included), keeping the place.
    if (!m_view->currentNoteId().isEmpty())
        m_view->openNote(m_view->currentNoteId(), {}, {}, m_view->scrollY());
}

void MainWindow::rebuildTree()
{
    QHash<QString, CurriculumTreeModel::Progress> marks;
    const QHash<QString, NoteProgress> all = m_garden.progress().all();
    for (auto it = all.cbegin(); it != all.cend(); ++it)
        marks.insert(it.key(), it->read ? CurriculumTreeModel::Progress::Read : CurriculumTreeModel::Progress::Opened);
    m_treeModel->rebuild(m_garden.curriculum(), marks);
    m_tree->expandToDepth(0);
    if (!m_shownNoteId.isEmpty())
        m_tree->setCurrentIndex(m_treeModel->indexOf(m_shownNoteId));
}

void MainWindow::updateSearchIndex()
{
    m_indexProgress->setRange(0, 0);
    m_indexProgress->show();
    statusBar()->showMessage(tr("Indexing the curriculum for search…"));
    m_garden.search().startUpdate(m_garden.curriculum());
}

void MainWindow::onSearchIndexUpdated(const IndexUpdate &result)
{
    if (result.cancelled)
        return; // a newer update took its place
    m_indexProgress->hide();
    if (!result.ok)
        statusBar()->showMessage(tr("Search index not updated: %1").arg(result.error));
    else if (result.reindexed > 0 || result.removed > 0)
        statusBar()->showMessage(tr("Search index updated: %n note(s) indexed", nullptr, result.reindexed), 5000);
    else
        statusBar()->clearMessage();
    Q_EMIT searchIndexUpdated(result);
}

void MainWindow::showWriteFailure(const StoreError &error)
{
    m_failureBanner->showMessage(MessageBanner::Kind::Error,
                                 tr("<b>Not saved:</b> %1").arg(error.message().toHtmlEscaped()));
}

bool MainWindow::isEditing() const
{
    return m_centre->currentWidget() == m_editor;
}

void MainWindow::editCurrentNote()
{
    const Note *note = m_garden.curriculum().note(m_view->currentNoteId());
    if (!note)
        return;
    m_editor->open(note->relativePath);
    m_centre->setCurrentWidget(m_editor);
    m_findBar->close();
    updateEditingState();
}

void MainWindow::newNote(const QString &title)
{
    const Note *current = m_garden.curriculum().note(m_view->currentNoteId());
    if (!current || (isEditing() && !leaveEditor()))
        return;
    QString name = title;
    if (name.isEmpty()) {
        bool ok = false;
        name = QInputDialog::getText(this, tr("New note"), tr("Title of the new note under “%1”:").arg(current->title),
                                     QLineEdit::Normal, QString(), &ok);
        if (!ok || name.trimmed().isEmpty())
            return;
    }
    const std::optional<NoteEditing::NewNote> created = m_garden.editor().newNote(current->section, name);
    if (!created)
        return;
    m_editor->open(created->relativePath, created->text);
    m_centre->setCurrentWidget(m_editor);
    updateEditingState();
}

QString MainWindow::editedTitle() const
{
    const QString path = m_editor->relativePath();
    for (const Note &note : m_garden.curriculum().notes) {
        if (note.relativePath == path)
            return note.title;
    }
    return QFileInfo(path).completeBaseName(); // a new note not saved yet
}

bool MainWindow::leaveEditor(bool force)
{
    if (!isEditing())
        return true;
    if (m_editor->isModified() && !force) {
        const auto answer =
            QMessageBox::question(this, tr("Unsaved changes"), tr("Save your changes to “%1”?").arg(editedTitle()),
                                  QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel)
            return false;
        if (answer == QMessageBox::Save && !m_editor->save())
            return false;
        if (answer == QMessageBox::Discard)
            m_editor->discard();
    }
    m_centre->setCurrentIndex(0);
    updateEditingState();
    // Show what was edited (a saved new note included).
    const QString path = m_editor->relativePath();
    const auto it = std::find_if(m_garden.curriculum().notes.cbegin(), m_garden.curriculum().notes.cend(),
                                 [&](const Note &n) { return n.relativePath == path; });
    if (it != m_garden.curriculum().notes.cend())
        m_view->openNote(it->id, {}, {}, it->id == m_view->currentNoteId() ? m_view->scrollY() : 0);
    return true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (isEditing() && !leaveEditor()) {
        event->ignore();
        return;
    }
    // The page reports its scroll position with its next frame: a Page Down just before Ctrl+Q is not known yet.
    // Ask the page itself, then close (or close anyway if it does not answer).
    if (m_closing == Closing::No && !m_shownNoteId.isEmpty() && m_view->currentNoteId() == m_shownNoteId) {
        m_closing = Closing::AskingScroll;
        event->ignore();
        const QPointer<MainWindow> self(this);
        const auto closeWith = [self](const QVariant &y) {
            if (!self || self->m_closing != Closing::AskingScroll)
                return;
            if (y.isValid())
                self->m_shownScroll = y.toDouble();
            self->m_closing = Closing::Ready;
            self->close();
        };
        m_view->page()->runJavaScript(u"window.scrollY"_s, QWebEngineScript::ApplicationWorld, closeWith);
        QTimer::singleShot(2000, this, [closeWith] { closeWith(QVariant()); });
        return;
    }
    m_closing = Closing::No;
    rememberScroll();
    m_garden.settings().setValue(geometryKey, QString::fromLatin1(saveGeometry().toBase64()));
    event->accept();
}

} // namespace pmg
