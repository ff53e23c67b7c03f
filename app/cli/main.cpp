// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// garden: the headless companion of the app, for scripting and for checking content.
#include "challengecommand.h"
#include "lintcommand.h"
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
               "  challenge list | starter ID | check ID FILE.py [--curriculum DIR] [--timeout S] [--python PATH]\n"
               "                                list challenges, print starter code, run the tests on a solution\n"
               "\n"
               "Run 'garden <command> --help' for the options of a command.\n",
               out);
    return out == stderr ? 2 : 0;
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
    if (command == u"challenge")
        return pmg::ChallengeCommand::run(args);
    std::fprintf(stderr, "garden: unknown command '%s'\n", qPrintable(command));
    return usage(stderr);
}
