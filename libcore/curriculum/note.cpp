// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "note.h"

#include <algorithm>

namespace pmg {

QList<int> Note::sectionNumbers() const
{
    QList<int> numbers;
    for (const QStringView number : QStringView(section).split(u'.'))
        numbers.append(number.toInt());
    return numbers;
}

QString Note::parentSection() const
{
    const qsizetype dot = section.lastIndexOf(u'.');
    return dot < 0 ? QString() : section.left(dot);
}

bool sectionLess(const Note &a, const Note &b)
{
    const QList<int> x = a.sectionNumbers();
    const QList<int> y = b.sectionNumbers();
    return std::lexicographical_compare(x.begin(), x.end(), y.begin(), y.end());
}

} // namespace pmg
