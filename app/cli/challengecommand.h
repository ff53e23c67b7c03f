// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace pmg {

/// `garden challenge list|starter|check`:
///   list                   one `id<TAB>title<TAB>level<TAB>part` line per challenge
///   starter ID             the challenge's starter code
///   check ID FILE.py       runs the challenge's tests on FILE.py in the sandbox, one line per test
/// each with `--curriculum DIR` (default: curriculum); check also takes `--timeout SECONDS` and `--python PATH`.
/// Exit status of check: 0 every test passed, 1 some failed, 2 usage (unknown id, unreadable file), 3 time limit,
/// 4 python3 or the challenge's tool (mypy) missing, 5 the run could not be set up.
class ChallengeCommand final
{
public:
    enum ExitCode { Passed = 0, Failed = 1, Usage = 2, TimedOut = 3, ToolMissing = 4, Error = 5 };

    static int run(const QStringList &arguments);
};

} // namespace pmg
