// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's actions, menus and toolbar: every command has a menu entry and a keyboard shortcut.
#include "commandpalette.h"
#include "findbar.h"
#include "garden/garden.h"
#include "guardedpage.h"
#include "mainwindow.h"
#include "noteeditor.h"
#include "noteprinter.h"
#include "noteview.h"

#include <QActionGroup>
#include <QApplication>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace pmg {

void MainWindow::createActions()
{
    const auto add = [this](const QString &name, const QString &text, const QList<QKeySequence> &keys, auto &&slot) {
        auto *a = new QAction(text, this);
        a->setShortcuts(keys);
        a->setShortcutContext(Qt::WindowShortcut);
        if (!keys.isEmpty())
            a->setToolTip(text.section(u'…', 0, 0).remove(u'&') + u" ("_s
                          + keys.first().toString(QKeySequence::NativeText) + u')');
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        m_actions.insert(name, a);
        return a;
    };
    add(u"file.new"_s, tr("&New Note…"), {QKeySequence::New}, [this] { newNote(); });
    add(u"file.save"_s, tr("&Save"), {QKeySequence::Save}, [this] {
        if (isEditing())
            m_editor->save();
    });
    add(u"file.revert"_s, tr("&Revert to Original"), {}, [this] {
        if (isEditing()
            && QMessageBox::question(
                   this, tr("Revert to original"),
                   tr("Replace your version of “%1” with the original? Your version is deleted.").arg(editedTitle()))
                   == QMessageBox::Yes)
            m_editor->revertToOriginal();
    });
    // The printout is the note as shown in the reader (while editing: the last saved version).
    add(u"file.exportPdf"_s, tr("&Export Note as PDF…"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)}, [this] {
        if (const Note *note = m_garden.curriculum().note(currentNoteId())) {
            // "2.1.1 Basic examples", without characters that some file systems refuse.
            QString name = QString(note->section + u' ' + note->title).trimmed();
            name.replace(QRegularExpression(u"[/\\\\:*?\"<>|]+"_s), u"-"_s);
            m_printer->askAndExportPdf(name);
        }
    });
    // Ctrl+P opens the search palette (as in Obsidian and VS Code), so printing has no shortcut of its own.
    add(u"file.print"_s, tr("&Print…"), {}, [this] { m_printer->askAndPrint(); });
    add(u"file.quit"_s, tr("&Quit"), {QKeySequence::Quit}, [this] { close(); });

    add(u"edit.edit"_s, tr("&Edit Note"), {QKeySequence(Qt::CTRL | Qt::Key_E)}, [this] {
        if (isEditing())
            leaveEditor();
        else
            editCurrentNote();
    });
    add(u"edit.find"_s, tr("&Find in Note…"), {QKeySequence::Find}, [this] {
        if (!isEditing())
            m_findBar->activate();
    });
    add(u"edit.findNext"_s, tr("Find &Next"), {QKeySequence::FindNext}, [this] { m_findBar->findNext(); });
    add(u"edit.findPrevious"_s, tr("Find Pre&vious"), {QKeySequence::FindPrevious},
        [this] { m_findBar->findPrevious(); });

    add(u"go.palette"_s, tr("&Search…"), {QKeySequence(Qt::CTRL | Qt::Key_K), QKeySequence(Qt::CTRL | Qt::Key_P)},
        [this] { m_palette->popup(); });
    add(u"go.back"_s, tr("&Back"), {QKeySequence::Back}, [this] {
        m_view->back();
        m_view->setFocus(Qt::OtherFocusReason);
    });
    add(u"go.forward"_s, tr("&Forward"), {QKeySequence::Forward}, [this] {
        m_view->forward();
        m_view->setFocus(Qt::OtherFocusReason);
    });
    add(u"go.previous"_s, tr("&Previous Note"), {QKeySequence(Qt::CTRL | Qt::Key_PageUp)}, [this] { stepNote(-1); });
    add(u"go.next"_s, tr("&Next Note"), {QKeySequence(Qt::CTRL | Qt::Key_PageDown)}, [this] { stepNote(1); });

    add(u"view.zoomIn"_s, tr("Zoom &In"), {QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)},
        [this] { m_view->zoomIn(); });
    add(u"view.zoomOut"_s, tr("Zoom &Out"), {QKeySequence::ZoomOut}, [this] { m_view->zoomOut(); });
    add(u"view.zoomReset"_s, tr("&Actual Size"), {QKeySequence(Qt::CTRL | Qt::Key_0)}, [this] { m_view->resetZoom(); });
    add(u"view.sidebar"_s, tr("Show &Sidebar"), {QKeySequence(Qt::CTRL | Qt::Key_Backslash)},
        [this](bool on) { m_tree->setVisible(on); });
    m_actions.value(u"view.sidebar"_s)->setCheckable(true);
    m_actions.value(u"view.sidebar"_s)->setChecked(true);

    auto *themes = new QActionGroup(this);
    const std::array<std::pair<ThemeChoice, QString>, 3> choices{{{ThemeChoice::System, tr("Follow &System")},
                                                                  {ThemeChoice::Light, tr("&Light")},
                                                                  {ThemeChoice::Dark, tr("&Dark")}}};
    for (const auto &[choice, label] : choices) {
        QAction *a =
            add(u"view.theme."_s + themeName(choice), label, {}, [this, choice = choice] { setThemeChoice(choice); });
        a->setCheckable(true);
        themes->addAction(a);
    }
}

