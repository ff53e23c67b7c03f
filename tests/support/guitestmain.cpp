// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// main() for GUI tests: the real QApplication with Qt WebEngine set up as the app does it, on the display the test
// runs on (Xvfb in the test command). Qt WebEngine refuses to run as root without its sandbox disabled.
#include "leakcheck.h"
#include "webenginesetup.h"

#include <QApplication>
#include <QStandardPaths>
#include <QWidget>

#include <gtest/gtest.h>

#include <cstdio>

namespace {

/// Top-level widgets still alive after the last test: nobody deleted them. LeakSanitizer cannot call them leaks, since
/// QApplication keeps a list of every widget. Bare windows are not counted: after the editor tests Qt keeps a hidden
/// QWidgetWindow whose widget is gone (QWidget::find knows none for it), which is Qt's bookkeeping, not our widget.
int reportLeftoverWidgets()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    const QWidgetList left = QApplication::topLevelWidgets();
    for (const QWidget *widget : left)
        std::fprintf(stderr, "leaked top-level widget: %s \"%s\"\n", widget->metaObject()->className(),
                     qUtf8Printable(widget->objectName()));
    return int(left.size());
}

} // namespace

int main(int argc, char **argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    if (GTEST_FLAG_GET(list_tests))
        return RUN_ALL_TESTS(); // test discovery needs no display
    if (!qEnvironmentVariableIsSet("QTWEBENGINE_DISABLE_SANDBOX"))
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    QStandardPaths::setTestModeEnabled(true);
    pmg::WebEngineSetup::beforeApplication();
    QApplication app(argc, argv);
    const int status = RUN_ALL_TESTS();
    const int leftovers = reportLeftoverWidgets();
    pmg::test::checkLeaksNow();
    return leftovers > 0 ? 1 : status;
}
