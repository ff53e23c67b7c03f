// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pythonrunner.h"
#include "sandboxlimits.h"

#include <QString>
#include <QStringList>
#include <QVersionNumber>

#include <optional>

namespace pmg {

/// A second, newer CPython for the snippet checker: Pyodide (CPython compiled to WebAssembly, from the npm package
/// `pyodide`) run by Node.js. Debian's python3 is 3.13; Pyodide brings 3.14, so `min-python=3.14` examples are run and
/// compared instead of being skipped. packaging/devenv.sh installs the package and sets $PMG_PYODIDE_DIR.
///
/// Pyodide has no subprocesses and no threads, so it suits language and standard-library examples, which is what the
/// min-python snippets are. It runs inside the same sandbox as python3 (see PythonRunner).
class PyodideRunner final
{
public:
    /// The installed `pyodide` npm package (the folder holding pyodide.js): $PMG_PYODIDE_DIR, or empty when unset.
    static QString packageDirectory();

    /// The CPython version Pyodide ships (read from its pyodide-lock.json), or a null version when Node.js or the
    /// package is missing; unavailableReason() then says why.
    static QVersionNumber version();
    static QString unavailableReason();

    /// How PythonRunner runs code with Pyodide instead of python3 (Node.js with the runner script, which is written
    /// once to a temporary file outside every working folder); std::nullopt when version() is null.
    static std::optional<PythonLauncher> launcher();
    /// Loading Pyodide takes a second or two, and V8 reserves far more address space than CPython does.
    static SandboxLimits limits();
};

} // namespace pmg
