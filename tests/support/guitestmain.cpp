// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// main() for GUI tests: the real QApplication with Qt WebEngine set up as the app does it, on the display the test
// runs on (Xvfb in the test command). Qt WebEngine refuses to run as root without its sandbox disabled.
#include "webenginesetup.h"

#include <QApplication>
#include <QStandardPaths>

#include <gtest/gtest.h>

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
    return RUN_ALL_TESTS();
}
