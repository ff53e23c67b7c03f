// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tableofcontents.h"

using namespace Qt::StringLiterals;

namespace pmg {

QString TableOfContents::html(const QList<TocEntry> &entries)
{
    if (entries.size() < minimumEntries)
        return {};
    QString html =
        u"<nav class=\"toc\" aria-label=\"On this page\">\n<p class=\"toc-title\">On this page</p>\n<ul>\n"_s;
    bool nested = false; // inside a <ul> of ### entries under the last ## entry
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const TocEntry &entry = entries[i];
        // A ### before any ## (or right at the start) has no parent entry and is listed at the top level.
        const bool sub = entry.level > 2 && i > 0;
        if (sub && !nested) {
            html += u"\n<ul>\n"_s;
            nested = true;
        } else if (!sub) {
            if (nested) {
                html += u"</ul>\n"_s;
                nested = false;
            }
            if (i > 0)
                html += u"</li>\n"_s;
        }
        html += u"<li><a href=\"#"_s + entry.anchor.toHtmlEscaped() + u"\">"_s + entry.text.toHtmlEscaped() + u"</a>"_s;
        if (sub)
            html += u"</li>\n"_s;
    }
    if (nested)
        html += u"</ul>\n"_s;
    html += u"</li>\n</ul>\n</nav>\n"_s;
    return html;
}

} // namespace pmg
