// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/storeerror.h"

#include <QString>
#include <QStringList>

class QCommandLineParser;

namespace pmg {

class Garden;

/// garden's exit statuses, the same for every command (README lists them).
namespace ExitCode {
constexpr int Ok = 0;
constexpr int Failed = 1;             ///< the command ran and found something: lint problems, no hits, failed tests
constexpr int Usage = 2;              ///< a wrong command line
constexpr int ProfileDamaged = 3;     ///< the study database is damaged (never modified)
constexpr int ProfileInUse = 4;       ///< the app (or another program) has the profile open
constexpr int ProfileUnavailable = 5; ///< read-only, written by a newer version, disk full, I/O error
constexpr int TimedOut = 6;           ///< the learner's code hit its time or CPU limit
constexpr int ToolMissing = 7;        ///< python3 or a tool a check needs (mypy) is not installed
constexpr int CouldNotRun = 8;        ///< the run could not be set up (temporary folder, sandbox)
} // namespace ExitCode

/// Shared by the sub-commands: parsing, messages and opening a profile the way the app does.
class CliSupport final
{
public:
    /// Parses `arguments` for `command` ("search"); a wrong command line prints why (with a hint that `--` ends the
    /// options, for a query that starts with '-') and gives ExitCode::Usage. --help prints and exits 0.
    static std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments, const char *command);

    /// Prints "garden COMMAND: message" to stderr and returns `code`.
    static int fail(const char *command, const QString &message, int code);

    static int exitCodeFor(const StoreError &error);

    /// Opens the profile in `profileDir` over `curriculumDir` through the app's open sequence. `readOnlyWhenHeld`
    /// lets reading commands work beside the running app. On failure prints the typed message and returns the exit
    /// code.
    static std::optional<int> openProfile(Garden &garden, const char *command, const QString &profileDir,
                                          const QString &curriculumDir, bool readOnlyWhenHeld);
};

} // namespace pmg
