// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "webenginesetup.h"

#include "gardenscheme.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QtGlobal>

namespace pmg::WebEngineSetup {

void beforeApplication()
{
    GardenSchemeHandler::registerScheme();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);

    // `garden:/note/<id>` URLs have no host, so every note is an opaque origin of its own and Chromium starts a new
    // renderer process for each click on a note: about 80 ms of the 150 ms a click may take, measured. One process
    // per site keeps the renderer; the view only ever shows the app's own pages, so nothing is given up by sharing.
    // Switches the user set in QTWEBENGINE_CHROMIUM_FLAGS are kept.
    const QByteArray flags = qgetenv("QTWEBENGINE_CHROMIUM_FLAGS");
    if (!flags.contains("--process-per-site"))
        qputenv("QTWEBENGINE_CHROMIUM_FLAGS", QByteArray(flags + " --process-per-site").trimmed());
}

} // namespace pmg::WebEngineSetup
