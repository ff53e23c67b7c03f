// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QString>

#include <memory>

class QPalette;

namespace pmg {

class CodeHighlighter;
class Garden;
class MarkdownRenderer;

/// Quiz text (Markdown from the curriculum) as HTML for Qt's rich-text widgets: code highlighted by CodeHighlighter
/// in a padded frame, wiki links as `garden:/note/…` links, and a stylesheet made from the palette and the
/// highlighting theme, so light and dark both read well. The highlighter is built on first use (its syntax repository
/// is costly to load).
class QuizHtml final
{
public:
    explicit QuizHtml(Garden &garden);
    ~QuizHtml();

    /// Block content: paragraphs, lists, framed code.
    QString block(const QString &markdown);
    /// One line of inline Markdown (an option), without the paragraph around it.
    QString inlineText(const QString &markdown);
    /// A `garden:/note/<id>` link titled with the note's title.
    QString noteLink(const QString &noteId, const QString &prefix) const;

    /// The default stylesheet for a QTextDocument shown with `palette`.
    QString stylesheet(const QPalette &palette);

    static bool isDark(const QPalette &palette);
    /// Colours for right and wrong that keep their contrast on the palette's base colour.
    static QColor goodColour(const QPalette &palette);
    static QColor badColour(const QPalette &palette);
    static QColor codeBackground(const QPalette &palette);

private:
    MarkdownRenderer &markdown();

    Garden &m_garden;
    std::unique_ptr<CodeHighlighter> m_highlighter;
    std::unique_ptr<MarkdownRenderer> m_markdown;
    QString m_css[2]; ///< highlighting rules, light and dark
};

} // namespace pmg
