// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lintcommand.h"

#include "clisupport.h"
#include "clock/clock.h"
#include "curriculum/curriculumlinter.h"
#include "curriculum/curriculumloader.h"
#include "python/pyodiderunner.h"
#include "python/pythonrunner.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonDocument>

#include <cstdio>

namespace pmg {

int LintCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Check curriculum files and print their counts."));
    parser.addHelpOption();
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the summary as JSON."));
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("dir"), QStringLiteral("The curriculum folder (default: curriculum)."));
    if (const std::optional<int> exit = CliSupport::parse(parser, arguments, "lint"))
        return *exit;
    if (parser.positionalArguments().size() > 1)
        return CliSupport::fail("lint", QStringLiteral("expected at most one folder"), ExitCode::Usage);

    const QString dir = parser.positionalArguments().value(0, QStringLiteral("curriculum"));
    if (!QFileInfo(dir).isDir()) {
        return CliSupport::fail("lint", dir + QStringLiteral(" is not a folder"), ExitCode::Usage);
    }
    Curriculum curriculum = CurriculumLoader::loadDirectory(dir);
    CurriculumLinter::checkFactsDates(curriculum, SystemClock().today());
    for (const Diagnostic &d : curriculum.diagnostics)
        std::fprintf(stderr, "%s\n", qPrintable(d.toString()));
    // "Unverified" means: no interpreter the content test uses here (python3, Pyodide) is new enough to run it.
    const CurriculumSummary summary =
        CurriculumLinter::summarize(curriculum, std::max(PythonRunner::version(), PyodideRunner::version()));
    if (parser.isSet(json)) {
        std::fputs(QJsonDocument(summary.toJson()).toJson(QJsonDocument::Indented).constData(), stdout);
    } else {
        std::printf("%s\n", qPrintable(summary.toLine()));
        for (const QString &location : summary.unverifiedSnippets)
            std::printf("  unverified: %s\n", qPrintable(location));
    }
    return summary.errors > 0 ? ExitCode::Failed : ExitCode::Ok;
}

} // namespace pmg
