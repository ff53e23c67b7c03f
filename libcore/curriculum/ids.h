// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRegularExpression>
#include <QString>

namespace pmg {

/// Note, item and tag ids: lowercase letters, digits and single dashes ("c-mutable-default"). They are what study
/// history is stored against, so the rule is strict and never depends on locale.
inline bool isValidId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    return pattern.match(id).hasMatch();
}

} // namespace pmg
