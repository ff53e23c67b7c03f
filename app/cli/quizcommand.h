// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace pmg {

/// `garden quiz list [--profile DIR] [--curriculum DIR]`: the level and part quizzes, one tab-separated line each
/// under a header (id, title, level or part, questions, time limit m:ss, best and last score, "-" when none; scores
/// need --profile). `garden quiz history --format csv --profile DIR [--quiz ID]`: every attempt as CSV (attempt id,
/// quiz id, started and finished as ISO 8601 UTC, time limit in seconds, score, max score; an unfinished attempt has
/// no finished time and no score). Both only read, so they work beside the running app.
class QuizCommand final
{
public:
    static int run(const QStringList &arguments);

private:
    static int list(const QStringList &arguments);
    static int history(const QStringList &arguments);
};

} // namespace pmg
