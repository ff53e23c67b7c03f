// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace pmg {

/// `garden search "QUERY" [--curriculum DIR] [--profile DIR] [--limit N] [--json]`: full-text search over the
/// curriculum, one `id<TAB>title<TAB>snippet` line per hit (or a JSON array). With --profile the index in
/// `<profile>/garden.sqlite` is brought up to date and reused; without, it is built in memory. Exit status 0 with
/// hits, 1 without, 2 on error.
class SearchCommand final
{
public:
    static int run(const QStringList &arguments);
};

} // namespace pmg
