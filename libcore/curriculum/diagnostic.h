// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

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

/// Whether any of `diagnostics` is an error (warnings never block anything).
inline bool hasErrors(const Diagnostics &diagnostics)
{
    return std::any_of(diagnostics.cbegin(), diagnostics.cend(),
                       [](const Diagnostic &d) { return d.severity == Diagnostic::Severity::Error; });
}

} // namespace pmg
