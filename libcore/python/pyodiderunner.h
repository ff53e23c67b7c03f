// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pythonprocess.h"

#include <QString>
#include <QStringList>
#include <QVersionNumber>

#include <chrono>

namespace pmg {

/// A second, newer CPython for the snippet checker: Pyodide (CPython compiled to WebAssembly, from the npm package
/// `pyodide`) run by Node.js. Debian's python3 is 3.13; Pyodide brings 3.14, so `min-python=3.14` examples are run and
/// compared instead of being skipped. packaging/devenv.sh installs the package and sets $PMG_PYODIDE_DIR.
///
/// Pyodide has no subprocesses and no threads, so it suits language and standard-library examples, which is what the
/// min-python snippets are. Blocking; safe to use from any thread.
class PyodideRunner final
{
public:
    /// The installed `pyodide` npm package (the folder holding pyodide.js): $PMG_PYODIDE_DIR, or empty when unset.
    static QString packageDirectory();

    /// The CPython version Pyodide ships (read from its pyodide-lock.json), or a null version when Node.js or the
    /// package is missing; unavailableReason() then says why.
    static QVersionNumber version();
    static QString unavailableReason();

    /// Runs the equivalent of `python3 <arguments>` (a script path or `-c CODE`, then its arguments) with
    /// `workingDirectory` as the current directory, PYTHONHASHSEED=0 and UTF-8, killed after `timeout`. Loading
    /// Pyodide takes a second or two, hence the longer default than PythonProcess::run.
    static PythonProcess::Result run(const QStringList &arguments, const QString &workingDirectory,
                                     std::chrono::milliseconds timeout = std::chrono::seconds(60));
};

} // namespace pmg
