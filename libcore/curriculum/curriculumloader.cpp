// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "curriculumloader.h"

#include "curriculumlinter.h"
#include "curriculumsources.h"
#include "frontmatter.h"
#include "itemparser.h"
#include "markdownscanner.h"
#include "rawhtml.h"

#include <QCryptographicHash>
#include <QStringDecoder>

#include <algorithm>

namespace pmg {

namespace {

// NUL bytes have no place in a Markdown note (a UTF-16 file is full of them) and end the text early for every C API
// the note reaches (cmark's C strings, printf): reported at their first line, then shown as U+FFFD like a bad byte,
// so nothing downstream cuts the note short.
void reportNulBytes(QString &text, const QString &file, Diagnostics &diagnostics)
{
    const qsizetype first = text.indexOf(QChar(u'\0'));
    if (first < 0)
        return;
    const int line = int(QStringView(text).left(first).count(u'\n')) + 1;
    const qsizetype count = text.count(QChar(u'\0'));
    diagnostics.append({file, line,
                        QStringLiteral("NUL byte (%1 in the file): save the note as UTF-8 text (a UTF-16 or binary "
                                       "file is not Markdown)")
                            .arg(count)});
    text.replace(QChar(u'\0'), QChar::ReplacementCharacter);
}

// Decodes UTF-8, reporting the first line that holds an invalid sequence. A file that is not UTF-8 is still shown
// (with U+FFFD replacements) so that one bad byte does not hide a whole note.
QString decodeUtf8(const QByteArray &bytes, const QString &file, Diagnostics &diagnostics)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        int line = 1;
        for (const QByteArray &chunk : bytes.split('\n')) {
            QStringDecoder lineDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            const QString ignored = lineDecoder.decode(chunk);
            if (lineDecoder.hasError())
                break;
            ++line;
        }
        diagnostics.append({file, line, QStringLiteral("invalid UTF-8: save the file as UTF-8")});
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    reportNulBytes(text, file, diagnostics);
    return text;
}

Snippet::Mode modeFor(const FencedBlock &fence)
{
    if (fence.hasFlag(QStringLiteral("fragment")))
        return Snippet::Mode::Fragment;
    if (fence.hasFlag(QStringLiteral("norun")))
        return Snippet::Mode::CompileOnly;
    return Snippet::Mode::Run;
}

void addSnippets(Curriculum &curriculum, const QList<FencedBlock> &fences, const Note &note, const QString &itemId,
                 Diagnostics &diagnostics)
{
    static const QStringList challengeRoles{QStringLiteral("starter"), QStringLiteral("solution"),
                                            QStringLiteral("tests")};
    static const QStringList knownFlags{QStringLiteral("norun"), QStringLiteral("fragment"), QStringLiteral("starter"),
                                        QStringLiteral("solution"), QStringLiteral("tests")};
    for (const FencedBlock &fence : fences) {
        if (fence.language == u"output" && !fence.isOutputOfPrevious)
            diagnostics.append(
                {note.filePath, fence.line,
                 QStringLiteral("```output block must directly follow the ```python block it belongs to")});
        if (fence.language != u"python" && fence.language != u"pycon")
            continue;
        for (const QString &flag : fence.flags) {
            if (!knownFlags.contains(flag) && !flag.startsWith(QLatin1String("min-python=")))
                diagnostics.append(
                    {note.filePath, fence.line, QStringLiteral("unknown code block flag '%1'").arg(quoted(flag))});
        }
        if (std::any_of(challengeRoles.cbegin(), challengeRoles.cend(),
                        [&](const QString &r) { return fence.hasFlag(r); }))
            continue; // verified as part of its challenge
        Snippet snippet;
        snippet.noteId = note.id;
        snippet.itemId = itemId;
        snippet.file = note.filePath;
        snippet.line = fence.line;
        snippet.language = fence.language;
        snippet.code = fence.content;
        snippet.expectedOutput = fence.expectedOutput;
        snippet.mode = modeFor(fence);
        const QString minPython = fence.flagValue(QStringLiteral("min-python"));
        if (!minPython.isEmpty()) {
            snippet.minPython = QVersionNumber::fromString(minPython);
            if (snippet.minPython.segmentCount() < 2 || snippet.minPython.majorVersion() != 3)
                diagnostics.append(
                    {note.filePath, fence.line, QStringLiteral("invalid min-python '%1'").arg(quoted(minPython))});
        }
        if (snippet.language == u"pycon" && snippet.expectedOutput)
            diagnostics.append({note.filePath, fence.line,
                                QStringLiteral("a ```pycon session holds its own output; remove the ```output block")});
        curriculum.snippets.append(snippet);
    }
}

} // namespace

void CurriculumLoader::addFile(Curriculum &curriculum, const SourceFile &source)
{
    const QString &file = source.path;
    const QByteArray &bytes = source.bytes;
    Diagnostics &diagnostics = curriculum.diagnostics;
    const QString text = decodeUtf8(bytes, file, diagnostics);
    Note note;
    note.filePath = file;
    note.relativePath = source.relativePath;
    note.userVersion = source.userVersion;
    note.contentHash = QCryptographicHash::hash(bytes, QCryptographicHash::Sha1);
    if (!FrontMatter::parse(text, file, note, diagnostics) && note.id.isEmpty())
        return;

    const ScannedMarkdown scanned = ScannedMarkdown::scan(note.body, note.bodyFirstLine, file, diagnostics);
    RawHtml::check(note.body, note.bodyFirstLine, file, diagnostics);
    addSnippets(curriculum, scanned.fences, note, QString(), diagnostics);
    for (const CalloutBlock &callout : scanned.callouts) {
        std::optional<StudyItem> item = ItemParser::parse(callout, note.id, file, diagnostics);
        QString itemId;
        if (item) {
            std::visit(
                [&](auto &&value) {
                    using T = std::decay_t<decltype(value)>;
                    itemId = value.id;
                    if constexpr (std::is_same_v<T, Flashcard>)
                        curriculum.flashcards.append(value);
                    else if constexpr (std::is_same_v<T, QuizQuestion>)
                        curriculum.questions.append(value);
                    else if constexpr (std::is_same_v<T, Challenge>)
                        curriculum.challenges.append(value);
                    else
                        curriculum.checklists.append(value);
                },
                *item);
        }
        addSnippets(curriculum, callout.fences, note, itemId, diagnostics);
    }
    curriculum.notes.append(note);
}

Curriculum CurriculumLoader::loadDirectory(const QString &directory)
{
    CurriculumSources sources;
    sources.readBundled(directory);
    return sources.build();
}

Curriculum CurriculumLoader::loadFiles(const QList<SourceFile> &files, const QString &root)
{
    Curriculum curriculum;
    if (files.isEmpty())
        curriculum.diagnostics.append({root, 0, QStringLiteral("no curriculum files (*.md) found")});
    QList<const SourceFile *> ordered;
    for (const SourceFile &file : files)
        ordered.append(&file);
    std::sort(ordered.begin(), ordered.end(), [](auto *a, auto *b) { return a->relativePath < b->relativePath; });
    for (const SourceFile *file : std::as_const(ordered))
        addFile(curriculum, *file);
    std::stable_sort(curriculum.notes.begin(), curriculum.notes.end(), sectionLess);
    curriculum.reindex();
    CurriculumLinter::crossCheck(curriculum);
    std::stable_sort(
        curriculum.diagnostics.begin(), curriculum.diagnostics.end(),
        [](const Diagnostic &a, const Diagnostic &b) { return std::tie(a.file, a.line) < std::tie(b.file, b.line); });
    return curriculum;
}

} // namespace pmg
