// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostic.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace pmg {

/// The `key=value key="two words"` attributes on the first line of a study-item callout.
class CalloutAttributes final
{
public:
    /// Reports malformed tokens, duplicates and keys not in `allowed`.
    static CalloutAttributes parse(const QString &header, const QStringList &allowed, int line, const QString &file,
                                   Diagnostics &diagnostics);

    QString value(const QString &key) const { return m_values.value(key); }
    bool contains(const QString &key) const { return m_values.contains(key); }

private:
    QHash<QString, QString> m_values;
};

} // namespace pmg
