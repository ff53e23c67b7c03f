// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>
#include <QStringView>

namespace pmg {

/// Reproducible shuffles from an attempt's stored seed. The generator is std::mt19937_64, whose output the C++
/// standard fixes, and the Fisher–Yates shuffle and the bounded draws are written here (std::shuffle and the standard
/// distributions differ between libraries), so a seed gives the same order on every machine and in every version.
class QuizShuffle final
{
public:
    /// A permutation of 0 … n−1 drawn from `seed`.
    static QList<int> permutation(quint64 seed, qsizetype n);
    /// `items` in the order of permutation(seed, items.size()).
    static QStringList shuffled(quint64 seed, const QStringList &items);
    /// The order in which a question's options are shown: each question gets its own stream, derived from the
    /// attempt's seed and the question's id, so it does not change when the attempt's other questions do.
    static QList<int> optionOrder(quint64 seed, QStringView questionId, qsizetype optionCount);
    /// A stable 64-bit hash (FNV-1a over UTF-16; qHash is seeded per process and would not reproduce).
    static quint64 stableHash(QStringView text);
};

} // namespace pmg
