// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVersionNumber>

#include <optional>

namespace pmg {

/// A Python example written in a note (```python or ```pycon), as the checker runs it.
struct Snippet {
    enum class Mode {
        Run,         ///< executed; stdout compared with the ```output block (or must be empty)
        CompileOnly, ///< `norun`: syntax-checked only
        Fragment,    ///< `fragment`: partial code, not even compiled
    };

    QString noteId;
    QString itemId; ///< set when the snippet belongs to a study item (an output question)
    QString file;
    int line = 0;
    QString language; ///< "python" or "pycon"
    QString code;
    std::optional<QString> expectedOutput;
    Mode mode = Mode::Run;
    QVersionNumber minPython; ///< null when any supported Python 3 will do

    QString location() const { return file + u':' + QString::number(line); }
};

} // namespace pmg
