// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace pmg {

/// The GUI's command line.
struct AppOptions {
    QString profileDir;     ///< where all user data lives
    QString screenshotPath; ///< when set: render, save the window there, exit
    QString curriculumDir;  ///< the curriculum to show (default: the one bundled in the app)
    QString error;          ///< set when the command line or the profile is unusable

    static AppOptions parse(const QStringList &arguments);
};

} // namespace pmg
