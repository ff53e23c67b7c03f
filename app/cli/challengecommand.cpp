// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "challengecommand.h"

#include "challenges/challengeservice.h"
#include "curriculum/curriculumloader.h"
#include "garden/garden.h"
#include "garden/settingsservice.h"
#include "python/challengerunner.h"
#include "store/studywrites.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace pmg {

namespace {

int fail(const QString &message, int code = ChallengeCommand::Usage)
{
    std::fprintf(stderr, "garden challenge: %s\n", qPrintable(message));
    return code;
}

// Tabs and line breaks would break the one-challenge-per-line format.
QString oneLine(QString text)
{
    return text.replace(u'\t', u' ').replace(u'\n', u' ');
}

QString indented(const QString &text)
{
    return u"      "_s + text.trimmed().replace(u"\n"_s, u"\n      "_s);
}

const char *label(TestResult::Status status)
{
    switch (status) {
    case TestResult::Status::Passed:
        return "PASS ";
    case TestResult::Status::Failed:
        return "FAIL ";
    case TestResult::Status::Error:
        break;
    }
    return "ERROR";
}

void printResult(const ChallengeResult &r)
{
    for (const TestResult &test : r.tests) {
        std::printf("%s %s\n", label(test.status), qPrintable(test.name));
        if (!test.passed() && !test.message.isEmpty())
            std::printf("%s\n", qPrintable(indented(test.message)));
        if (!test.passed() && !test.output.trimmed().isEmpty())
            std::printf("      printed:\n%s\n", qPrintable(indented(test.output)));
    }
    if (r.status == ChallengeResult::Status::Failed && !r.output.trimmed().isEmpty())
        std::printf("printed while loading the code:\n%s\n", qPrintable(indented(r.output)));
    if (!r.tests.isEmpty())
        std::printf("%lld/%lld tests passed\n", qlonglong(r.passedCount()), qlonglong(r.totalCount()));
}

int exitCode(const ChallengeResult &r)
{
    switch (r.status) {
    case ChallengeResult::Status::Passed:
        return ChallengeCommand::Passed;
    case ChallengeResult::Status::Failed:
        return ChallengeCommand::Failed;
    case ChallengeResult::Status::TimedOut:
        return ChallengeCommand::TimedOut;
    case ChallengeResult::Status::ToolMissing:
        return ChallengeCommand::ToolMissing;
    case ChallengeResult::Status::Cancelled:
    case ChallengeResult::Status::Error:
        break;
    }
    return ChallengeCommand::Error;
}

int list(const Curriculum &curriculum, ChallengeService *recorded)
{
    QHash<QString, bool> solved;
    if (recorded) {
        for (const ChallengeService::Entry &entry : recorded->list())
            solved.insert(entry.challenge->id, entry.progress.solved());
    }
    for (const Challenge &c : curriculum.challenges) {
        const Note *note = curriculum.note(c.noteId);
        std::printf("%s\t%s\t%s\t%d", qPrintable(c.id), qPrintable(oneLine(c.title)), qPrintable(levelName(c.level)),
                    note ? note->part : 0);
        if (recorded)
            std::printf("\t%s", solved.value(c.id) ? "solved" : "unsolved");
        std::printf("\n");
    }
    return curriculum.challenges.isEmpty() ? ChallengeCommand::Failed : ChallengeCommand::Passed;
}

// Records the run in the profile (nothing when it never started, or when the profile is read-only: that was said
// when it was opened). A run that could not be recorded is an error even when the tests passed.
int record(Garden &garden, const Challenge &challenge, const ChallengeResult &r, int status)
{
    if (!ChallengeService::isRun(r) || garden.isReadOnly())
        return status;
    if (!garden.challenges().recordRun(challenge.id, r)) {
        const StoreError error = garden.writes().lastFailure();
        const int code = CliSupport::exitCodeFor(error);
        return CliSupport::fail("challenge", u"the run was not recorded: "_s + error.message(),
                                code == pmg::ExitCode::Ok ? pmg::ExitCode::ProfileUnavailable : code);
    }
    const ChallengeProgress p = garden.challenges().progress(challenge.id);
    const QString solved = p.solved()
                               ? u"solved since "_s
                                     + QLocale::c().toString(p.solvedAt->toTimeZone(garden.clock().boundary().zone()),
                                                             u"yyyy-MM-dd HH:mm"_s)
                               : u"not solved yet"_s;
    std::printf("recorded: run %d of %s, %s\n", p.runCount, qPrintable(challenge.id), qPrintable(solved));
    return status;
}

int check(const Challenge &challenge, const QString &file, const ChallengeRunner::Options &options, Garden *garden)
{
    QFile source(file);
    if (!source.open(QIODevice::ReadOnly))
        return fail(u"cannot read %1: %2"_s.arg(file, source.errorString()));
    const ChallengeResult r = ChallengeRunner::run(challenge, QString::fromUtf8(source.readAll()), options);
    printResult(r);
    if (r.status != ChallengeResult::Status::Passed && r.status != ChallengeResult::Status::Failed)
        std::fprintf(stderr, "garden challenge: %s\n", qPrintable(r.message));
    return garden ? record(*garden, challenge, r, exitCode(r)) : exitCode(r);
}

} // namespace

int ChallengeCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"List challenges, print their starter code, check a solution."_s);
    parser.addHelpOption();
    const QCommandLineOption curriculumOption(u"curriculum"_s, u"The curriculum folder (default: curriculum)."_s,
                                              u"dir"_s, u"curriculum"_s);
    const QCommandLineOption timeoutOption(
        u"timeout"_s, u"check: stop the tests after this many seconds (default: 10)."_s, u"seconds"_s, u"10"_s);
    const QCommandLineOption pythonOption(
        u"python"_s, u"check: the python3 to run (default: the profile's choice, else python3 on PATH)."_s, u"path"_s);
    const QCommandLineOption profileOption(
        u"profile"_s, u"The learner's profile folder: list shows what is solved, check records the run."_s, u"dir"_s);
    parser.addOptions({curriculumOption, timeoutOption, pythonOption, profileOption});
    parser.addPositionalArgument(u"action"_s, u"list, starter ID or check ID FILE.py"_s);
    if (const std::optional<int> exit = CliSupport::parse(parser, arguments, "challenge"))
        return *exit;

    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const qsizetype expected = action == u"list" ? 1 : action == u"starter" ? 2 : action == u"check" ? 3 : -1;
    if (expected < 0)
        return fail(u"expected 'list', 'starter ID' or 'check ID FILE.py'"_s);
    if (positional.size() != expected)
        return fail(u"'%1' takes %2 argument(s)"_s.arg(action).arg(expected - 1));
    bool timeoutOk = false;
    const int seconds = parser.value(timeoutOption).toInt(&timeoutOk);
    if (!timeoutOk || seconds < 1)
        return fail(u"--timeout must be a positive number of seconds"_s);

    const QString curriculumDir = parser.value(curriculumOption);
    if (!QFileInfo(curriculumDir).isDir())
        return fail(curriculumDir + u" is not a folder"_s);
    // With a profile, the challenges are those the app shows (the learner's versions of notes included). It opens
    // read-only beside the running app: the command still answers, and says that nothing is recorded.
    Garden garden;
    Curriculum bundled;
    const Curriculum *curriculum = &bundled;
    if (parser.isSet(profileOption)) {
        if (const std::optional<int> exit =
                CliSupport::openProfile(garden, "challenge", parser.value(profileOption), curriculumDir, true))
            return *exit;
        curriculum = &garden.curriculum();
    } else {
        // Problems in the curriculum are garden lint's business; work with what parsed.
        bundled = CurriculumLoader::loadDirectory(curriculumDir);
    }
    Garden *profile = garden.isOpen() ? &garden : nullptr;
    if (action == u"list")
        return list(*curriculum, profile ? &garden.challenges() : nullptr);

    const QString id = positional.at(1);
    const auto found = std::find_if(curriculum->challenges.cbegin(), curriculum->challenges.cend(),
                                    [&](const Challenge &c) { return c.id == id; });
    if (found == curriculum->challenges.cend())
        return fail(u"no challenge '%1' in %2 (see: garden challenge list)"_s.arg(id, curriculumDir));
    if (action == u"starter") {
        std::fputs(found->starter.toUtf8().constData(), stdout);
        if (!found->starter.endsWith(u'\n'))
            std::fputc('\n', stdout);
        return Passed;
    }
    ChallengeRunner::Options options;
    options.interpreter = parser.isSet(pythonOption) || !profile
                              ? parser.value(pythonOption)
                              : garden.settings().value(QString::fromLatin1(ChallengeService::interpreterKey));
    options.limits.timeout = std::chrono::seconds(seconds);
    options.limits.cpuSeconds = seconds;
    return check(*found, positional.at(2), options, profile);
}

} // namespace pmg
