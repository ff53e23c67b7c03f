// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "codehighlighter.h"

#include <QMetaEnum>

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>

#include <algorithm>

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

// The same four characters QString::toHtmlEscaped() replaces, appended in place instead of through a temporary.
void appendEscaped(QString &out, QStringView text)
{
    qsizetype plain = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        QLatin1String entity;
        switch (text[i].unicode()) {
        case u'<':
            entity = QLatin1String("&lt;");
            break;
        case u'>':
            entity = QLatin1String("&gt;");
            break;
        case u'&':
            entity = QLatin1String("&amp;");
            break;
        case u'"':
            entity = QLatin1String("&quot;");
            break;
        default:
            continue;
        }
        out.append(text.sliced(plain, i - plain));
        out.append(entity);
        plain = i + 1;
    }
    out.append(text.sliced(plain));
}

// `<span class="hl-Keyword">` for every text style, built once instead of per token.
const QString &spanOpening(KSH::Theme::TextStyle style)
{
    static const QList<QString> openings = [] {
        const QMetaEnum styles = QMetaEnum::fromType<KSH::Theme::TextStyle>();
        QList<QString> list;
        for (int i = 0; i < styles.keyCount(); ++i) {
            const int value = styles.value(i);
            if (value >= list.size())
                list.resize(value + 1);
            list[value] = QLatin1String("<span class=\"hl-") + QLatin1String(styles.key(i)) + QLatin1String("\">");
        }
        return list;
    }();
    static const QString fallback = QStringLiteral("<span>");
    return style >= 0 && style < openings.size() ? openings[style] : fallback;
}

} // namespace

CodeHighlighter::CodeHighlighter() = default;

CodeHighlighter::~CodeHighlighter() = default;

void CodeHighlighter::setWorkerCount(int count)
{
    m_workerCount = std::max(0, count);
    m_workers.reset();
}

QList<QString> CodeHighlighter::toHtml(const QList<CodeSnippet> &snippets)
{
    if (!m_workers)
        m_workers = std::make_unique<HighlightWorkers>(m_workerCount < 0 ? HighlightWorkers::defaultWorkerCount()
                                                                         : m_workerCount);
    return m_workers->toHtml(*this, snippets);
}

KSH::Definition CodeHighlighter::definitionFor(const QString &language)
{
    if (language.isEmpty())
        return {};
    auto it = m_definitions.constFind(language);
    if (it == m_definitions.cend())
        it = m_definitions.insert(language, lookUpDefinition(language));
    return *it;
}

KSH::Definition CodeHighlighter::lookUpDefinition(const QString &language) const
{
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
    m_html.reserve(code.size() * 3);
    KSH::State state;
    const QStringView all(code);
    for (qsizetype start = 0;;) {
        const qsizetype end = all.indexOf(u'\n', start);
        m_line = all.sliced(start, (end < 0 ? all.size() : end) - start);
        state = highlightLine(m_line, state);
        if (end < 0)
            break;
        m_html += u'\n';
        start = end + 1;
    }
    m_line = {};
    return m_html;
}

void CodeHighlighter::applyFormat(int offset, int length, const KSH::Format &format)
{
    const QStringView text = m_line.sliced(offset, length);
    if (!format.isValid() || format.textStyle() == KSH::Theme::Normal) {
        appendEscaped(m_html, text);
        return;
    }
    m_html += spanOpening(format.textStyle());
    appendEscaped(m_html, text);
    m_html += QLatin1String("</span>");
}

} // namespace pmg
