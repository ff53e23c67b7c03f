// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace pmg {

/// The environment of a sandboxed Python run, built from nothing: no variable of the app's own environment (tokens,
/// proxies, LD_PRELOAD, PYTHONPATH …) reaches the learner's code.
class SandboxEnvironment final
{
public:
    struct Options {
        /// PYTHONHASHSEED=0: set orders, and so printed output, are the same on every run.
        bool stableHashes = true;
        /// PYTHONSAFEPATH=1: the script's folder (for -m and -c, the working folder) is not put first on sys.path.
        /// The curriculum's own examples turn it off, because they show what `python3 file.py` does in a terminal.
        bool safePath = true;
    };

    /// A minimal PATH, a UTF-8 locale, Python's safety switches and a private HOME and TMPDIR.
    static QProcessEnvironment build(const QString &home, const QString &tmp, const Options &options);

    /// Every name build() may set: the allow-list.
    static QStringList allowedNames();
};

} // namespace pmg
