// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#if defined(__SANITIZE_ADDRESS__)
#define PMG_LEAK_SANITIZER 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define PMG_LEAK_SANITIZER 1
#endif
#endif

#ifdef PMG_LEAK_SANITIZER
#include <sanitizer/lsan_interface.h>
#endif

namespace pmg::test {

/// Runs LeakSanitizer's check now, while the application object (and Qt WebEngine) still lives, and skips the one at
/// exit; a leak ends the process with LSan's report and exit status. A no-op in builds without sanitizers.
///
/// Why not at exit: when Qt WebEngine shuts down (its qt_call_post_routines hook, Chromium's exiting threads) Chromium
/// drops memory on purpose, in code shipped without symbols. The only suppression that would cover that is the whole
/// libQt6WebEngineCore.so, which also hides every leak in our code that WebEngine calls (the garden: scheme handler,
/// navigation checks, page signals). By the time the last test has finished, whatever a test leaked is unreachable,
/// so checking here finds it; only what Qt's own teardown would free is left out (see guitestmain.cpp for widgets).
inline void checkLeaksNow()
{
#ifdef PMG_LEAK_SANITIZER
    __lsan_do_leak_check();
#endif
}

} // namespace pmg::test
