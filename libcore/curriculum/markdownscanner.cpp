// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownscanner.h"

#include <QRegularExpression>

namespace pmg {

namespace {

const QRegularExpression &fenceOpen()
{
    static const QRegularExpression re(QStringLiteral("^ {0,3}(`{3,}|~{3,})\\s*([^`]*)$"));
    return re;
}

const QRegularExpression &calloutHeader()
{
    static const QRegularExpression re(QStringLiteral("^ {0,3}> ?\\[!([A-Za-z][A-Za-z0-9-]*)\\]([+-]?)\\s*(.*)$"));
    return re;
}

bool isQuoteLine(const QString &line)
{
    return line.trimmed().startsWith(u'>') && line.indexOf(u'>') <= 3;
}

QString stripQuote(const QString &line)
{
    QString rest = line.mid(line.indexOf(u'>') + 1);
    if (rest.startsWith(u' '))
        rest.remove(0, 1);
    return rest;
}

} // namespace

QString FencedBlock::flagValue(const QString &key) const
{
    const QString prefix = key + u'=';
    for (const QString &flag : flags) {
        if (flag.startsWith(prefix))
            return flag.mid(prefix.size());
    }
    return {};
}

QList<FencedBlock> ScannedMarkdown::scanFences(const QList<SourceLine> &lines, const QString &file,
                                               Diagnostics &diagnostics, QList<SourceLine> *prose)
{
    QList<FencedBlock> blocks;
    bool onlyBlankSinceLastFence = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QRegularExpressionMatch open = fenceOpen().match(lines[i].text);
        if (!open.hasMatch()) {
            if (!lines[i].text.trimmed().isEmpty())
                onlyBlankSinceLastFence = false;
            if (prose)
                prose->append(lines[i]);
            continue;
        }
        const QString marker = open.captured(1);
        FencedBlock block;
        block.line = lines[i].number;
        const QStringList words = open.captured(2).split(u' ', Qt::SkipEmptyParts);
        if (!words.isEmpty()) {
            block.language = words.first().toLower();
            block.flags = words.mid(1);
        }
        bool closed = false;
        const qsizetype indent = lines[i].text.indexOf(marker.front());
        for (++i; i < lines.size(); ++i) {
            const QString trimmed = lines[i].text.trimmed();
            if (trimmed.size() >= marker.size() && trimmed.startsWith(marker)
                && trimmed.count(marker.front()) == trimmed.size() && lines[i].text.indexOf(marker.front()) <= 3) {
                closed = true;
                break;
            }
            // Content lines lose up to the fence's own indentation, as CommonMark specifies.
            QString text = lines[i].text;
            qsizetype strip = 0;
            while (strip < indent && strip < text.size() && text[strip] == u' ')
                ++strip;
            block.content += text.mid(strip) + u'\n';
        }
        if (!closed)
            diagnostics.append(
                {file, block.line, QStringLiteral("unterminated code block (opened with %1)").arg(quoted(marker))});

        if (block.language == u"output" && onlyBlankSinceLastFence && !blocks.isEmpty()
            && !blocks.last().isOutputOfPrevious && !blocks.last().expectedOutput) {
            blocks.last().expectedOutput = block.content;
            block.isOutputOfPrevious = true;
        }
        blocks.append(block);
        onlyBlankSinceLastFence = true;
    }
    return blocks;
}

ScannedMarkdown ScannedMarkdown::scan(const QString &body, int firstLine, const QString &file, Diagnostics &diagnostics)
{
    ScannedMarkdown result;
    const QStringList raw = body.split(u'\n');
    QList<SourceLine> topLevel;
    QString openFence; // the marker of the code block we are inside, if any: callout syntax there is just code
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const int number = firstLine + int(i);
        if (!openFence.isEmpty()) {
            const QString trimmed = raw[i].trimmed();
            if (trimmed.startsWith(openFence) && trimmed.count(openFence.front()) == trimmed.size())
                openFence.clear();
            topLevel.append({raw[i], number});
            continue;
        }
        const QRegularExpressionMatch header = calloutHeader().match(raw[i]);
        if (!header.hasMatch()) {
            if (const QRegularExpressionMatch open = fenceOpen().match(raw[i]); open.hasMatch())
                openFence = open.captured(1);
            topLevel.append({raw[i], number});
            continue;
        }
        CalloutBlock callout;
        callout.type = header.captured(1).toLower();
        callout.header = header.captured(3).trimmed();
        callout.line = number;
        while (i + 1 < raw.size() && isQuoteLine(raw[i + 1])) {
            ++i;
            callout.inner.append({stripQuote(raw[i]), firstLine + int(i)});
        }
        callout.fences = scanFences(callout.inner, file, diagnostics, &result.proseLines);
        result.callouts.append(callout);
        topLevel.append({QStringLiteral("\x01"), number}); // non-blank: a callout separates the code blocks around it
    }
    result.fences = scanFences(topLevel, file, diagnostics, &result.proseLines);
    return result;
}

} // namespace pmg
