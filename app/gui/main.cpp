// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "appoptions.h"
#include "garden/garden.h"
#include "mainwindow.h"
#include "profilestartup.h"
#include "webenginesetup.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

int main(int argc, char *argv[])
{
    pmg::WebEngineSetup::beforeApplication();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("python-mastery-garden"));
    QApplication::setApplicationDisplayName(QStringLiteral("Python Mastery Garden"));
    QApplication::setApplicationVersion(QStringLiteral(PMG_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.pythonmasterygarden.PythonMasteryGarden"));

    // The app's own strings, then Qt's (dialog buttons …), in the user's language when a translation exists.
    // English plural forms first ("%n note(s)" → "1 note" / "2 notes"); a translation of the user's language, loaded
    // after it, takes precedence.
    QTranslator pluralTranslator;
    if (pluralTranslator.load(QStringLiteral(":/i18n/python-mastery-garden_en")))
        QApplication::installTranslator(&pluralTranslator);
    QTranslator appTranslator;
    if (appTranslator.load(QLocale(), QStringLiteral("python-mastery-garden"), QStringLiteral("_"),
                           QStringLiteral(":/i18n")))
        QApplication::installTranslator(&appTranslator);
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);

    const pmg::AppOptions options = pmg::AppOptions::parse(QApplication::arguments());
    if (!options.error.isEmpty()) {
        std::fprintf(stderr, "python-mastery-garden: %s\n", qPrintable(options.error));
        if (options.screenshotPath.isEmpty())
            QMessageBox::critical(nullptr, QApplication::applicationDisplayName(), options.error);
        return 1;
    }

    pmg::Garden garden;
    if (const std::optional<int> exitCode = pmg::ProfileStartup::open(garden, options))
        return *exitCode;
    for (const pmg::Diagnostic &d : garden.curriculum().diagnostics)
        std::fprintf(stderr, "%s\n", qPrintable(d.toString()));

    pmg::MainWindow window(garden);
    window.show();
    // After the first paint: a first launch builds the whole index (with progress in the status bar).
    QTimer::singleShot(0, &window, &pmg::MainWindow::updateSearchIndex);
    // At most one a day, on a worker thread with its own read-only connection.
    QTimer::singleShot(0, &garden, &pmg::Garden::startDailyBackupIfDue);
    if (!options.screenshotPath.isEmpty())
        window.screenshotWhenLoaded(options.screenshotPath);
    return QApplication::exec();
}
