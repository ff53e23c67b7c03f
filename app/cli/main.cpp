// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// garden: the headless companion of the app, for scripting and for checking content.
#include "backupcommand.h"
#include "challengecommand.h"
#include "clisupport.h"
#include "lintcommand.h"
#include "quizcommand.h"
#include "reviewscommand.h"
#include "routinescommand.h"
#include "searchcommand.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>

namespace {

int usage(FILE *out)
{
    std::fputs("usage: garden <command> [options]\n"
               "\n"
               "commands:\n"
               "  lint [DIR] [--json] [--run]   check curriculum files (default DIR: curriculum)\n"
               "  search QUERY [--curriculum DIR] [--profile DIR] [--limit N] [--json]\n"
               "                                search notes, flashcards, questions and challenges\n"
               "  quiz list [--profile DIR] [--curriculum DIR]\n"
               "                                the level and part quizzes (best and last scores with --profile)\n"
               "  quiz history --format csv --profile DIR\n"
               "                                every quiz attempt of a profile as CSV\n"
               "  routines status --profile DIR each routine's current period: items, states, streaks\n"
               "  routines tick|untick ITEM_ID [--note TEXT] --profile DIR\n"
               "                                tick or untick a checklist item in its current period\n"
               "  backup [--list] --profile DIR back up the study database (checked, rotated), or list backups\n"
               "  restore FILE --profile DIR    replace the study database with a backup (the old file is kept)\n"
               "  reviews import FILE.csv | export --format csv --profile DIR\n"
               "                                move the review log in or out (CSV)\n"
               "  cards export --format csv [--at TIME] | rename OLD NEW --profile DIR\n"
               "                                every card's state as CSV; carry a card's history to a new id\n"
               "  challenge list | starter ID | check ID FILE.py [--curriculum DIR] [--profile DIR] [--timeout S]\n"
               "            [--python PATH]     list challenges, print starter code, run the tests on a solution\n"
               "                                (with --profile: what is solved, and the run is recorded)\n"
               "\n"
               "Run 'garden <command> --help' for the options of a command.\n"
               "Exit status: 0 ok, 1 problems found / no hits, 2 wrong command line, 3 profile damaged,\n"
               "4 profile in use, 5 profile unavailable (read-only, newer version, disk full, I/O), 6 time limit,\n"
               "7 python3 or a tool (mypy) missing, 8 the code could not be run.\n",
               out);
    return out == stderr ? pmg::ExitCode::Usage : pmg::ExitCode::Ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("garden"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PMG_VERSION));
    QStringList args = QCoreApplication::arguments();
    if (args.size() < 2)
        return usage(stderr);
    const QString command = args.at(1);
    if (command == u"--help" || command == u"-h" || command == u"help")
        return usage(stdout);
    args.removeAt(1); // the sub-command's parser sees "garden [options]"
    if (command == u"lint")
        return pmg::LintCommand::run(args);
    if (command == u"search")
        return pmg::SearchCommand::run(args);
    if (command == u"quiz")
        return pmg::QuizCommand::run(args);
    if (command == u"routines")
        return pmg::RoutinesCommand::run(args);
    if (command == u"backup")
        return pmg::BackupCommand::runBackup(args);
    if (command == u"restore")
        return pmg::BackupCommand::runRestore(args);
    if (command == u"reviews")
        return pmg::ReviewsCommand::runReviews(args);
    if (command == u"cards")
        return pmg::ReviewsCommand::runCards(args);
    if (command == u"challenge")
        return pmg::ChallengeCommand::run(args);
    std::fprintf(stderr, "garden: unknown command '%s'\n", qPrintable(command));
    return usage(stderr);
}
