// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

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

} // namespace pmg
