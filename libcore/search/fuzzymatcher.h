// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "curriculum/curriculum.h"

#include <QList>
#include <QString>

#include <optional>

namespace pmg {

/// Quick-open matching of notes by "section title" ("2.1.3 Advanced examples"): the pattern's characters must appear
/// in order (case-insensitive, spaces in the pattern ignored), so "213", "adv ex" and "advex" all find that note.
/// Written by hand: a small fzf/Sublime-style scorer, as there is no fuzzy-matching library in our stack.
class FuzzyMatcher final
{
public:
    /// nullopt when `pattern` is not a subsequence of `candidate`; otherwise higher is better. Matches at word starts
    /// and consecutive runs score more, gaps cost a little, and of two equal matches the shorter candidate wins. An
    /// empty pattern matches everything with 0.
    static std::optional<int> score(const QString &pattern, const QString &candidate);

    /// The notes whose "section title" matches, best first (ties: shorter, then curriculum order); at most `limit`.
    /// An empty pattern lists the first `limit` notes in curriculum order.
    static QList<const Note *> rank(const Curriculum &curriculum, const QString &pattern, int limit = 20);

    /// The text a note is matched by: "2.1.3 Advanced examples".
    static QString candidateText(const Note &note);
};

} // namespace pmg
