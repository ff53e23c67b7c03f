// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "gardenscheme.h"
#include "guardedpage.h"

#include <QApplication>
#include <QFile>
#include <QGuiApplication>
#include <QStyleHints>
#include <QTimer>
#include <QWebEngineProfile>
#include <QWebEngineView>

namespace pmg {

MainWindow::MainWindow(const Curriculum &curriculum, QWidget *parent)
    : QMainWindow(parent)
    , m_curriculum(curriculum)
    , m_renderer(curriculum)
{
    setWindowTitle(tr("Python Mastery Garden"));
    resize(1280, 820);

    auto *handler = new GardenSchemeHandler([this](const QString &path) { return resolve(path); });
    // The profile is parented to the application, not the window, so it outlives every page that uses it.
    m_profile = GuardedPage::createProfile(handler, qApp);
    m_view = new QWebEngineView(this);
    m_page = new GuardedPage(m_profile, m_view);
    m_view->setPage(m_page);
    m_view->setContextMenuPolicy(Qt::NoContextMenu);
    setCentralWidget(m_view);

    if (!m_curriculum.notes.isEmpty())
        openNote(m_curriculum.notes.first().id);
}

MainWindow::~MainWindow()
{
    // Pages must go before their profile; the view (and with it the page) is deleted with the window, then the
    // profile with it. Deleting the profile here keeps the order explicit even though it is parented to the app.
    delete m_view;
    m_view = nullptr;
    delete m_profile;
}

NotePage::Theme MainWindow::theme() const
{
    return QGuiApplication::styleHints()->colorScheme() == Qt::ColorScheme::Dark ? NotePage::Theme::Dark
                                                                                 : NotePage::Theme::Light;
}

void MainWindow::openNote(const QString &noteId)
{
    m_currentNoteId = noteId;
    m_page->load(QUrl(QLatin1String(NotePage::scheme) + QLatin1String(":/note/") + noteId));
}

std::optional<GardenSchemeHandler::Reply> MainWindow::resolve(const QString &path)
{
    static const QString notePrefix = QStringLiteral("/note/");
    if (path.startsWith(notePrefix)) {
        const Note *note = m_curriculum.note(path.mid(notePrefix.size()));
        if (!note)
            return std::nullopt;
        return GardenSchemeHandler::Reply{m_renderer.page(*note, theme()).toUtf8(), QByteArrayLiteral("text/html")};
    }
    if (path == u"/style/highlight.css")
        return GardenSchemeHandler::Reply{m_renderer.highlightCss().toUtf8(), QByteArrayLiteral("text/css")};
    if (path.startsWith(QLatin1String("/style/")) && path.endsWith(QLatin1String(".css"))) {
        QFile file(u':' + path);
        if (file.open(QIODevice::ReadOnly))
            return GardenSchemeHandler::Reply{file.readAll(), QByteArrayLiteral("text/css")};
    }
    return std::nullopt;
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
    connect(m_page, &QWebEnginePage::loadFinished, this, [this, path, watchdog](bool ok) {
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
