// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "routinescommand.h"

#include "clisupport.h"
#include "garden/garden.h"
#include "routines/routineservice.h"
#include "store/studywrites.h"

#include <QCommandLineParser>
#include <QFileInfo>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace pmg {

namespace {

const char usageText[] = "usage: garden routines status --profile DIR [--curriculum DIR]\n"
                         "       garden routines tick ITEM_ID [--note TEXT] --profile DIR [--curriculum DIR]\n"
                         "       garden routines untick ITEM_ID --profile DIR [--curriculum DIR]\n";

QString unitOf(Cadence cadence)
{
    switch (cadence) {
    case Cadence::Daily:
        return u"days"_s;
    case Cadence::Weekly:
        return u"weeks"_s;
    case Cadence::Monthly:
        return u"months"_s;
    case Cadence::ThirtyDay:
        return u"30-day periods"_s;
    case Cadence::NinetyDay:
        break;
    }
    return u"90-day periods"_s;
}

QString periodText(const Period &period)
{
    if (period.days() == 1)
        return period.key;
    return u"%1, %2 to %3"_s.arg(period.key, period.first.toString(Qt::ISODate), period.last.toString(Qt::ISODate));
}

QString mark(const RoutineItem &item)
{
    switch (item.state) {
    case TickState::ByHand:
        return u"[x]"_s;
    case TickState::Auto:
        return u"[a]"_s;
    case TickState::Overdue:
        return u"[!]"_s;
    case TickState::Open:
        break;
    }
    return u"[ ]"_s;
}

/// What the learner should know about an item besides its text: its rule, an override, overdue, its note.
QStringList remarks(const RoutineItem &item)
{
    QStringList remarks;
    if (item.state == TickState::Overdue)
        remarks.append(u"overdue: open last period too"_s);
    if (item.rule) {
        if (item.isManual())
            remarks.append(
                u"manual until %1 are recorded (then auto: %2)"_s.arg(item.rule->needs, item.rule->description));
        else if (item.overridden)
            remarks.append(u"auto-tick undone by hand (auto: %1)"_s.arg(item.rule->description));
        else
            remarks.append(u"auto: "_s + item.rule->description);
    }
    if (!item.note.isEmpty())
        remarks.append(u"note: "_s + item.note);
    return remarks;
}

void printRoutine(const RoutinePeriod &period, const RoutineStats &stats)
{
    QString line = u"%1 (%2) · %3 %4 · %5 of %6 ticked · streak %7"_s
                       .arg(period.title, period.routineId, cadenceName(period.cadence()), periodText(period.period))
                       .arg(period.ticked())
                       .arg(period.total())
                       .arg(stats.streak);
    if (stats.tracked > 0)
        line += u" · %1 of the last %2 %3 completed"_s.arg(stats.completed)
                    .arg(stats.tracked)
                    .arg(unitOf(period.cadence()));
    std::printf("%s\n", qPrintable(line));
    qsizetype width = 0;
    for (const RoutineItem &item : period.items)
        width = std::max(width, item.id.size());
    for (const RoutineItem &item : period.items) {
        std::printf("  %s %s  %s\n", qPrintable(mark(item)), qPrintable(item.id.leftJustified(width)),
                    qPrintable(item.text));
        for (const QString &remark : remarks(item))
            std::printf("      %s\n", qPrintable(remark));
    }
}

QCommandLineOption curriculumOption()
{
    return {u"curriculum"_s, u"The curriculum folder (default: curriculum)."_s, u"dir"_s, u"curriculum"_s};
}

QCommandLineOption profileOption()
{
    return {u"profile"_s, u"The profile folder (required)."_s, u"dir"_s};
}

} // namespace

int RoutinesCommand::run(const QStringList &arguments)
{
    // arguments: garden ACTION [options]
    const QString action = arguments.value(1);
    QStringList rest = arguments;
    if (rest.size() > 1)
        rest.removeAt(1);
    if (action == u"status")
        return status(rest);
    if (action == u"tick" || action == u"untick")
        return change(rest, action == u"tick");
    if (action == u"--help" || action == u"-h") {
        std::fputs(usageText, stdout);
        return ExitCode::Ok;
    }
    return CliSupport::fail("routines",
                            action.isEmpty()
                                ? u"expected 'status', 'tick' or 'untick'"_s
                                : u"unknown action '%1' (expected 'status', 'tick' or 'untick')"_s.arg(action),
                            ExitCode::Usage);
}

