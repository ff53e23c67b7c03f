// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "highlightstylesheet.h"

#include <QColor>
#include <QMetaEnum>

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

namespace pmg {

namespace KSH = KSyntaxHighlighting;

namespace {

KSH::Theme themeNamed(KSH::Repository &repository, const char *name, KSH::Repository::DefaultTheme fallback)
{
    KSH::Theme theme = repository.theme(QLatin1String(name));
    return theme.isValid() ? theme : repository.defaultTheme(fallback);
}

QString colorCss(QRgb rgb)
{
    return QColor::fromRgba(rgb).name(QColor::HexRgb);
}

QString rulesFor(const KSH::Theme &theme, const QString &scope)
{
    QString css;
    const QRgb background = theme.editorColor(KSH::Theme::BackgroundColor);
    const QRgb normal = theme.textColor(KSH::Theme::Normal);
    css += scope + QLatin1String(" pre.code{background:") + colorCss(background) + QLatin1String(";color:")
           + colorCss(normal) + QLatin1String("}\n");
    const QMetaEnum styles = QMetaEnum::fromType<KSH::Theme::TextStyle>();
    for (int i = 0; i < styles.keyCount(); ++i) {
        const auto style = static_cast<KSH::Theme::TextStyle>(styles.value(i));
        if (style == KSH::Theme::Normal)
            continue;
        QString decl;
        if (const QRgb fg = theme.textColor(style))
            decl += QLatin1String("color:") + colorCss(fg) + u';';
        if (const QRgb bg = theme.backgroundColor(style))
            decl += QLatin1String("background:") + colorCss(bg) + u';';
        if (theme.isBold(style))
            decl += QLatin1String("font-weight:bold;");
        if (theme.isItalic(style))
            decl += QLatin1String("font-style:italic;");
        if (theme.isUnderline(style))
            decl += QLatin1String("text-decoration:underline;");
        if (theme.isStrikeThrough(style))
            decl += QLatin1String("text-decoration:line-through;");
        if (!decl.isEmpty())
            css += scope + QLatin1String(" .hl-") + QLatin1String(styles.key(i)) + u'{' + decl + QLatin1String("}\n");
    }
    return css;
}

} // namespace

QString HighlightStylesheet::css(KSH::Repository &repository)
{
    const KSH::Theme light = themeNamed(repository, lightThemeName, KSH::Repository::LightTheme);
    const KSH::Theme dark = themeNamed(repository, darkThemeName, KSH::Repository::DarkTheme);
    return QLatin1String("/* generated from the KSyntaxHighlighting themes '") + light.name() + QLatin1String("' and '")
           + dark.name() + QLatin1String("' */\n") + rulesFor(light, QStringLiteral(":root"))
           + rulesFor(dark, QStringLiteral(":root[data-theme=\"dark\"]"));
}

QString HighlightStylesheet::documentCss(KSH::Repository &repository, bool dark)
{
    const KSH::Theme theme = dark ? themeNamed(repository, darkThemeName, KSH::Repository::DarkTheme)
                                  : themeNamed(repository, lightThemeName, KSH::Repository::LightTheme);
    return rulesFor(theme, QString());
}

} // namespace pmg
