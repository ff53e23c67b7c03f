// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace pmg {

/// `garden lint [DIR] [--json] [--run]`: every curriculum problem as `file:line: message`, then a summary line
/// (or JSON). Exit status 1 when there is any error, 0 otherwise.
class LintCommand final
{
public:
    static int run(const QStringList &arguments);
};

} // namespace pmg
