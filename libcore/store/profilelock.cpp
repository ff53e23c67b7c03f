// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilelock.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace pmg {

ProfileLock::ProfileLock(const QString &profileDir)
    : m_path(QDir(profileDir).filePath(fileName()))
{}

ProfileLock::~ProfileLock() = default;

QString ProfileLock::fileName()
{
    return u"garden.lock"_s;
}

StoreError ProfileLock::acquire()
{
    if (isHeld())
        return {};
    auto lock = std::make_unique<QLockFile>(m_path);
    // A running app holds its lock for days: age alone must never make it stale. QLockFile still removes a lock whose
    // process is gone (a crash), which is the case that matters.
    lock->setStaleLockTime(0);
    if (lock->tryLock(0)) {
        m_lock = std::move(lock);
        return {};
    }
    switch (lock->error()) {
    case QLockFile::LockFailedError: {
        qint64 pid = 0;
        QString host;
        QString app;
        if (lock->getLockInfo(&pid, &host, &app)) {
            return {StoreError::Kind::HeldByAnotherInstance, m_path,
                    u"this profile is open in another copy of the app (%1, process %2 on %3)"_s
                        .arg(app.isEmpty() ? u"unknown program"_s : app)
                        .arg(pid)
                        .arg(host.isEmpty() ? u"this computer"_s : host)};
        }
        return {StoreError::Kind::HeldByAnotherInstance, m_path, u"this profile is open in another copy of the app"_s};
    }
    case QLockFile::PermissionError:
        return {StoreError::Kind::ReadOnly, m_path, u"the profile folder cannot be written"_s};
    case QLockFile::NoError:
    case QLockFile::UnknownError:
        break;
    }
    return {StoreError::Kind::Io, m_path, u"cannot create the lock file"_s};
}

bool ProfileLock::isHeld() const
{
    return m_lock && m_lock->isLocked();
}

void ProfileLock::release()
{
    m_lock.reset();
}

} // namespace pmg
