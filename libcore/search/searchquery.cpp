// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchquery.h"

using namespace Qt::StringLiterals;

namespace pmg {

namespace {

// unicode61's token characters: letters, numbers, private use; combining marks stay with the letter they follow.
bool isWordChar(char32_t c)
{
    return QChar::isLetterOrNumber(c) || QChar::category(c) == QChar::Other_PrivateUse;
}

bool isMark(char32_t c)
{
    const QChar::Category category = QChar::category(c);
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
           || category == QChar::Mark_Enclosing;
}

} // namespace

QStringList SearchQuery::terms(const QString &input)
{
    QStringList terms;
    QString current;
    for (const uint code : input.toUcs4()) {
        if (terms.size() >= maxTerms)
            break;
        const auto c = static_cast<char32_t>(code);
        if (isWordChar(c) || (!current.isEmpty() && isMark(c))) {
            current += QString::fromUcs4(&c, 1);
        } else if (!current.isEmpty()) {
            terms.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty() && terms.size() < maxTerms)
        terms.append(current);
    return terms;
}

QString SearchQuery::matchExpression(const QString &input)
{
    QStringList quoted;
    // A term holds no '"' (only letters, numbers and marks), so quoting cannot be broken out of.
    for (const QString &term : terms(input))
        quoted.append(u'"' + term + u"\"*"_s);
    return quoted.join(u' ');
}

} // namespace pmg
