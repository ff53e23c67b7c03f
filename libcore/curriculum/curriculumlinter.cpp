// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "curriculumlinter.h"

#include "markdownscanner.h"
#include "wikilink.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>

namespace pmg {

namespace {

void checkUniqueItemIds(Curriculum &curriculum)
{
    QHash<QString, QString> firstSeen; // id → "file:line"
    const auto check = [&](const ItemOrigin &item) {
        const QString where = item.file + u':' + QString::number(item.line);
        if (const auto it = firstSeen.constFind(item.id); it != firstSeen.cend())
            curriculum.diagnostics.append(
                {item.file, item.line,
                 QStringLiteral("duplicate id '%1' (first used at %2)").arg(quoted(item.id), *it)});
        else
            firstSeen.insert(item.id, where);
    };
    for (const auto &card : std::as_const(curriculum.flashcards))
        check(card);
    for (const auto &question : std::as_const(curriculum.questions))
        check(question);
    for (const auto &challenge : std::as_const(curriculum.challenges))
        check(challenge);
    for (const auto &checklist : std::as_const(curriculum.checklists))
        check(checklist);
}

void checkNotes(Curriculum &curriculum)
{
    QHash<QString, QString> ids;
    QHash<QString, QString> sections;
    for (const Note &note : std::as_const(curriculum.notes)) {
        if (const auto it = ids.constFind(note.id); it != ids.cend())
            curriculum.diagnostics.append(
                {note.filePath, 1, QStringLiteral("duplicate note id '%1' (also in %2)").arg(quoted(note.id), *it)});
        ids.insert(note.id, note.filePath);
        if (const auto it = sections.constFind(note.section); it != sections.cend())
            curriculum.diagnostics.append(
                {note.filePath, 1, QStringLiteral("duplicate section %1 (also in %2)").arg(quoted(note.section), *it)});
        sections.insert(note.section, note.filePath);

        const QString folder = QFileInfo(note.filePath).dir().dirName();
        if (note.part > 0 && !folder.startsWith(QString::number(note.part) + u'-'))
            curriculum.diagnostics.append(
                {note.filePath, 1,
                 QStringLiteral("part %1 note is in folder '%2'; part folders are named '%1-…'")
                     .arg(note.part)
                     .arg(quoted(folder))});
        for (const QString &prerequisite : note.prerequisites) {
            if (!curriculum.note(prerequisite))
                curriculum.diagnostics.append(
                    {note.filePath, 1, QStringLiteral("unknown prerequisite '%1'").arg(quoted(prerequisite))});
        }
    }
}

void checkLinks(Curriculum &curriculum)
{
    for (const Note &note : std::as_const(curriculum.notes)) {
        Diagnostics ignored; // reported when the note was loaded
        const ScannedMarkdown scanned = ScannedMarkdown::scan(note.body, note.bodyFirstLine, note.filePath, ignored);
        for (const SourceLine &line : scanned.proseLines) {
            if (line.text.startsWith(QLatin1String("# ")))
                curriculum.diagnostics.append(
                    {note.filePath, line.number,
                     QStringLiteral("level-1 heading in the body: the app shows the front-matter title "
                                    "as the note's heading; use '##' for sections")});
            for (const WikiLink &link : WikiLink::findAll(line.text)) {
                if (!curriculum.note(link.target))
                    curriculum.diagnostics.append(
                        {note.filePath, line.number,
                         QStringLiteral("broken wiki link [[%1]]: no note has that id").arg(quoted(link.target))});
            }
        }
    }
    for (const QuizQuestion &question : std::as_const(curriculum.questions)) {
        if (!question.learnNoteId.isEmpty() && !curriculum.note(question.learnNoteId))
            curriculum.diagnostics.append({question.file, question.learnLine,
                                           QStringLiteral("question %1 links to the unknown note '%2'")
                                               .arg(quoted(question.id), quoted(question.learnNoteId))});
    }
}

void checkOutputQuestions(Curriculum &curriculum)
{
    for (const QuizQuestion &question : std::as_const(curriculum.questions)) {
        if (question.type != QuestionType::Output)
            continue;
        for (const Snippet &snippet : std::as_const(curriculum.snippets)) {
            if (snippet.itemId == question.id && snippet.expectedOutput && snippet.mode != Snippet::Mode::Run)
                curriculum.diagnostics.append(
                    {snippet.file, snippet.line,
                     QStringLiteral("the code of output question %1 must run (no norun/fragment)")
                         .arg(quoted(question.id))});
        }
    }
}

} // namespace

void CurriculumLinter::crossCheck(Curriculum &curriculum)
{
    checkNotes(curriculum);
    checkUniqueItemIds(curriculum);
    checkLinks(curriculum);
    checkOutputQuestions(curriculum);
}

void CurriculumLinter::checkFactsDates(Curriculum &curriculum, QDate today)
{
    for (const Note &note : std::as_const(curriculum.notes)) {
        if (note.factsAsOf.isValid() && note.factsAsOf > today)
            curriculum.diagnostics.append(
                {note.filePath, note.factsAsOfLine,
                 QStringLiteral("facts_as_of %1 is in the future (today is %2)")
                     .arg(note.factsAsOf.toString(Qt::ISODate), today.toString(Qt::ISODate))});
    }
}

CurriculumSummary CurriculumLinter::summarize(const Curriculum &curriculum, const QVersionNumber &pythonVersion)
{
    CurriculumSummary s;
    s.notes = int(curriculum.notes.size());
    s.flashcards = int(curriculum.flashcards.size());
    s.questions = int(curriculum.questions.size());
    for (const QuizQuestion &q : curriculum.questions) {
        (q.level == Level::Beginner       ? s.beginnerQuestions
         : q.level == Level::Intermediate ? s.intermediateQuestions
                                          : s.expertQuestions)++;
    }
    s.challenges = int(curriculum.challenges.size());
    s.checklists = int(curriculum.checklists.size());
    for (const Checklist &c : curriculum.checklists)
        s.checklistItems += int(c.entries.size());
    for (const Snippet &snippet : curriculum.snippets) {
        if (snippet.mode == Snippet::Mode::Fragment)
            ++s.snippetsFragment;
        else if (!snippet.minPython.isNull() && (pythonVersion.isNull() || pythonVersion < snippet.minPython)) {
            ++s.snippetsUnverified;
            s.unverifiedSnippets.append(
                QStringLiteral("%1 (needs Python %2)").arg(snippet.location(), snippet.minPython.toString()));
        } else if (snippet.mode == Snippet::Mode::CompileOnly)
            ++s.snippetsNoRun;
        else
            ++s.snippetsRun;
    }
    for (const Diagnostic &d : curriculum.diagnostics)
        (d.severity == Diagnostic::Severity::Error ? s.errors : s.warnings)++;
    return s;
}

QString CurriculumSummary::toLine() const
{
    return QStringLiteral("%1 notes, %2 flashcards, %3 quiz questions (%4 beginner, %5 intermediate, %6 expert), "
                          "%7 challenges, %8 checklist items in %9 checklists; snippets: %10 run, %11 compiled only, "
                          "%12 fragments, %13 unverified (need a newer Python); %14 errors, %15 warnings")
        .arg(notes)
        .arg(flashcards)
        .arg(questions)
        .arg(beginnerQuestions)
        .arg(intermediateQuestions)
        .arg(expertQuestions)
        .arg(challenges)
        .arg(checklistItems)
        .arg(checklists)
        .arg(snippetsRun)
        .arg(snippetsNoRun)
        .arg(snippetsFragment)
        .arg(snippetsUnverified)
        .arg(errors)
        .arg(warnings);
}

QJsonObject CurriculumSummary::toJson() const
{
    return QJsonObject{
        {QStringLiteral("notes"), notes},
        {QStringLiteral("flashcards"), flashcards},
        {QStringLiteral("quiz_questions"), QJsonObject{{QStringLiteral("total"), questions},
                                                       {QStringLiteral("beginner"), beginnerQuestions},
                                                       {QStringLiteral("intermediate"), intermediateQuestions},
                                                       {QStringLiteral("expert"), expertQuestions}}},
        {QStringLiteral("challenges"), challenges},
        {QStringLiteral("checklists"), checklists},
        {QStringLiteral("checklist_items"), checklistItems},
        {QStringLiteral("snippets"),
         QJsonObject{{QStringLiteral("run"), snippetsRun},
                     {QStringLiteral("compiled_only"), snippetsNoRun},
                     {QStringLiteral("fragments"), snippetsFragment},
                     {QStringLiteral("unverified"), snippetsUnverified},
                     {QStringLiteral("unverified_locations"), QJsonArray::fromStringList(unverifiedSnippets)}}},
        {QStringLiteral("errors"), errors},
        {QStringLiteral("warnings"), warnings},
    };
}

} // namespace pmg
