// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "calloutattributes.h"

namespace pmg {

CalloutAttributes CalloutAttributes::parse(const QString &header, const QStringList &allowed, int line,
                                           const QString &file, Diagnostics &diagnostics)
{
    CalloutAttributes result;
    const auto error = [&](const QString &message) { diagnostics.append({file, line, message}); };
    qsizetype i = 0;
    const qsizetype n = header.size();
    while (i < n) {
        while (i < n && header[i].isSpace())
            ++i;
        if (i >= n)
            break;
        const qsizetype keyStart = i;
        while (i < n && header[i] != u'=' && !header[i].isSpace())
            ++i;
        const QString key = header.mid(keyStart, i - keyStart);
        if (i >= n || header[i] != u'=') {
            error(QStringLiteral("expected key=value, found '%1'").arg(quoted(key)));
            while (i < n && !header[i].isSpace())
                ++i;
            continue;
        }
        ++i; // '='
        QString value;
        if (i < n && header[i] == u'"') {
            const qsizetype close = header.indexOf(u'"', i + 1);
            if (close < 0) {
                error(QStringLiteral("unterminated quoted value for '%1'").arg(quoted(key)));
                break;
            }
            value = header.mid(i + 1, close - i - 1);
            i = close + 1;
        } else {
            const qsizetype start = i;
            while (i < n && !header[i].isSpace())
                ++i;
            value = header.mid(start, i - start);
        }
        if (!allowed.contains(key))
            error(QStringLiteral("unknown attribute '%1' (allowed: %2)")
                      .arg(quoted(key), allowed.join(QStringLiteral(", "))));
        else if (result.m_values.contains(key))
            error(QStringLiteral("duplicate attribute '%1'").arg(quoted(key)));
        else
            result.m_values.insert(key, value);
    }
    return result;
}

} // namespace pmg
