// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "appoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace pmg {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pmg::AppOptions", text);
}

} // namespace

AppOptions AppOptions::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Python Mastery Garden: notes, flashcards, quizzes and challenges to master Python."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profile(QStringLiteral("profile"), tr("Keep all user data in <dir>."),
                                     QStringLiteral("dir"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        tr("Render the main window, save it as a PNG at <path> and exit."),
                                        QStringLiteral("path"));
    const QCommandLineOption curriculum(QStringLiteral("curriculum"),
                                        tr("Read the curriculum from <dir> instead of the bundled one."),
                                        QStringLiteral("dir"));
    parser.addOptions({profile, screenshot, curriculum});
    parser.process(arguments); // exits on --help, --version and unknown options, like every Qt tool

    AppOptions options;
    options.profileDir = parser.isSet(profile) ? parser.value(profile)
                                               : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    options.screenshotPath = parser.value(screenshot);
    options.curriculumDir = parser.isSet(curriculum) ? parser.value(curriculum) : QStringLiteral(":/curriculum");

    const QFileInfo profileInfo(options.profileDir);
    if (profileInfo.exists() && !profileInfo.isDir())
        options.error = tr("The profile path %1 exists but is not a folder.").arg(options.profileDir);
    else if (!QDir().mkpath(options.profileDir))
        options.error = tr("Cannot create the profile folder %1.").arg(options.profileDir);
    else if (!QFileInfo(options.profileDir).isWritable())
        options.error = tr("The profile folder %1 is not writable.").arg(options.profileDir);
    if (options.error.isEmpty() && !QFileInfo(options.curriculumDir).isDir())
        options.error = tr("The curriculum folder %1 does not exist.").arg(options.curriculumDir);
    return options;
}

} // namespace pmg