void MainWindow::createMenus()
{
    const auto a = [this](const char *name) { return m_actions.value(QLatin1String(name)); };
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addActions({a("file.new"), a("file.save"), a("file.revert")});
    file->addSeparator();
    file->addActions({a("file.exportPdf"), a("file.print")});
    file->addSeparator();
    file->addAction(a("file.quit"));
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addActions({a("edit.edit"), a("edit.find"), a("edit.findNext"), a("edit.findPrevious")});
    QMenu *go = menuBar()->addMenu(tr("&Go"));
    go->addActions({a("go.palette"), a("go.back"), a("go.forward"), a("go.previous"), a("go.next")});
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addActions({a("view.zoomIn"), a("view.zoomOut"), a("view.zoomReset")});
    view->addSeparator();
    QMenu *theme = view->addMenu(tr("&Theme"));
    theme->addActions({a("view.theme.system"), a("view.theme.light"), a("view.theme.dark")});
    view->addAction(a("view.sidebar"));

    QToolBar *bar = addToolBar(tr("Navigation"));
    bar->setObjectName(u"navigation"_s);
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addActions({a("go.back"), a("go.forward")});
    bar->addSeparator();
    bar->addActions({a("go.previous"), a("go.next")});
    bar->addSeparator();
    bar->addActions({a("go.palette"), a("edit.edit")});
}

void MainWindow::screenshotWhenLoaded(const QString &path)
{
    auto *watchdog = new QTimer(this);
    watchdog->setSingleShot(true);
    connect(watchdog, &QTimer::timeout, this, [] {
        qCritical("screenshot: the page did not finish loading within 60 s");
        QCoreApplication::exit(1);
    });
    watchdog->start(60'000);
    connect(m_view->page(), &QWebEnginePage::loadFinished, this, [this, path, watchdog](bool ok) {
        watchdog->stop();
        if (!ok) {
            qCritical("screenshot: the note failed to load");
            QCoreApplication::exit(1);
            return;
        }
        // loadFinished precedes the first paint of the compositor frame; give it a moment to reach the screen.
        QTimer::singleShot(700, this, [this, path] {
            const QPixmap pixmap = grab();
            const bool saved = pixmap.save(path, "PNG");
            if (!saved)
                qCritical("screenshot: cannot write %s", qPrintable(path));
            QCoreApplication::exit(saved ? 0 : 1);
        });
    });
}

} // namespace pmg
