// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchhit.h"

using namespace Qt::StringLiterals;

namespace pmg {

QString SearchHit::snippetText(const QString &open, const QString &close) const
{
    // snippetHtml holds only escaped text and <b>/</b>, so undoing exactly those is enough.
    QString text = snippetHtml;
    text.replace(u"<b>"_s, open).replace(u"</b>"_s, close);
    text.replace(u"&lt;"_s, u"<"_s).replace(u"&gt;"_s, u">"_s).replace(u"&quot;"_s, u"\""_s);
    return text.replace(u"&amp;"_s, u"&"_s);
}

QString SearchHit::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Note:
        return u"note"_s;
    case Kind::Flashcard:
        return u"flashcard"_s;
    case Kind::Question:
        return u"question"_s;
    case Kind::Challenge:
        return u"challenge"_s;
    }
    return {};
}

} // namespace pmg
