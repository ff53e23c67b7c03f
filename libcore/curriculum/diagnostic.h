// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <algorithm>

namespace pmg {

/// One problem found in curriculum content, addressed as `file:line` like a compiler error.
struct Diagnostic {
    enum class Severity { Error, Warning };

    QString file;
    int line = 0; ///< 1-based; 0 when the problem concerns the whole file
    QString message;
    Severity severity = Severity::Error;

    QString toString() const
    {
        return file + u':' + QString::number(line) + QLatin1String(": ")
               + (severity == Severity::Warning ? QLatin1String("warning: ") : QLatin1String("")) + message;
    }
};

using Diagnostics = QList<Diagnostic>;

/// Text from a curriculum file, quoted in a message: at most `limit` characters (longer text is cut and ends in "…"),
/// line breaks and other control characters shown as U+FFFD. A message then stays one short line whatever the file
/// holds: an unterminated fence with a 20,000-character opener once printed a 20,000-character line.
inline QString quoted(QStringView text, qsizetype limit = 80)
{
    QString result = text.size() <= limit ? text.toString() : text.left(limit - 1).toString();
    if (result.size() < text.size()) {
        if (result.back().isHighSurrogate())
            result.chop(1); // never cut a character in half
        result += u'\u2026';
    }
    for (QChar &c : result) {
        if (c.category() == QChar::Other_Control)
            c = QChar::ReplacementCharacter;
    }
    return result;
}

/// Whether any of `diagnostics` is an error (warnings never block anything).
inline bool hasErrors(const Diagnostics &diagnostics)
{
    return std::any_of(diagnostics.cbegin(), diagnostics.cend(),
                       [](const Diagnostic &d) { return d.severity == Diagnostic::Severity::Error; });
}

} // namespace pmg
