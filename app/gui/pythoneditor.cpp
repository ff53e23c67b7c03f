// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pythoneditor.h"

#include "challengecolours.h"
#include "highlight/highlightstylesheet.h"

#include <QFontDatabase>
#include <QKeyEvent>
#include <QPainter>
#include <QRegularExpression>
#include <QTextBlock>

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <functional>

using namespace Qt::StringLiterals;

namespace pmg {

namespace {

/// The strip left of the text that shows line numbers; the editor paints it.
class Gutter final : public QWidget
{
public:
    explicit Gutter(PythonEditor *editor)
        : QWidget(editor)
        , m_editor(editor)
    {}
    QSize sizeHint() const override { return {m_editor->lineNumberAreaWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_editor->paintLineNumbers(event); }

private:
    PythonEditor *m_editor;
};

QString leadingSpaces(const QString &line)
{
    qsizetype n = 0;
    while (n < line.size() && line.at(n) == u' ')
        ++n;
    return line.left(n);
}

/// The code of a line without its comment and trailing blanks (a '#' inside a string is rare enough in a line that
/// ends a block header to be ignored).
QString codePart(const QString &line)
{
    const qsizetype hash = line.indexOf(u'#');
    return (hash < 0 ? line : line.left(hash)).trimmed();
}

/// Whether the line ends its block, so that the next line is one level out.
bool endsBlock(const QString &code)
{
    static const QRegularExpression ender(u"^(return|pass|raise|break|continue)\\b"_s);
    return ender.match(code).hasMatch();
}

} // namespace

PythonEditor::PythonEditor(KSyntaxHighlighting::Repository &repository, QWidget *parent)
    : QPlainTextEdit(parent)
    , m_repository(repository)
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabChangesFocus(false);
    setTabStopDistance(fontMetrics().horizontalAdvance(QString(indentWidth, u' ')));
    setAccessibleName(tr("Python code"));
    m_highlighter = new KSyntaxHighlighting::SyntaxHighlighter(document());
    m_highlighter->setDefinition(m_repository.definitionForName(u"Python"_s));
    m_gutter = new Gutter(this);

    connect(this, &QPlainTextEdit::blockCountChanged, this,
            [this] { setViewportMargins(lineNumberAreaWidth(), 0, 0, 0); });
    connect(this, &QPlainTextEdit::updateRequest, this, &PythonEditor::updateGutter);
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, &PythonEditor::highlightCurrentLine);
    setViewportMargins(lineNumberAreaWidth(), 0, 0, 0);
    applyPalette();
}

PythonEditor::~PythonEditor()
{
    // Detaching the highlighter touches the document; nothing of ours may react to that any more.
    disconnect(this, nullptr, this, nullptr);
    delete m_highlighter;
}

void PythonEditor::replaceAllUndoably(const QString &text)
{
    QTextCursor cursor(document());
    cursor.beginEditBlock();
    cursor.select(QTextCursor::Document);
    cursor.insertText(text);
    cursor.endEditBlock();
    cursor.movePosition(QTextCursor::Start);
    setTextCursor(cursor);
}

int PythonEditor::lineNumberAreaWidth() const
{
    const int digits = QString::number(std::max(1, blockCount())).size();
    return 12 + fontMetrics().horizontalAdvance(u'9') * std::max(2, digits);
}

void PythonEditor::paintLineNumbers(QPaintEvent *event)
{
    QPainter painter(m_gutter);
    const QPalette &pal = palette();
    painter.fillRect(event->rect(), pal.color(QPalette::Window));
    const int current = textCursor().blockNumber();
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    const int width = m_gutter->width() - 6;
    while (block.isValid() && top <= event->rect().bottom()) {
        const int height = qRound(blockBoundingRect(block).height());
        if (block.isVisible() && top + height >= event->rect().top()) {
            painter.setPen(block.blockNumber() == current ? pal.color(QPalette::Text) : ChallengeColours::muted(pal));
            painter.drawText(0, top, width, fontMetrics().height(), Qt::AlignRight,
                             QString::number(block.blockNumber() + 1));
        }
        block = block.next();
        top += height;
    }
}

void PythonEditor::updateGutter(const QRect &rect, int dy)
{
    if (dy != 0)
        m_gutter->scroll(0, dy);
    else
        m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
}

void PythonEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect area = contentsRect();
    m_gutter->setGeometry(QRect(area.left(), area.top(), lineNumberAreaWidth(), area.height()));
}

void PythonEditor::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

