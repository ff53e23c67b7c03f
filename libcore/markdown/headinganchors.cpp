// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "headinganchors.h"

#include "curriculum/wikilink.h"

namespace pmg {

QString HeadingAnchors::take(const QString &headingText)
{
    const QString base = WikiLink::anchorFor(headingText);
    QString anchor = base.isEmpty() ? QStringLiteral("section") : base;
    for (int i = 2; m_used.contains(anchor); ++i)
        anchor = base + u'-' + QString::number(i);
    m_used.insert(anchor);
    return anchor;
}

} // namespace pmg
