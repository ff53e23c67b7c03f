// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clisupport.h"

#include <QStringList>

namespace pmg {

/// `garden challenge list|starter|check`:
///   list                   one `id<TAB>title<TAB>level<TAB>part` line per challenge (`<TAB>solved|unsolved` added
///                          with --profile)
///   starter ID             the challenge's starter code
///   check ID FILE.py       runs the challenge's tests on FILE.py in the sandbox, one line per test; with --profile the
///                          run is recorded there ("recorded: run N of ID, solved since …"), and the profile's python3
///                          (Settings) is used unless --python says otherwise
/// each with `--curriculum DIR` (default: curriculum) and `--profile DIR`; check also takes `--timeout SECONDS` and
/// `--python PATH`. A profile the app holds opens read-only: nothing is recorded, and stderr says so.
/// Exit status of check (see ExitCode in clisupport.h): 0 every test passed, 1 some failed, 2 usage (unknown id,
/// unreadable file), 3-5 the profile cannot be used or the run could not be recorded in it, 6 time limit, 7 python3
/// or the challenge's tool (mypy) missing, 8 the run could not be set up.
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
