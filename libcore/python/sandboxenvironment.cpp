// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxenvironment.h"

using namespace Qt::StringLiterals;

namespace pmg {

QProcessEnvironment SandboxEnvironment::build(const QString &home, const QString &tmp, const Options &options)
{
    QProcessEnvironment env; // empty: nothing inherited
    env.insert(u"PATH"_s, u"/usr/local/bin:/usr/bin:/bin"_s);
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    env.insert(u"HOME"_s, home);
    env.insert(u"TMPDIR"_s, tmp);
    env.insert(u"PYTHONDONTWRITEBYTECODE"_s, u"1"_s); // no __pycache__ next to the learner's file
    env.insert(u"PYTHONNOUSERSITE"_s, u"1"_s);        // nothing from ~/.local, whatever HOME says
    env.insert(u"PYTHONUTF8"_s, u"1"_s);
    env.insert(u"PYTHONIOENCODING"_s, u"utf-8"_s);
    if (options.safePath)
        env.insert(u"PYTHONSAFEPATH"_s, u"1"_s);
    if (options.stableHashes)
        env.insert(u"PYTHONHASHSEED"_s, u"0"_s);
    return env;
}

QStringList SandboxEnvironment::allowedNames()
{
    return {u"PATH"_s,           u"LANG"_s,
            u"LC_ALL"_s,         u"HOME"_s,
            u"TMPDIR"_s,         u"PYTHONDONTWRITEBYTECODE"_s,
            u"PYTHONSAFEPATH"_s, u"PYTHONNOUSERSITE"_s,
            u"PYTHONUTF8"_s,     u"PYTHONIOENCODING"_s,
            u"PYTHONHASHSEED"_s};
}

} // namespace pmg
