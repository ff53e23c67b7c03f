// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storeerror.h"

#include <QLockFile>

#include <memory>

namespace pmg {

/// One running copy of the app per profile: a lock file in the profile folder (QLockFile, which also notices a lock
/// left behind by a copy that crashed). A second copy learns which process holds it.
class ProfileLock final
{
public:
    explicit ProfileLock(const QString &profileDir);
    ~ProfileLock();
    ProfileLock(const ProfileLock &) = delete;
    ProfileLock &operator=(const ProfileLock &) = delete;

    /// "garden.lock".
    static QString fileName();

    /// Takes the lock without waiting. HeldByAnotherInstance names the holder; ReadOnly when the folder cannot be
    /// written (nothing can be locked, and nothing will be written either).
    StoreError acquire();
    bool isHeld() const;
    void release();

private:
    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace pmg