// AppTheme switches the application palette between light and dark; the code colours follow it.
void PythonEditor::applyPalette()
{
    const bool dark = ChallengeColours::isDark(palette());
    if (dark != m_dark || !m_highlighter->theme().isValid()) {
        m_dark = dark;
        // The code colours of the notes (HighlightStylesheet's themes), so code reads the same in both places.
        const KSyntaxHighlighting::Theme named = m_repository.theme(
            QLatin1String(dark ? HighlightStylesheet::darkThemeName : HighlightStylesheet::lightThemeName));
        m_highlighter->setTheme(named.isValid()
                                    ? named
                                    : m_repository.defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme
                                                                     : KSyntaxHighlighting::Repository::LightTheme));
        m_highlighter->rehighlight();
    }
    highlightCurrentLine();
    m_gutter->update();
}

void PythonEditor::highlightCurrentLine()
{
    QTextEdit::ExtraSelection line;
    QColor colour = palette().color(QPalette::Highlight);
    colour.setAlpha(m_dark ? 40 : 22);
    line.format.setBackground(colour);
    line.format.setProperty(QTextFormat::FullWidthSelection, true);
    line.cursor = textCursor();
    line.cursor.clearSelection();
    setExtraSelections({line});
    m_gutter->update();
}

void PythonEditor::keyPressEvent(QKeyEvent *event)
{
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    const bool plain = mods == Qt::NoModifier;
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (plain) {
            insertNewline();
            return;
        }
        if (mods & Qt::ControlModifier) {
            event->ignore(); // Ctrl+Enter runs the tests: it is the workspace's, never a line break
            return;
        }
        break;
    case Qt::Key_Tab:
        if (plain) {
            if (textCursor().hasSelection() && textCursor().selectedText().contains(QChar::ParagraphSeparator))
                indentSelection();
            else
                insertIndent();
            return;
        }
        break;
    case Qt::Key_Backtab:
        dedentSelection();
        return;
    case Qt::Key_Backspace:
        if (plain && !textCursor().hasSelection() && dedentBeforeCursor())
            return;
        break;
    default:
        break;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void PythonEditor::insertNewline()
{
    QTextCursor cursor = textCursor();
    const QString line = cursor.block().text();
    const QString before = line.left(cursor.positionInBlock());
    QString indent = leadingSpaces(line);
    if (indent.size() > before.size())
        indent.truncate(before.size()); // Enter inside the indentation keeps only what is left of the cursor
    const QString code = codePart(before);
    if (code.endsWith(u':'))
        indent += QString(indentWidth, u' ');
    else if (endsBlock(code))
        indent.chop(std::min<qsizetype>(indentWidth, indent.size()));
    cursor.beginEditBlock();
    cursor.insertBlock();
    cursor.insertText(indent);
    cursor.endEditBlock();
    setTextCursor(cursor);
    ensureCursorVisible();
}

void PythonEditor::insertIndent()
{
    QTextCursor cursor = textCursor();
    cursor.beginEditBlock();
    cursor.removeSelectedText(); // Tab over a selection within a line replaces it, as typing would
    const int spaces = indentWidth - cursor.positionInBlock() % indentWidth;
    cursor.insertText(QString(spaces, u' '));
    cursor.endEditBlock();
    setTextCursor(cursor);
}

namespace {

// Applies `edit` to the start of every line the selection (or the cursor) touches, as one step of undo.
void forEachSelectedLine(QPlainTextEdit *editor, const std::function<void(QTextCursor &)> &edit)
{
    QTextCursor cursor = editor->textCursor();
    QTextDocument *doc = editor->document();
    const QTextBlock first = doc->findBlock(cursor.selectionStart());
    QTextBlock last = doc->findBlock(cursor.selectionEnd());
    // A selection that ends at the start of a line (whole lines selected) does not touch that line.
    if (cursor.hasSelection() && last != first && cursor.selectionEnd() == last.position())
        last = last.previous();
    cursor.beginEditBlock();
    for (QTextBlock block = first; block.isValid(); block = block.next()) {
        QTextCursor at(block);
        edit(at);
        if (block == last)
            break;
    }
    cursor.endEditBlock();
}

} // namespace

void PythonEditor::indentSelection()
{
    forEachSelectedLine(this, [](QTextCursor &at) { at.insertText(QString(indentWidth, u' ')); });
}

void PythonEditor::dedentSelection()
{
    forEachSelectedLine(this, [](QTextCursor &at) {
        const qsizetype n = std::min<qsizetype>(indentWidth, leadingSpaces(at.block().text()).size());
        at.movePosition(QTextCursor::NextCharacter, QTextCursor::KeepAnchor, int(n));
        at.removeSelectedText();
    });
}

bool PythonEditor::dedentBeforeCursor()
{
    QTextCursor cursor = textCursor();
    const int column = cursor.positionInBlock();
    const QString before = cursor.block().text().left(column);
    if (column == 0 || leadingSpaces(before).size() != before.size())
        return false;
    const int remove = (column - 1) % indentWidth + 1;
    cursor.movePosition(QTextCursor::PreviousCharacter, QTextCursor::KeepAnchor, remove);
    cursor.removeSelectedText();
    setTextCursor(cursor);
    return true;
}

} // namespace pmg
