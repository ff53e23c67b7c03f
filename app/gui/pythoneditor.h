// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPlainTextEdit>

namespace KSyntaxHighlighting {
class Repository;
class SyntaxHighlighter;
} // namespace KSyntaxHighlighting

namespace pmg {

/// A small Python editor: highlighting (KSyntaxHighlighting, following the palette's light or dark mode), line
/// numbers, and the indentation habits of Python editors — Enter keeps the indentation and adds 4 spaces after a ':'
/// (and removes 4 after return, pass, raise, break or continue), Tab inserts spaces to the next multiple of 4 (or
/// indents the selected lines), Shift+Tab dedents, Backspace in the indentation removes up to 4 spaces. Every such
/// edit is one step of undo.
class PythonEditor final : public QPlainTextEdit
{
    Q_OBJECT

public:
    static constexpr int indentWidth = 4;

    /// `repository` (the app's one: building another is costly) must outlive the editor.
    explicit PythonEditor(KSyntaxHighlighting::Repository &repository, QWidget *parent = nullptr);
    ~PythonEditor() override;

    /// Replaces the whole text as one step the learner can undo (Ctrl+Z), unlike setPlainText().
    void replaceAllUndoably(const QString &text);

    int lineNumberAreaWidth() const;
    /// Paints the line numbers (called by the gutter widget).
    void paintLineNumbers(QPaintEvent *event);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();
    void updateGutter(const QRect &rect, int dy);
    void highlightCurrentLine();
    void insertNewline();
    void indentSelection();
    void dedentSelection();
    bool dedentBeforeCursor();
    void insertIndent();

    KSyntaxHighlighting::Repository &m_repository;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter = nullptr;
    QWidget *m_gutter = nullptr;
    bool m_dark = false;
};

} // namespace pmg
