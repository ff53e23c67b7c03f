// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clisupport.h"

#include <QStringList>

namespace pmg {

/// `garden challenge list|starter|check`:
///   list                   one `id<TAB>title<TAB>level<TAB>part` line per challenge
///   starter ID             the challenge's starter code
///   check ID FILE.py       runs the challenge's tests on FILE.py in the sandbox, one line per test
/// each with `--curriculum DIR` (default: curriculum); check also takes `--timeout SECONDS` and `--python PATH`.
/// Exit status of check (see ExitCode in clisupport.h): 0 every test passed, 1 some failed, 2 usage (unknown id,
/// unreadable file), 6 time limit, 7 python3 or the challenge's tool (mypy) missing, 8 the run could not be set up.
class ChallengeCommand final
{
public:
    enum ExitCode {
        Passed = pmg::ExitCode::Ok,
        Failed = pmg::ExitCode::Failed,
        Usage = pmg::ExitCode::Usage,
        TimedOut = pmg::ExitCode::TimedOut,
        ToolMissing = pmg::ExitCode::ToolMissing,
        Error = pmg::ExitCode::CouldNotRun,
    };

    static int run(const QStringList &arguments);
};

} // namespace pmg
