// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupcommand.h"

#include "clisupport.h"
#include "clock/clock.h"
#include "garden/garden.h"
#include "store/studysummary.h"

#include <QCommandLineParser>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace pmg {

namespace {

QCommandLineOption profileOption()
{
    return {u"profile"_s, u"The profile folder (required)."_s, u"dir"_s};
}

} // namespace

int BackupCommand::runBackup(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Back up the study database of a profile (checked, rotated), or list the "
                                     "backups with --list."_s);
    parser.addHelpOption();
    const QCommandLineOption profile = profileOption();
    const QCommandLineOption list(u"list"_s, u"List the backups: file, date, kind and what each holds."_s);
    parser.addOptions({profile, list});
    if (const std::optional<int> exit = CliSupport::parse(parser, arguments, "backup"))
        return *exit;
    if (!parser.isSet(profile) || !parser.positionalArguments().isEmpty())
        return CliSupport::fail("backup", u"usage: garden backup [--list] --profile DIR"_s, ExitCode::Usage);
    const QString dir = parser.value(profile);

    if (parser.isSet(list)) {
        for (const Backups::Info &info : Backups(dir).list())
            std::printf("%s\t%s\t%s\t%s\n", qPrintable(info.path), qPrintable(info.createdAt.toString(Qt::ISODate)),
                        qPrintable(Backups::kindName(info.kind)), qPrintable(StudySummary::of(info.path).toText()));
        return ExitCode::Ok;
    }
    // A backup only reads: it works beside the running app (VACUUM INTO over its own read-only connection).
    Garden garden;
    if (const std::optional<int> exit = CliSupport::openProfile(garden, "backup", dir, QString(), true))
        return *exit;
    QString created;
    if (const StoreError error = garden.backUp(Backups::Kind::Manual, &created))
        return CliSupport::fail("backup", error.message(), CliSupport::exitCodeFor(error));
    std::printf("%s\n", qPrintable(created));
    return ExitCode::Ok;
}

int BackupCommand::runRestore(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Replace a profile's study database with a backup. The replaced file is kept "
                                     "beside it as garden.sqlite.replaced-<time>."_s);
    parser.addHelpOption();
    const QCommandLineOption profile = profileOption();
    parser.addOption(profile);
    parser.addPositionalArgument(u"file"_s, u"The backup to restore (see garden backup --list)."_s);
    if (const std::optional<int> exit = CliSupport::parse(parser, arguments, "restore"))
        return *exit;
    if (!parser.isSet(profile) || parser.positionalArguments().size() != 1)
        return CliSupport::fail("restore", u"usage: garden restore FILE --profile DIR"_s, ExitCode::Usage);
    QString kept;
    const StoreError error =
        Garden::restore(parser.value(profile), parser.positionalArguments().constFirst(), SystemClock().now(), &kept);
    if (error) {
        QString message = error.message();
        if (error.kind == StoreError::Kind::Damaged || error.kind == StoreError::Kind::NewerSchema)
            message += u" (the backup cannot be restored; nothing was changed)"_s;
        return CliSupport::fail("restore", message, CliSupport::exitCodeFor(error));
    }
    std::printf("restored %s\n", qPrintable(parser.positionalArguments().constFirst()));
    if (!kept.isEmpty())
        std::printf("the replaced database is kept as %s\n", qPrintable(kept));
    return ExitCode::Ok;
}

} // namespace pmg
