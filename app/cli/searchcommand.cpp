// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchcommand.h"

#include "clisupport.h"
#include "curriculum/curriculumloader.h"
#include "garden/garden.h"
#include "search/indexdatabase.h"
#include "search/searchindex.h"
#include "search/searchservice.h"
#include "store/database.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <optional>

using namespace Qt::StringLiterals;

namespace pmg {

namespace {

int fail(const QString &message)
{
    return CliSupport::fail("search", message, ExitCode::Usage);
}

QJsonObject toJson(const SearchHit &hit)
{
    return QJsonObject{
        {u"kind"_s, SearchHit::kindName(hit.kind)},
        {u"id"_s, hit.itemId.isEmpty() ? hit.noteId : hit.itemId},
        {u"noteId"_s, hit.noteId},
        {u"itemId"_s, hit.itemId},
        {u"anchor"_s, hit.anchor},
        {u"title"_s, hit.title},
        {u"noteTitle"_s, hit.noteTitle},
        {u"snippet"_s, hit.snippetText()},
        {u"snippetHtml"_s, hit.snippetHtml},
        {u"firstMatch"_s, hit.firstMatch},
        {u"rank"_s, hit.rank},
    };
}

// Tabs and line breaks would break the one-hit-per-line format.
QString oneLine(QString text)
{
    return text.replace(u'\t', u' ').replace(u'\n', u' ');
}

} // namespace

int SearchCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Search the curriculum's notes, flashcards, questions and challenges."_s);
    parser.addHelpOption();
    const QCommandLineOption curriculumOption(u"curriculum"_s, u"The curriculum folder (default: curriculum)."_s,
                                              u"dir"_s, u"curriculum"_s);
    const QCommandLineOption profileOption(
        u"profile"_s, u"Keep the index in this profile folder's garden.sqlite (default: build it in memory)."_s,
        u"dir"_s);
    const QCommandLineOption limitOption(u"limit"_s, u"At most this many hits (default: 20)."_s, u"n"_s, u"20"_s);
    const QCommandLineOption jsonOption(u"json"_s, u"Print the hits as a JSON array."_s);
    parser.addOptions({curriculumOption, profileOption, limitOption, jsonOption});
    parser.addPositionalArgument(u"query"_s, u"What to search for; every word must match, as a prefix."_s);
    if (const std::optional<int> exit = CliSupport::parse(parser, arguments, "search"))
        return *exit;

    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return fail(u"expected one QUERY argument (quote it if it has spaces)"_s);
    bool limitOk = false;
    const int limit = parser.value(limitOption).toInt(&limitOk);
    if (!limitOk || limit < 1)
        return fail(u"--limit must be a positive number"_s);
    const QString curriculumDir = parser.value(curriculumOption);
    if (!QFileInfo(curriculumDir).isDir())
        return fail(curriculumDir + u" is not a folder"_s);

    // With a profile, search what the app shows: the bundled notes with the learner's own versions laid over them.
    // Beside a running app the profile opens read-only (its index is then built in the user's cache folder).
    Garden garden;
    Database memory;
    Curriculum bundled;
    std::optional<SearchIndex> memoryIndex;
    const Curriculum *curriculum = nullptr;
    if (parser.isSet(profileOption)) {
        if (const std::optional<int> exit =
                CliSupport::openProfile(garden, "search", parser.value(profileOption), curriculumDir, true))
            return *exit;
        curriculum = &garden.curriculum();
    } else {
        if (const StoreError error = IndexDatabase::open(memory, QString()))
            return CliSupport::fail("search", error.message(), ExitCode::ProfileUnavailable);
        bundled = CurriculumLoader::loadDirectory(curriculumDir);
        curriculum = &bundled;
        memoryIndex.emplace(memory);
    }
    // Problems in the curriculum are garden lint's business; search what parsed.
    if (curriculum->notes.isEmpty())
        return fail(u"no notes in "_s + curriculumDir);
    const IndexUpdate update = memoryIndex ? memoryIndex->update(*curriculum) : garden.search().updateNow(*curriculum);
    if (!update.ok)
        return CliSupport::fail("search", update.error, ExitCode::ProfileUnavailable);
    QString error;
    const QList<SearchHit> hits = memoryIndex ? memoryIndex->search(positional.first(), limit)
                                              : garden.search().searchNow(positional.first(), limit, &error);
    if (memoryIndex)
        error = memoryIndex->error();
    if (!error.isEmpty())
        return CliSupport::fail("search", error, ExitCode::ProfileUnavailable);

    if (parser.isSet(jsonOption)) {
        QJsonArray array;
        for (const SearchHit &hit : hits)
            array.append(toJson(hit));
        std::fputs(QJsonDocument(array).toJson(QJsonDocument::Indented).constData(), stdout);
    } else {
        for (const SearchHit &hit : hits) {
            const QString id = hit.itemId.isEmpty() ? hit.noteId : hit.itemId;
            std::printf("%s\t%s\t%s\n", qPrintable(id), qPrintable(oneLine(hit.title)),
                        qPrintable(oneLine(hit.snippetText())));
        }
    }
    return hits.isEmpty() ? ExitCode::Failed : ExitCode::Ok;
}

} // namespace pmg
