// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <chrono>

namespace pmg {

/// How much a sandboxed run may take. The wall-clock timeout is enforced by the parent (the whole process group is
/// killed); the rest are resource limits the kernel enforces on the child and everything it starts.
struct SandboxLimits {
    std::chrono::milliseconds timeout = std::chrono::seconds(10);
    /// CPU time over all threads; a busy multi-threaded program reaches it before the wall-clock timeout.
    int cpuSeconds = 10;
    /// Virtual memory, generous because every thread reserves its stack and malloc arena up front.
    qint64 addressSpaceBytes = qint64(2) << 30;
    int openFiles = 256;
    /// The largest file the code may write (then EFBIG), so a runaway loop cannot fill the disk.
    qint64 fileSizeBytes = qint64(64) << 20;
    /// What is kept of standard output and of standard error each; the rest is read and dropped.
    qint64 outputCapBytes = qint64(1) << 20;
};

} // namespace pmg