int RoutinesCommand::status(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Each routine's current period: its items with their block ids and state ([x] ticked by hand, [a] ticked "
        "by an auto-rule, [!] overdue: open last period too, [ ] open), notes and streak."_s);
    parser.addHelpOption();
    const QCommandLineOption curriculum = curriculumOption();
    const QCommandLineOption profile = profileOption();
    parser.addOptions({curriculum, profile});
    if (const std::optional<int> exit = CliSupport::parse(parser, arguments, "routines status"))
        return *exit;
    if (!parser.isSet(profile) || !parser.positionalArguments().isEmpty())
        return CliSupport::fail("routines status", QString::fromLatin1(usageText).trimmed(), ExitCode::Usage);
    if (!QFileInfo(parser.value(curriculum)).isDir())
        return CliSupport::fail("routines status", parser.value(curriculum) + u" is not a folder"_s, ExitCode::Usage);

    Garden garden;
    if (const std::optional<int> exit =
            CliSupport::openProfile(garden, "routines status", parser.value(profile), parser.value(curriculum), true))
        return *exit;
    RoutineService &routines = garden.routines();
    const QList<RoutinePeriod> periods = routines.current();
    if (periods.isEmpty())
        return CliSupport::fail("routines status", u"the curriculum has no checklists"_s, ExitCode::Failed);
    for (qsizetype i = 0; i < periods.size(); ++i) {
        if (i > 0)
            std::printf("\n");
        printRoutine(periods.at(i), routines.stats(periods.at(i).routineId));
    }
    return ExitCode::Ok;
}

int RoutinesCommand::change(const QStringList &arguments, bool tick)
{
    const char *command = tick ? "routines tick" : "routines untick";
    QCommandLineParser parser;
    parser.setApplicationDescription(tick ? u"Tick a checklist item in its current period."_s
                                          : u"Untick a checklist item in its current period."_s);
    parser.addHelpOption();
    parser.addPositionalArgument(u"item"_s, u"The item's block id (see: garden routines status)."_s);
    const QCommandLineOption curriculum = curriculumOption();
    const QCommandLineOption profile = profileOption();
    const QCommandLineOption note(u"note"_s, u"A short note to keep with the tick."_s, u"text"_s);
    parser.addOptions({curriculum, profile});
    if (tick)
        parser.addOption(note);
    if (const std::optional<int> exit = CliSupport::parse(parser, arguments, command))
        return *exit;
    if (!parser.isSet(profile) || parser.positionalArguments().size() != 1)
        return CliSupport::fail(command, QString::fromLatin1(usageText).trimmed(), ExitCode::Usage);
    if (!QFileInfo(parser.value(curriculum)).isDir())
        return CliSupport::fail(command, parser.value(curriculum) + u" is not a folder"_s, ExitCode::Usage);

    Garden garden;
    if (const std::optional<int> exit =
            CliSupport::openProfile(garden, command, parser.value(profile), parser.value(curriculum), false))
        return *exit;
    RoutineService &routines = garden.routines();
    QString error;
    const std::optional<RoutineService::ItemRef> item = routines.resolve(parser.positionalArguments().first(), &error);
    if (!item)
        return CliSupport::fail(command, error + u" (see: garden routines status)"_s, ExitCode::Usage);
    const Checklist *checklist = routines.routine(item->routineId);
    const Period period = routines.currentPeriod(checklist->cadence);
    const QString title = checklist->title;
    const bool done =
        tick ? routines.tick(*item, period.key, parser.isSet(note) ? std::optional(parser.value(note)) : std::nullopt)
             : routines.untick(*item, period.key);
    if (!done) {
        const StoreError failure = garden.writes().lastFailure();
        return CliSupport::fail(command, routines.lastError(),
                                failure ? CliSupport::exitCodeFor(failure) : ExitCode::Failed);
    }
    const RoutineItem state = *routines.inPeriod(item->routineId, period).item(item->itemId);
    QString message =
        u"%1 %2 (%3, %4)"_s.arg(tick ? u"ticked"_s : u"unticked"_s, item->itemId, title, periodText(period));
    if (!tick && state.overridden)
        message += u": its auto-rule holds, so it stays unticked by hand until the period ends"_s;
    std::printf("%s\n", qPrintable(message));
    return ExitCode::Ok;
}

} // namespace pmg
