// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QList>
#include <QString>

#include <csignal>

namespace pmg::test {

/// The state letter (R, S, Z …) and process group of a process, from /proc/<pid>/stat; state '?' when it is gone.
struct ProcessState {
    char state = '?';
    qint64 group = 0;
};

inline ProcessState processState(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return {};
    // "pid (comm) state ppid pgrp …"; comm may hold spaces and parentheses, so read after the last ')'.
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 3 || fields[0].isEmpty())
        return {};
    return {fields[0].at(0), fields[2].toLongLong()};
}

/// Whether the process runs (or sleeps): it exists and is neither a zombie waiting to be reaped nor dead.
inline bool isAlive(qint64 pid)
{
    const char state = processState(pid).state;
    return state != '?' && state != 'Z' && state != 'X';
}

/// The pids of processes in `group` that are still alive.
inline QList<qint64> livingProcessesInGroup(qint64 group)
{
    QList<qint64> living;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool isPid = false;
        const qint64 pid = entry.toLongLong(&isPid);
        if (isPid && processState(pid).group == group && isAlive(pid))
            living.append(pid);
    }
    return living;
}

/// Kills what a failed test left behind, so that one broken run does not leave sleepers on the machine.
inline void killLeftovers(const QList<qint64> &pids)
{
    for (qint64 pid : pids)
        ::kill(pid_t(pid), SIGKILL);
}

} // namespace pmg::test
