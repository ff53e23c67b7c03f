// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace pmg {

/// How an attempt is taken. Practice: the answer is shown after each question, and the attempt may be paused (its
/// time runs only while it is being taken). Exam: no pause, results at the end, and the deadline stands even while the
/// app is closed.
enum class QuizMode { Practice, Exam };

inline QString quizModeName(QuizMode mode)
{
    return mode == QuizMode::Exam ? QStringLiteral("exam") : QStringLiteral("practice");
}

inline std::optional<QuizMode> quizModeFromString(const QString &text)
{
    if (text == u"practice")
        return QuizMode::Practice;
    if (text == u"exam")
        return QuizMode::Exam;
    return std::nullopt;
}

} // namespace pmg
