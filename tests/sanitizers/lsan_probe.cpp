// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Leaks on purpose, to show that LeakSanitizer with the suite's suppressions (tests/sanitizers/lsan.supp) reports a
// leak made in our code while Qt is the caller: in a slot (QtCore's signal machinery and the glib event loop below it)
// or in a thread-pool task (QThreadPool's worker thread below it). Suppressing a whole Qt or glib library, as the
// suppressions once did, hides both. The ctests lsan_catches_leaks_in_* pass only when LSan's report names this file.
//
//   lsan_probe slot | thread-pool | none      ("none" leaks nothing: the probe's own control)
#include "support/leakcheck.h"

#include <QCoreApplication>
#include <QThreadPool>
#include <QTimer>

#include <cstdio>
#include <cstring>

namespace {

// The allocation escapes through a volatile object, so no optimiser may drop it; the pointer is then forgotten.
int *volatile lastAllocation = nullptr;

void allocate(bool keep)
{
    lastAllocation = new int[4]{1, 2, 3, 4};
    if (!keep)
        delete[] lastAllocation;
    lastAllocation = nullptr;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const char *mode = argc == 2 ? argv[1] : "";
    const bool leak = std::strcmp(mode, "none") != 0;
    if (std::strcmp(mode, "slot") == 0 || !leak) {
        QTimer timer;
        timer.setSingleShot(true);
        QObject::connect(&timer, &QTimer::timeout, &app, [leak] {
            allocate(leak);
            QCoreApplication::quit();
        });
        timer.start(0);
        QCoreApplication::exec();
    } else if (std::strcmp(mode, "thread-pool") == 0) {
        QThreadPool pool; // its own pool: joined below, so no idle worker's stack still holds the pointer
        pool.start([leak] { allocate(leak); });
        pool.waitForDone();
    } else {
        std::fprintf(stderr, "usage: lsan_probe slot|thread-pool|none\n");
        return 2;
    }
    pmg::test::checkLeaksNow(); // as the GUI tests do (support/guitestmain.cpp)
    std::printf("lsan_probe %s: finished without a leak report\n", mode);
    return 0;
}
