// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "wikilink.h"

#include <QRegularExpression>

namespace pmg {

QList<WikiLink> WikiLink::findAll(const QString &text)
{
    static const QRegularExpression link(
        QStringLiteral("\\[\\[([^\\]\\[|#\\n]+)(?:#([^\\]\\[|\\n]+))?(?:\\|([^\\]\\[\\n]+))?\\]\\]"));
    QList<WikiLink> links;
    // Blank out inline code first so that `[[x]]` shown as code is not a link.
    QString searchable = text;
    static const QRegularExpression code(QStringLiteral("(`+)(?:(?!\\1).)+?\\1"));
    for (auto it = code.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        searchable.replace(m.capturedStart(), m.capturedLength(), QString(m.capturedLength(), u' '));
    }
    for (auto it = link.globalMatch(searchable); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        links.append({m.captured(1).trimmed(), m.captured(2).trimmed(), m.captured(3).trimmed(), m.capturedStart(),
                      m.capturedLength()});
    }
    return links;
}

QString WikiLink::anchorFor(const QString &heading)
{
    QString anchor;
    bool dash = false;
    for (const QChar c : heading.toLower()) {
        if (c.isLetterOrNumber()) {
            if (dash && !anchor.isEmpty())
                anchor += u'-';
            anchor += c;
            dash = false;
        } else {
            dash = true;
        }
    }
    return anchor;
}

} // namespace pmg
