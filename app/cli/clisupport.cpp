// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clisupport.h"

#include "garden/garden.h"

#include <QCommandLineParser>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace pmg {

std::optional<int> CliSupport::parse(QCommandLineParser &parser, const QStringList &arguments, const char *command)
{
    // "-generator" is one unknown option, not nine unknown letters.
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(arguments)) {
        QString message = parser.errorText();
        if (message.contains(u"nknown option"_s))
            message += u" (to search for something that starts with '-', put -- before it: garden %1 -- -x)"_s.arg(
                QString::fromLatin1(command));
        return fail(command, message, ExitCode::Usage);
    }
    if (parser.isSet(u"help"_s)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return ExitCode::Ok;
    }
    return std::nullopt;
}

int CliSupport::fail(const char *command, const QString &message, int code)
{
    std::fprintf(stderr, "garden %s: %s\n", command, qPrintable(message));
    return code;
}

int CliSupport::exitCodeFor(const StoreError &error)
{
    switch (error.kind) {
    case StoreError::Kind::None:
        return ExitCode::Ok;
    case StoreError::Kind::Damaged:
        return ExitCode::ProfileDamaged;
    case StoreError::Kind::HeldByAnotherInstance:
    case StoreError::Kind::Busy:
        return ExitCode::ProfileInUse;
    case StoreError::Kind::ReadOnly:
    case StoreError::Kind::DiskFull:
    case StoreError::Kind::NewerSchema:
    case StoreError::Kind::Io:
        break;
    }
    return ExitCode::ProfileUnavailable;
}

std::optional<int> CliSupport::openProfile(Garden &garden, const char *command, const QString &profileDir,
                                           const QString &curriculumDir, bool readOnlyWhenHeld)
{
    if (garden.open(profileDir, curriculumDir, {.readOnlyWhenHeld = readOnlyWhenHeld})) {
        if (garden.isReadOnly())
            std::fprintf(stderr, "garden %s: read-only: %s; nothing is saved\n", command,
                         qPrintable(garden.readOnlyReason()));
        return std::nullopt;
    }
    const StoreError error = garden.lastError();
    QString message = error.message() + u" ["_s + StoreError::kindName(error.kind) + u']';
    if (error.kind == StoreError::Kind::Damaged)
        message += u"\nThe file was not changed. See its backups with 'garden backup --list --profile DIR' and "
                   "restore one with 'garden restore FILE --profile DIR'."_s;
    return fail(command, message, exitCodeFor(error));
}

} // namespace pmg
