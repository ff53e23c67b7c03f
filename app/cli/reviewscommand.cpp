// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewscommand.h"

#include "clisupport.h"
#include "garden/garden.h"
#include "srs/reviewcsv.h"
#include "srs/reviewservice.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace pmg {

namespace {

struct Common {
    QCommandLineOption profile{u"profile"_s, u"The profile folder (required)."_s, u"dir"_s};
    QCommandLineOption curriculum{u"curriculum"_s, u"The curriculum folder (default: curriculum)."_s, u"dir"_s,
                                  u"curriculum"_s};
    QCommandLineOption format{u"format"_s, u"Output format: csv (the only one)."_s, u"format"_s, u"csv"_s};
    QCommandLineOption out{u"out"_s, u"Write to this file (atomically) instead of standard output."_s, u"file"_s};
};

int writeOut(const char *command, const QByteArray &data, const QString &path)
{
    if (path.isEmpty()) {
        std::fwrite(data.constData(), 1, size_t(data.size()), stdout);
        return ExitCode::Ok;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return CliSupport::fail(command, path + u": "_s + file.errorString(), ExitCode::ProfileUnavailable);
    return ExitCode::Ok;
}

int importReviews(Garden &garden, const QString &file)
{
    QFile input(file);
    if (!input.open(QIODevice::ReadOnly))
        return CliSupport::fail("reviews", file + u": "_s + input.errorString(), ExitCode::Usage);
    if (input.size() > ReviewCsv::maximumBytes)
        return CliSupport::fail("reviews",
                                u"%1: the file is %2 MB; an import takes at most %3 MB (split it)"_s.arg(file)
                                    .arg(input.size() >> 20)
                                    .arg(ReviewCsv::maximumBytes >> 20),
                                ExitCode::Failed);
    ReviewService &reviews = garden.reviews();
    const ReviewCsv::Parsed parsed = ReviewCsv::parseReviews(
        input.readAll(), [&](const QString &id) { return reviews.isKnownCard(id); },
        u"import:"_s + QFileInfo(file).fileName());
    if (!parsed.problems.isEmpty()) {
        for (const ReviewCsv::Problem &p : parsed.problems)
            std::fprintf(stderr, "%s:%d: %s\n", qPrintable(file), p.line, qPrintable(p.reason));
        std::fprintf(stderr, "garden reviews: nothing was imported (%lld problem(s))\n",
                     qlonglong(parsed.problems.size()));
        return ExitCode::Failed;
    }
    qint64 added = 0;
    if (const StoreError error = reviews.importReviews(parsed.entries, &added))
        return CliSupport::fail("reviews", error.message(), CliSupport::exitCodeFor(error));
    reviews.ensureCache();
    std::printf("imported %lld review(s); %lld were already in the log\n", qlonglong(added),
                qlonglong(parsed.entries.size() - added));
    return ExitCode::Ok;
}

} // namespace

int ReviewsCommand::runReviews(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Import or export a profile's review log as CSV (card_id,reviewed_at,rating,"
                                     "duration_ms; reviewed_at ISO-8601 with its offset)."_s);
    parser.addHelpOption();
    const Common o;
    parser.addOptions({o.profile, o.curriculum, o.format, o.out});
    parser.addPositionalArgument(u"action"_s, u"import FILE.csv | export"_s);
    if (const std::optional<int> exit = CliSupport::parse(parser, arguments, "reviews"))
        return *exit;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (!parser.isSet(o.profile) || !(action == u"import" ? positional.size() == 2 : positional.size() == 1)
        || (action != u"import" && action != u"export"))
        return CliSupport::fail("reviews",
                                u"usage: garden reviews import FILE.csv --profile DIR | garden reviews export "
                                "--format csv --profile DIR [--out FILE]"_s,
                                ExitCode::Usage);
    if (parser.value(o.format) != u"csv")
        return CliSupport::fail("reviews", u"unknown format '%1' (csv)"_s.arg(parser.value(o.format)), ExitCode::Usage);
    Garden garden;
    // An import writes: it needs the profile to itself. An export only reads and works beside the running app.
    if (const std::optional<int> exit = CliSupport::openProfile(garden, "reviews", parser.value(o.profile),
                                                                parser.value(o.curriculum), action == u"export"))
        return *exit;
    if (action == u"import")
        return importReviews(garden, positional.at(1));
    return writeOut("reviews", ReviewCsv::writeReviews(garden.reviews().allReviews()), parser.value(o.out));
}

int ReviewsCommand::runCards(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Export every card's scheduling state as CSV, or rename a card id carrying its "
                                     "review history."_s);
    parser.addHelpOption();
    const Common o;
    const QCommandLineOption at(u"at"_s, u"export: retrievability at this ISO-8601 time (default: now)."_s, u"time"_s);
    parser.addOptions({o.profile, o.curriculum, o.format, o.out, at});
    parser.addPositionalArgument(u"action"_s, u"export | rename OLD-ID NEW-ID"_s);
    if (const std::optional<int> exit = CliSupport::parse(parser, arguments, "cards"))
        return *exit;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (!parser.isSet(o.profile) || !(action == u"rename" ? positional.size() == 3 : positional.size() == 1)
        || (action != u"rename" && action != u"export"))
        return CliSupport::fail("cards",
                                u"usage: garden cards export --format csv --profile DIR [--at TIME] [--out FILE] | "
                                "garden cards rename OLD-ID NEW-ID --profile DIR"_s,
                                ExitCode::Usage);
    if (parser.value(o.format) != u"csv")
        return CliSupport::fail("cards", u"unknown format '%1' (csv)"_s.arg(parser.value(o.format)), ExitCode::Usage);
    Garden garden;
    if (const std::optional<int> exit = CliSupport::openProfile(garden, "cards", parser.value(o.profile),
                                                                parser.value(o.curriculum), action == u"export"))
        return *exit;
    ReviewService &reviews = garden.reviews();
    if (action == u"rename") {
        if (const StoreError error = reviews.renameCard(positional.at(1), positional.at(2)))
            return CliSupport::fail("cards", error.message(), CliSupport::exitCodeFor(error));
        std::printf("%s now carries the review history of %s\n", qPrintable(positional.at(2)),
                    qPrintable(positional.at(1)));
        return ExitCode::Ok;
    }
    QDateTime when = garden.clock().now();
    if (parser.isSet(at)) {
        when = QDateTime::fromString(parser.value(at), Qt::ISODateWithMs);
        if (!when.isValid())
            return CliSupport::fail("cards", u"--at: '%1' is not an ISO-8601 time"_s.arg(parser.value(at)),
                                    ExitCode::Usage);
    }
    return writeOut("cards", ReviewCsv::writeCards(reviews.cards(), reviews.scheduler(), when), parser.value(o.out));
}

} // namespace pmg
