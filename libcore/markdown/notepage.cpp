// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "notepage.h"

namespace pmg {

QString NotePage::document(const QString &title, const QString &bodyHtml, Theme theme, const QString &headerHtml)
{
    const QLatin1String themeName = theme == Theme::Dark ? QLatin1String("dark") : QLatin1String("light");
    return QLatin1String("<!DOCTYPE html>\n<html lang=\"en\" data-theme=\"") + themeName
           + QLatin1String("\">\n<head>\n<meta charset=\"utf-8\">\n"
                           "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                           "style-src garden:; img-src garden: data:; font-src garden:\">\n"
                           "<meta name=\"color-scheme\" content=\"light dark\">\n"
                           "<link rel=\"stylesheet\" href=\"garden:/style/note.css\">\n"
                           "<link rel=\"stylesheet\" href=\"garden:/style/highlight.css\">\n<title>")
           + title.toHtmlEscaped() + QLatin1String("</title>\n</head>\n<body>\n<article class=\"note\">\n") + headerHtml
           + bodyHtml + QLatin1String("</article>\n</body>\n</html>\n");
}

} // namespace pmg
