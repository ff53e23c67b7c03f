// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "frontmatter.h"

#include "ids.h"

#include <QRegularExpression>
#include <QSet>

namespace pmg {

namespace {

struct Reader {
    const QString &file;
    Diagnostics &diagnostics;

    void error(int line, const QString &message) { diagnostics.append({file, line, message}); }

    // "text", 'text' or bare text. Returns nullopt (after reporting) for an unterminated quote.
    std::optional<QString> scalar(QStringView value, int line)
    {
        value = value.trimmed();
        if (value.size() >= 1 && (value.front() == u'"' || value.front() == u'\'')) {
            const QChar quote = value.front();
            if (value.size() < 2 || value.back() != quote) {
                error(line, QStringLiteral("unterminated quoted string"));
                return std::nullopt;
            }
            QString inner = value.mid(1, value.size() - 2).toString();
            if (quote == u'"')
                inner.replace(QLatin1String("\\\""), QLatin1String("\""))
                    .replace(QLatin1String("\\\\"), QLatin1String("\\"));
            else
                inner.replace(QLatin1String("''"), QLatin1String("'"));
            return inner;
        }
        return value.toString();
    }

    std::optional<QStringList> list(QStringView value, int line)
    {
        value = value.trimmed();
        if (!value.startsWith(u'[') || !value.endsWith(u']')) {
            error(line, QStringLiteral("expected an inline list like [a, b]"));
            return std::nullopt;
        }
        QStringList items;
        const QStringView inner = value.mid(1, value.size() - 2).trimmed();
        if (inner.isEmpty())
            return items;
        for (const QStringView item : inner.split(u',')) {
            const std::optional<QString> text = scalar(item, line);
            if (!text)
                return std::nullopt;
            if (text->isEmpty()) {
                error(line, QStringLiteral("empty list item"));
                return std::nullopt;
            }
            items.append(*text);
        }
        return items;
    }
};

// Strictly YYYY-MM-DD: QDate::fromString(…, Qt::ISODate) also takes forms like "2026-12-04T10:00", which a date of
// record should not be.
QDate parseFactsDate(const QString &text)
{
    static const QRegularExpression isoDate(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    if (!isoDate.match(text).hasMatch())
        return {};
    return QDate::fromString(text, Qt::ISODate);
}

} // namespace

bool FrontMatter::parse(const QString &text, const QString &file, Note &note, Diagnostics &diagnostics)
{
    Reader reader{file, diagnostics};
    const QStringList lines = text.split(u'\n');
    if (lines.isEmpty() || lines.first().trimmed() != u"---") {
        reader.error(1, QStringLiteral("missing front matter: the file must start with a line '---'"));
        return false;
    }
    qsizetype end = -1;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (lines[i].trimmed() == u"---") {
            end = i;
            break;
        }
    }
    if (end < 0) {
        reader.error(1, QStringLiteral("unterminated front matter: no closing '---' line"));
        return false;
    }

    static const QSet<QString> known{QStringLiteral("id"),
                                     QStringLiteral("title"),
                                     QStringLiteral("part"),
                                     QStringLiteral("section"),
                                     QStringLiteral("level"),
                                     QStringLiteral("tags"),
                                     QStringLiteral("prerequisites"),
                                     QStringLiteral("facts_as_of")};
    static const QRegularExpression keyLine(QStringLiteral("^([A-Za-z_][A-Za-z0-9_-]*)\\s*:(.*)$"));
    static const QRegularExpression sectionPattern(QStringLiteral("^[1-9][0-9]*(\\.[1-9][0-9]*){0,3}$"));

    QSet<QString> seen;
    const int errorsBefore = int(diagnostics.size());
    for (qsizetype i = 1; i < end; ++i) {
        const int line = int(i + 1);
        const QString &raw = lines[i];
        if (raw.trimmed().isEmpty() || raw.trimmed().startsWith(u'#'))
            continue;
        const QRegularExpressionMatch m = keyLine.match(raw);
        if (!m.hasMatch()) {
            reader.error(line, QStringLiteral("malformed front matter line (expected 'key: value')"));
            continue;
        }
        const QString key = m.captured(1);
        const QString value = m.captured(2).trimmed();
        if (!known.contains(key)) {
            reader.error(line, QStringLiteral("unknown front matter key '%1'").arg(quoted(key)));
            continue;
        }
        if (seen.contains(key)) {
            reader.error(line, QStringLiteral("duplicate front matter key '%1'").arg(quoted(key)));
            continue;
        }
        seen.insert(key);

        if (key == u"tags" || key == u"prerequisites") {
            const std::optional<QStringList> items = reader.list(value, line);
            if (!items)
                continue;
            for (const QString &item : *items) {
                if (!isValidId(item))
                    reader.error(line, QStringLiteral("'%1' is not a valid %2 (lowercase letters, digits and '-')")
                                           .arg(quoted(item),
                                                key == u"tags" ? QStringLiteral("tag") : QStringLiteral("note id")));
            }
            (key == u"tags" ? note.tags : note.prerequisites) = *items;
            continue;
        }
        const std::optional<QString> scalar = reader.scalar(value, line);
        if (!scalar)
            continue;
        const QString &val = *scalar;
        if (key == u"id") {
            if (!isValidId(val))
                reader.error(line,
                             QStringLiteral("invalid id '%1': use lowercase letters, digits and '-'").arg(quoted(val)));
            note.id = val;
        } else if (key == u"title") {
            if (val.isEmpty())
                reader.error(line, QStringLiteral("empty title"));
            note.title = val;
        } else if (key == u"part") {
            bool ok = false;
            note.part = val.toInt(&ok);
            if (!ok || note.part < 1 || note.part > 5)
                reader.error(line, QStringLiteral("part must be a number from 1 to 5, not '%1'").arg(quoted(val)));
        } else if (key == u"section") {
            if (!sectionPattern.match(val).hasMatch())
                reader.error(
                    line,
                    QStringLiteral("section must look like \"1\", \"1.2\" or \"2.1.3\", not '%1'").arg(quoted(val)));
            note.section = val;
        } else if (key == u"level") {
            const std::optional<Level> level = levelFromString(val);
            if (!level)
                reader.error(
                    line, QStringLiteral("level must be beginner, intermediate or expert, not '%1'").arg(quoted(val)));
            else
                note.level = *level;
        } else if (key == u"facts_as_of") {
            note.factsAsOfLine = line;
            note.factsAsOf = parseFactsDate(val);
            if (!note.factsAsOf.isValid())
                reader.error(line, QStringLiteral("facts_as_of must be a date like 2026-12-04 (YYYY-MM-DD), not '%1'")
                                       .arg(quoted(val)));
        }
    }
    for (const char *required : {"id", "title", "part", "section", "level"}) {
        if (!seen.contains(QLatin1String(required)))
            reader.error(1, QStringLiteral("front matter lacks the required key '%1'").arg(QLatin1String(required)));
    }
    if (!note.section.isEmpty() && note.part > 0 && note.section.section(u'.', 0, 0).toInt() != note.part)
        reader.error(1,
                     QStringLiteral("section %1 does not belong to part %2").arg(quoted(note.section)).arg(note.part));

    note.bodyFirstLine = int(end + 2);
    note.body = lines.mid(end + 1).join(u'\n');
    return diagnostics.size() == errorsBefore;
}

} // namespace pmg
