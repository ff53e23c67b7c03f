// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "codehighlighter.h"

#include <QMetaEnum>

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>

namespace pmg {

namespace KSH = KSyntaxHighlighting;

namespace {

// Fence words whose KSyntaxHighlighting definition has another name. Everything else is looked up by name, alternative
// name, MIME type and file extension (the same chain as KSyntaxHighlighting's own command-line tool).
QString aliasFor(const QString &language)
{
    static const QHash<QString, QString> aliases{
        {QStringLiteral("pycon"), QStringLiteral("Python")},
        {QStringLiteral("python3"), QStringLiteral("Python")},
        {QStringLiteral("console"), QStringLiteral("Bash")},
        {QStringLiteral("shell"), QStringLiteral("Bash")},
        {QStringLiteral("sh"), QStringLiteral("Bash")},
        {QStringLiteral("bash"), QStringLiteral("Bash")},
        {QStringLiteral("dockerfile"), QStringLiteral("Dockerfile")},
        {QStringLiteral("docker"), QStringLiteral("Dockerfile")},
        {QStringLiteral("ini"), QStringLiteral("INI Files")},
        {QStringLiteral("cfg"), QStringLiteral("INI Files")},
        {QStringLiteral("diff"), QStringLiteral("Diff")},
        {QStringLiteral("patch"), QStringLiteral("Diff")},
        {QStringLiteral("yml"), QStringLiteral("YAML")},
        {QStringLiteral("md"), QStringLiteral("Markdown")},
        {QStringLiteral("jinja"), QStringLiteral("Jinja")},
        {QStringLiteral("html"), QStringLiteral("HTML")},
    };
    return aliases.value(language.toLower());
}

} // namespace

CodeHighlighter::CodeHighlighter() = default;

KSH::Definition CodeHighlighter::definitionFor(const QString &language)
{
    if (language.isEmpty())
        return {};
    const QString alias = aliasFor(language);
    if (!alias.isEmpty()) {
        const KSH::Definition def = m_repository.definitionForName(alias);
        if (def.isValid())
            return def;
    }
    KSH::Definition def = m_repository.definitionForName(language);
    if (!def.isValid())
        def = m_repository.definitionForMimeType(language);
    if (!def.isValid())
        def = m_repository.definitionForFileName(QStringLiteral("file.") + language);
    return def;
}

bool CodeHighlighter::knowsLanguage(const QString &language)
{
    return definitionFor(language).isValid();
}

QString CodeHighlighter::toHtml(const QString &code, const QString &language)
{
    const KSH::Definition def = definitionFor(language);
    if (!def.isValid())
        return code.toHtmlEscaped();

    setDefinition(def);
    m_html.clear();
    m_html.reserve(code.size() * 2);
    KSH::State state;
    const QList<QStringView> lines = QStringView(code).split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        m_line = lines[i];
        state = highlightLine(m_line, state);
        if (i + 1 < lines.size())
            m_html += u'\n';
    }
    m_line = {};
    return m_html;
}

void CodeHighlighter::applyFormat(int offset, int length, const KSH::Format &format)
{
    const QString text = m_line.mid(offset, length).toString().toHtmlEscaped();
    if (!format.isValid() || format.textStyle() == KSH::Theme::Normal) {
        m_html += text;
        return;
    }
    static const QMetaEnum styles = QMetaEnum::fromType<KSH::Theme::TextStyle>();
    m_html += QLatin1String("<span class=\"hl-") + QLatin1String(styles.valueToKey(format.textStyle()))
              + QLatin1String("\">") + text + QLatin1String("</span>");
}

} // namespace pmg
