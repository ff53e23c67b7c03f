// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fuzzymatcher.h"

#include <algorithm>
#include <limits>
#include <vector>

using namespace Qt::StringLiterals;

namespace pmg {

namespace {

// Weights, in the spirit of fzf: a matched character is worth `match`; starting a word adds more than continuing a run,
// so "adv ex" prefers "Advanced Examples" over "ADVancEd"; gaps cost little, so long titles still match.
constexpr int match = 16;
constexpr int wordStart = 24;
constexpr int firstCharacter = 8;
constexpr int consecutive = 12;
constexpr int gap = 2;
constexpr int leadingGapLimit = 10;
constexpr int impossible = std::numeric_limits<int>::min() / 4;

bool isWordStart(const QString &text, qsizetype j)
{
    if (j == 0)
        return true;
    const QChar prev = text.at(j - 1);
    const QChar cur = text.at(j);
    if (!prev.isLetterOrNumber())
        return cur.isLetterOrNumber();
    return (prev.isLower() && cur.isUpper()) || (prev.isLetter() && cur.isDigit())
           || (prev.isDigit() && cur.isLetter());
}

} // namespace

std::optional<int> FuzzyMatcher::score(const QString &pattern, const QString &candidate)
{
    QString p;
    for (const QChar c : pattern) {
        if (!c.isSpace())
            p += c.toCaseFolded();
    }
    const qsizetype m = candidate.size();
    if (p.isEmpty())
        return 0;
    if (p.size() > m)
        return std::nullopt;
    const QString folded = candidate.toCaseFolded();
    if (folded.size() != m) // folding changed the length (rare scripts): fall back to the unfolded text
        return std::nullopt;

    std::vector<int> bonus(static_cast<size_t>(m));
    for (qsizetype j = 0; j < m; ++j)
        bonus[static_cast<size_t>(j)] =
            match + (isWordStart(candidate, j) ? wordStart : 0) + (j == 0 ? firstCharacter : 0);

    // best[j]: the best score with the current pattern character matched at candidate position j.
    std::vector<int> best(static_cast<size_t>(m), impossible);
    for (qsizetype j = 0; j < m; ++j) {
        if (folded.at(j) == p.at(0))
            best[static_cast<size_t>(j)] =
                bonus[static_cast<size_t>(j)] - static_cast<int>(std::min<qsizetype>(j, leadingGapLimit));
    }
    for (qsizetype i = 1; i < p.size(); ++i) {
        std::vector<int> next(static_cast<size_t>(m), impossible);
        int reach = impossible; // best predecessor at k < j, minus `gap` per character skipped between k and j
        for (qsizetype j = 1; j < m; ++j) {
            const int previous = best[static_cast<size_t>(j - 1)];
            reach = std::max(reach == impossible ? impossible : reach - gap, previous);
            if (folded.at(j) != p.at(i) || reach == impossible)
                continue;
            const int run = previous == impossible ? impossible : previous + consecutive;
            next[static_cast<size_t>(j)] = bonus[static_cast<size_t>(j)] + std::max(reach, run);
        }
        best.swap(next);
    }
    const int top = *std::max_element(best.begin(), best.end());
    if (top == impossible)
        return std::nullopt;
    return top - static_cast<int>(m); // the shorter of two equal matches wins
}

QString FuzzyMatcher::candidateText(const Note &note)
{
    return note.section.isEmpty() ? note.title : note.section + u' ' + note.title;
}

QList<const Note *> FuzzyMatcher::rank(const Curriculum &curriculum, const QString &pattern, int limit)
{
    struct Scored {
        int score;
        qsizetype length;
        qsizetype index;
    };
    QList<const Note *> notes;
    if (pattern.trimmed().isEmpty()) {
        for (const Note &note : curriculum.notes) {
            if (notes.size() >= limit)
                break;
            notes.append(&note);
        }
        return notes;
    }
    std::vector<Scored> scored;
    for (qsizetype i = 0; i < curriculum.notes.size(); ++i) {
        const QString text = candidateText(curriculum.notes.at(i));
        if (const std::optional<int> s = score(pattern, text))
            scored.push_back({*s, text.size(), i});
    }
    std::stable_sort(scored.begin(), scored.end(), [](const Scored &a, const Scored &b) {
        if (a.score != b.score)
            return a.score > b.score;
        return a.length != b.length ? a.length < b.length : a.index < b.index;
    });
    for (const Scored &s : scored) {
        if (notes.size() >= limit)
            break;
        notes.append(&curriculum.notes.at(s.index));
    }
    return notes;
}

} // namespace pmg
