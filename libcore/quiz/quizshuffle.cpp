// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quizshuffle.h"

#include <limits>
#include <numeric>
#include <random>

namespace pmg {

namespace {

// A uniform draw from 0 … bound−1 by rejection (no modulo bias), using only the generator's specified output.
quint64 below(std::mt19937_64 &engine, quint64 bound)
{
    const quint64 limit = std::numeric_limits<quint64>::max() - std::numeric_limits<quint64>::max() % bound;
    quint64 value = engine();
    while (value >= limit)
        value = engine();
    return value % bound;
}

} // namespace

QList<int> QuizShuffle::permutation(quint64 seed, qsizetype n)
{
    QList<int> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::mt19937_64 engine(seed);
    for (qsizetype i = n - 1; i > 0; --i)
        std::swap(order[i], order[qsizetype(below(engine, quint64(i) + 1))]);
    return order;
}

QStringList QuizShuffle::shuffled(quint64 seed, const QStringList &items)
{
    QStringList result;
    result.reserve(items.size());
    for (const int i : permutation(seed, items.size()))
        result.append(items.at(i));
    return result;
}

QList<int> QuizShuffle::optionOrder(quint64 seed, QStringView questionId, qsizetype optionCount)
{
    return permutation(seed ^ stableHash(questionId), optionCount);
}

quint64 QuizShuffle::stableHash(QStringView text)
{
    quint64 hash = 14695981039346656037ULL;
    for (const QChar c : text) {
        hash ^= c.unicode();
        hash *= 1099511628211ULL;
    }
    return hash;
}

} // namespace pmg
