// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace pmg {

/// Turns what the learner typed into an FTS5 MATCH expression. Input is never passed to MATCH as it is: FTS5 has its
/// own query syntax (AND, OR, NOT, NEAR, "…", *, ^, column filters, parentheses) in which ordinary typing such as
/// `a AND (` or a lone `"` is a syntax error. Instead the input is split into words the way the unicode61 tokenizer
/// splits text (runs of letters and numbers; everything else separates) and each word becomes a quoted prefix term,
/// all of which must match.
class SearchQuery final
{
public:
    /// At most this many words are used; the rest of a pasted paragraph is ignored.
    static constexpr int maxTerms = 16;

    /// "Generators: yield!" → {"Generators", "yield"}.
    static QStringList terms(const QString &input);
    /// {"gener", "yield"} → `"gener"* "yield"*`; empty when the input has no words (then nothing matches).
    static QString matchExpression(const QString &input);
};

} // namespace pmg
