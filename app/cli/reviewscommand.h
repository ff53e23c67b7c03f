// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace pmg {

/// `garden reviews import FILE.csv | export` and `garden cards export | rename OLD NEW`, all with `--profile DIR`:
/// moving review history in and out (migration from another app, a second device, scripts). An import is one
/// transaction and all or nothing: every bad row is reported as FILE:LINE: reason and nothing is imported.
class ReviewsCommand final
{
public:
    static int runReviews(const QStringList &arguments);
    static int runCards(const QStringList &arguments);
};

} // namespace pmg
