// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace pmg {

/// A child's output stream kept up to a cap: what comes after the cap is counted and dropped, so a program printing
/// without end costs neither memory nor a blocked pipe (the parent keeps reading).
class CappedOutput final
{
public:
    explicit CappedOutput(qint64 cap)
        : m_cap(cap)
    {}

    void append(QByteArrayView chunk);

    /// What was kept, cut at a whole UTF-8 character, followed by "… output truncated" when something was dropped.
    QByteArray text() const;
    bool truncated() const { return m_total > m_kept.size(); }
    /// Every byte received, kept or not.
    qint64 totalBytes() const { return m_total; }

private:
    qint64 m_cap;
    qint64 m_total = 0;
    QByteArray m_kept;
};

} // namespace pmg
