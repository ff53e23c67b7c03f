// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quizcommand.h"

#include "clisupport.h"
#include "curriculum/curriculumloader.h"
#include "garden/garden.h"
#include "quiz/quizservice.h"

#include <QCommandLineParser>
#include <QFileInfo>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace pmg {

namespace {

int usage(const QString &message)
{
    return CliSupport::fail("quiz", message, ExitCode::Usage);
}

QCommandLineOption profileOption(const QString &description)
{
    return {u"profile"_s, description, u"dir"_s};
}

QString minutesAndSeconds(int seconds)
{
    return u"%1:%2"_s.arg(seconds / 60).arg(seconds % 60, 2, 10, QChar(u'0'));
}

QString percentOrDash(const std::optional<double> &percent)
{
    return percent ? QString::number(*percent, 'f', 0) + u'%' : u"-"_s;
}

// RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled.
QString csvField(QString text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    return u'"' + text.replace(u"\""_s, u"\"\""_s) + u'"';
}

QString number(double value)
{
    return QString::number(value, 'g', 10);
}

void printListing(const QuizDefinition &quiz, const QString &best, const QString &last)
{
    const QStringList fields{quiz.id,
                             quiz.title,
                             quiz.scope(),
                             QString::number(quiz.questionCount),
                             minutesAndSeconds(quiz.timeLimitSeconds),
                             best,
                             last};
    std::printf("%s\n", qPrintable(fields.join(u'\t')));
}

} // namespace

int QuizCommand::run(const QStringList &arguments)
{
    // arguments: garden ACTION [options]
    const QString action = arguments.value(1);
    QStringList rest = arguments;
    if (rest.size() > 1)
        rest.removeAt(1);
    if (action == u"list")
        return list(rest);
    if (action == u"history")
        return history(rest);
    if (action == u"--help" || action == u"-h") {
        std::fputs("usage: garden quiz list [--profile DIR] [--curriculum DIR]\n"
                   "       garden quiz history --format csv --profile DIR [--quiz ID]\n",
                   stdout);
        return ExitCode::Ok;
    }
    return usage(action.isEmpty() ? u"expected 'list' or 'history'"_s
                                  : u"unknown action '%1' (expected 'list' or 'history')"_s.arg(action));
}

int QuizCommand::list(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"List the level and part quizzes: id, title, level or part, questions, time "
                                     "limit, best and last score (with --profile)."_s);
    parser.addHelpOption();
    const QCommandLineOption curriculumOption(u"curriculum"_s, u"The curriculum folder (default: curriculum)."_s,
                                              u"dir"_s, u"curriculum"_s);
    const QCommandLineOption profile = profileOption(u"Show the best and last scores of this profile."_s);
    parser.addOptions({curriculumOption, profile});
    if (const std::optional<int> exit = CliSupport::parse(parser, arguments, "quiz list"))
        return *exit;
    if (!parser.positionalArguments().isEmpty())
        return usage(u"quiz list takes no arguments"_s);
    const QString curriculumDir = parser.value(curriculumOption);
    if (!QFileInfo(curriculumDir).isDir())
        return usage(curriculumDir + u" is not a folder"_s);

    std::printf("id\ttitle\tlevel or part\tquestions\ttime limit\tbest\tlast\n");
    if (!parser.isSet(profile)) {
        const Curriculum curriculum = CurriculumLoader::loadDirectory(curriculumDir);
        const QList<QuizDefinition> quizzes = QuizCatalog(curriculum).standard();
        for (const QuizDefinition &quiz : quizzes)
            printListing(quiz, u"-"_s, u"-"_s);
        return quizzes.isEmpty() ? ExitCode::Failed : ExitCode::Ok;
    }
    Garden garden;
    if (const std::optional<int> exit =
            CliSupport::openProfile(garden, "quiz list", parser.value(profile), curriculumDir, true))
        return *exit;
    const QList<QuizService::Listing> listings = garden.quizzes().list();
    for (const QuizService::Listing &listing : listings)
        printListing(listing.definition, percentOrDash(listing.bestPercent), percentOrDash(listing.lastPercent));
    return listings.isEmpty() ? ExitCode::Failed : ExitCode::Ok;
}

int QuizCommand::history(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Every quiz attempt of a profile as CSV: attempt id, quiz id, started, finished "
                                     "(ISO 8601, UTC), time limit (seconds), score, max score."_s);
    parser.addHelpOption();
    const QCommandLineOption profile = profileOption(u"The profile folder (required)."_s);
    const QCommandLineOption format(u"format"_s, u"The output format: csv (the default and only one)."_s, u"format"_s,
                                    u"csv"_s);
    const QCommandLineOption quiz(u"quiz"_s, u"Only the attempts of this quiz id."_s, u"id"_s);
    parser.addOptions({profile, format, quiz});
    if (const std::optional<int> exit = CliSupport::parse(parser, arguments, "quiz history"))
        return *exit;
    if (!parser.isSet(profile) || !parser.positionalArguments().isEmpty())
        return usage(u"usage: garden quiz history --format csv --profile DIR [--quiz ID]"_s);
    if (parser.value(format) != u"csv")
        return usage(u"unknown format '%1' (only csv)"_s.arg(parser.value(format)));

    Garden garden;
    if (const std::optional<int> exit =
            CliSupport::openProfile(garden, "quiz history", parser.value(profile), QString(), true))
        return *exit;
    std::printf("attempt_id,quiz_id,started,finished,time_limit,score,max_score\n");
    for (const QuizAttempt &attempt : garden.quizzes().history(parser.value(quiz))) {
        const QStringList fields{
            QString::number(attempt.id),
            csvField(attempt.quizId),
            attempt.timer.startedAt.toString(Qt::ISODateWithMs),
            attempt.finishedAt ? attempt.finishedAt->toString(Qt::ISODateWithMs) : QString(),
            QString::number(attempt.timer.limitMs / 1000),
            attempt.isFinished() ? number(attempt.score) : QString(),
            attempt.isFinished() ? number(attempt.maxScore) : QString(),
        };
        std::printf("%s\n", qPrintable(fields.join(u',')));
    }
    return ExitCode::Ok;
}

} // namespace pmg
