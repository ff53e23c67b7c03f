// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace pmg {

/// How advanced a note or study item is; quizzes are grouped by it.
enum class Level { Beginner, Intermediate, Expert };

inline std::optional<Level> levelFromString(const QString &text)
{
    if (text == u"beginner")
        return Level::Beginner;
    if (text == u"intermediate")
        return Level::Intermediate;
    if (text == u"expert")
        return Level::Expert;
    return std::nullopt;
}

inline QString levelName(Level level)
{
    switch (level) {
    case Level::Beginner:
        return QStringLiteral("beginner");
    case Level::Intermediate:
        return QStringLiteral("intermediate");
    case Level::Expert:
        return QStringLiteral("expert");
    }
    return {};
}

} // namespace pmg
