// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "noteeditor.h"

#include "curriculum/curriculumloader.h"
#include "garden/garden.h"
#include "garden/noteediting.h"
#include "guardedpage.h"
#include "linenumberedit.h"
#include "markdown/notepage.h"

#include <QDateTime>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTextBlock>
#include <QTimer>
#include <QVBoxLayout>
#include <QWebEngineScript>
#include <QWebEngineView>

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

using namespace Qt::StringLiterals;

namespace pmg {

namespace {

constexpr int refreshDelayMs = 350;   // preview and checks follow typing without re-rendering on every key
constexpr int autosaveDelayMs = 1500; // at most this much typing is lost in a crash

} // namespace

NoteEditor::NoteEditor(Garden &garden, QWebEngineProfile *profile, KSyntaxHighlighting::Repository &repository,
                       PagePreview preview, QWidget *parent)
    : QWidget(parent)
    , m_garden(garden)
    , m_repository(repository)
    , m_pagePreview(std::move(preview))
{
    m_text = new LineNumberEdit(this);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.15); // the system's fixed font is small beside 16 px prose
    m_text->setFont(mono);
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->setTabChangesFocus(false);
    m_text->setAccessibleName(tr("Note Markdown"));
    m_highlighter = new KSyntaxHighlighting::SyntaxHighlighter(m_text->document());
    m_highlighter->setDefinition(m_repository.definitionForName(u"Markdown"_s));
    setDarkTheme(false);

    m_preview = new QWebEngineView(this);
    m_previewPage = new GuardedPage(profile, m_preview);
    m_preview->setPage(m_previewPage);
    m_preview->setContextMenuPolicy(Qt::NoContextMenu);
    m_preview->setAccessibleName(tr("Preview"));

    m_problems = new QListWidget(this);
    m_problems->setAccessibleName(tr("Problems"));
    m_problems->setMaximumHeight(110);
    m_problems->hide();

    m_state = new QLabel(this);
    m_saveButton = new QPushButton(tr("Save"), this);
    m_saveButton->setToolTip(tr("Save your version (Ctrl+S)"));
    m_revertButton = new QPushButton(tr("Revert to original"), this);
    auto *closeButton = new QPushButton(tr("Done"), this);
    closeButton->setToolTip(tr("Back to reading (Ctrl+E)"));

    m_draftBar = new QWidget(this);
    auto *draftLayout = new QHBoxLayout(m_draftBar);
    draftLayout->setContentsMargins(8, 4, 8, 4);
    m_draftLabel = new QLabel(m_draftBar);
    auto *restore = new QPushButton(tr("Restore"), m_draftBar);
    auto *ignore = new QPushButton(tr("Discard draft"), m_draftBar);
    draftLayout->addWidget(m_draftLabel, 1);
    draftLayout->addWidget(restore);
    draftLayout->addWidget(ignore);
    m_draftBar->setStyleSheet(u"background: palette(highlight); color: palette(highlighted-text);"_s);
    m_draftBar->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_state, 1);
    buttons->addWidget(m_revertButton);
    buttons->addWidget(m_saveButton);
    buttons->addWidget(closeButton);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_text, 1);
    leftLayout->addWidget(m_problems);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({1000, 1000}); // half and half once laid out

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_draftBar);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);

    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(refreshDelayMs);
    m_autosaveTimer = new QTimer(this);
    m_autosaveTimer->setSingleShot(true);
    m_autosaveTimer->setInterval(autosaveDelayMs);

    connect(m_text, &QPlainTextEdit::textChanged, this, &NoteEditor::onTextChanged);
    connect(m_refreshTimer, &QTimer::timeout, this, &NoteEditor::refresh);
    connect(m_autosaveTimer, &QTimer::timeout, this, [this] {
        if (!isModified())
            return;
        QString error;
        if (!m_garden.editor().drafts().save(m_path, m_text->toPlainText().toUtf8(), &error))
            Q_EMIT statusMessage(tr("Could not write the recovery file: %1").arg(error));
    });
    connect(m_saveButton, &QPushButton::clicked, this, &NoteEditor::save);
    connect(m_revertButton, &QPushButton::clicked, this, &NoteEditor::revertToOriginal);
    connect(closeButton, &QPushButton::clicked, this, &NoteEditor::closeRequested);
    connect(restore, &QPushButton::clicked, this, &NoteEditor::restoreDraft);
    connect(ignore, &QPushButton::clicked, this, [this] {
        m_garden.editor().drafts().remove(m_path);
        m_draftBar->hide();
    });
    // One click on a problem goes to its line (as in every IDE's problem list).
    connect(m_problems, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { jumpToLine(item->data(Qt::UserRole).toInt()); });
    connect(m_problems, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { jumpToLine(item->data(Qt::UserRole).toInt()); });
    connect(m_text, &QPlainTextEdit::cursorPositionChanged, this, [this] {
        if (headingsBefore(m_text->textCursor().blockNumber()) != m_previewHeading)
            m_followTimer->start();
    });
    // The preview follows the cursor: the section being edited is shown, on every reload too.
    m_followTimer = new QTimer(this);
    m_followTimer->setSingleShot(true);
    m_followTimer->setInterval(150);
    connect(m_followTimer, &QTimer::timeout, this, &NoteEditor::showCursorInPreview);
    connect(m_previewPage, &QWebEnginePage::loadFinished, this, [this](bool ok) {
        if (ok)
            showCursorInPreview();
    });
}

NoteEditor::~NoteEditor()
{
    // Detaching the highlighter touches the document; nothing of ours may react to that any more.
    disconnect(m_text, nullptr, this, nullptr);
    m_previewPage->disconnect(this);
    delete m_highlighter;
}

void NoteEditor::setDarkTheme(bool dark)
{
    m_highlighter->setTheme(m_repository.defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme
                                                           : KSyntaxHighlighting::Repository::LightTheme));
    m_highlighter->rehighlight();
    // Only while the editor is the page shown: refreshing validates the whole curriculum, and open() refreshes anyway.
    if (!m_path.isEmpty() && !isHidden())
        refresh();
}

void NoteEditor::open(const QString &relativePath, const std::optional<QByteArray> &initialText)
{
    m_path = relativePath;
    const std::optional<QByteArray> current = initialText ? initialText : m_garden.editor().source(relativePath);
    m_savedText = initialText ? QByteArray() : current.value_or(QByteArray());
    m_previewHeading = -1;
    {
        const QSignalBlocker blocker(m_text);
        m_text->setPlainText(QString::fromUtf8(current.value_or(QByteArray())));
    }
    m_text->document()->clearUndoRedoStacks();
    const std::optional<QByteArray> draft = m_garden.editor().drafts().load(relativePath);
    if (draft && draft != current) {
        m_draftLabel->setText(tr("Unsaved changes to this note were recovered from a previous session."));
        m_draftBar->show();
    } else {
        m_draftBar->hide();
        if (draft)
            m_garden.editor().drafts().remove(relativePath);
    }
    refresh();
    m_text->setFocus();
}

bool NoteEditor::isModified() const
{
    return m_text->toPlainText().toUtf8() != m_savedText;
}

bool NoteEditor::draftOffered() const
{
    return !m_draftBar->isHidden();
}

void NoteEditor::restoreDraft()
{
    if (const std::optional<QByteArray> draft = m_garden.editor().drafts().load(m_path))
        m_text->setPlainText(QString::fromUtf8(*draft)); // undoable like any edit
    m_draftBar->hide();
}

bool NoteEditor::save()
{
    m_refreshTimer->stop();
    const QByteArray text = m_text->toPlainText().toUtf8();
    const NoteEditing::SaveResult result = m_garden.editor().save(m_path, text);
    showProblems(result.problems);
    if (!result.saved) {
        Q_EMIT statusMessage(!result.error ? tr("Not saved: fix the problems listed under the text first.")
                                           : tr("Not saved: %1").arg(result.error.message()));
        updateState();
        return false;
    }
    m_savedText = text;
    m_garden.editor().drafts().remove(m_path);
    m_draftBar->hide();
    updateState();
    Q_EMIT statusMessage(tr("Saved your version of %1").arg(m_path));
    return true;
}

bool NoteEditor::revertToOriginal()
{
    const bool userOnly = !m_garden.editor().isBundled(m_path);
    if (const StoreError error = m_garden.editor().revert(m_path)) {
        Q_EMIT statusMessage(tr("Could not revert: %1").arg(error.message()));
        return false;
    }
    m_garden.editor().drafts().remove(m_path);
    if (userOnly) {
        m_savedText = m_text->toPlainText().toUtf8(); // nothing left to lose: the note is gone
        Q_EMIT statusMessage(tr("Deleted your note %1").arg(m_path));
        Q_EMIT closeRequested();
        return true;
    }
    open(m_path);
    Q_EMIT statusMessage(tr("Restored the original of %1").arg(m_path));
    return true;
}

void NoteEditor::discard()
{
    m_garden.editor().drafts().remove(m_path);
    m_savedText = m_text->toPlainText().toUtf8();
    m_autosaveTimer->stop();
    updateState();
}

void NoteEditor::onTextChanged()
{
    m_refreshTimer->start();
    m_autosaveTimer->start();
    updateState();
}

QString NoteEditor::previewPage() const
{
    Curriculum draft;
    CurriculumLoader::addFile(draft, SourceFile{m_path, m_path, m_text->toPlainText().toUtf8(), true});
    if (draft.notes.isEmpty()) {
        Note placeholder;
        placeholder.id = u"draft"_s;
        placeholder.title = tr("(the front matter has errors)");
        return m_pagePreview(placeholder);
    }
    return m_pagePreview(draft.notes.constFirst());
}

void NoteEditor::refresh()
{
    showProblems(m_garden.editor().validate(m_path, m_text->toPlainText().toUtf8()));
    m_previewPage->load(
        QUrl(QLatin1String(NotePage::scheme) + u":/preview/"_s + QString::number(++m_previewGeneration)));
    updateState();
}

void NoteEditor::showProblems(const Diagnostics &problems)
{
    m_lastProblems = problems;
    m_problems->clear();
    QList<QTextEdit::ExtraSelection> marks;
    for (const Diagnostic &d : problems) {
        const bool error = d.severity == Diagnostic::Severity::Error;
        const bool here = d.file.endsWith(m_path);
        auto *item = new QListWidgetItem(
            (here ? tr("Line %1: %2").arg(d.line) : tr("%1, line %2: %3").arg(d.file).arg(d.line)).arg(d.message),
            m_problems);
        item->setData(Qt::UserRole, here ? d.line : 0);
        item->setForeground(error ? QColor(0xd0, 0x30, 0x30) : QColor(0xb0, 0x80, 0x00));
        if (!here || d.line < 1)
            continue;
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(m_text->document()->findBlockByNumber(d.line - 1));
        mark.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        mark.format.setUnderlineColor(error ? Qt::red : QColor(0xd0, 0xa0, 0x00));
        mark.format.setProperty(QTextFormat::FullWidthSelection, true);
        mark.format.setBackground(error ? QColor(255, 0, 0, 28) : QColor(255, 200, 0, 28));
        marks.append(mark);
    }
    m_text->setExtraSelections(marks);
    m_problems->setVisible(!problems.isEmpty());
}

int NoteEditor::headingsBefore(int block) const
{
    // ATX headings outside fenced code and the front matter, as the renderer numbers them.
    static const QRegularExpression atxHeading(u"^#{1,6}[ \\t]+\\S"_s);
    int headings = 0;
    bool fence = false;
    bool frontMatter = false;
    const QTextDocument *doc = m_text->document();
    for (QTextBlock b = doc->firstBlock(); b.isValid() && b.blockNumber() <= block; b = b.next()) {
        const QString line = b.text();
        if (b.blockNumber() == 0 && line.trimmed() == u"---") {
            frontMatter = true;
            continue;
        }
        if (frontMatter) {
            frontMatter = line.trimmed() != u"---";
            continue;
        }
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(u"```"_s) || trimmed.startsWith(u"~~~"_s))
            fence = !fence;
        else if (!fence && atxHeading.match(line).hasMatch())
            ++headings;
    }
    return headings;
}

void NoteEditor::showCursorInPreview()
{
    m_previewHeading = headingsBefore(m_text->textCursor().blockNumber());
    // Heading n of the source is heading n of the rendered body (the title is outside it).
    m_previewPage->runJavaScript(
        u"(() => { const n = %1; if (n === 0) { window.scrollTo(0, 0); return; }"
        " const h = document.querySelectorAll('.note-body :is(h1, h2, h3, h4, h5, h6)')[n - 1];"
        " if (h) h.scrollIntoView({block: 'start'}); })()"_s.arg(m_previewHeading),
        QWebEngineScript::ApplicationWorld);
}

void NoteEditor::jumpToLine(int line)
{
    if (line < 1)
        return;
    QTextCursor cursor(m_text->document()->findBlockByNumber(line - 1));
    m_text->setTextCursor(cursor);
    m_text->centerCursor();
    m_text->setFocus();
}

void NoteEditor::updateState()
{
    const bool modified = isModified();
    const auto errors = std::count_if(m_lastProblems.cbegin(), m_lastProblems.cend(),
                                      [](const Diagnostic &d) { return d.severity == Diagnostic::Severity::Error; });
    m_saveButton->setEnabled(modified);
    const bool bundled = m_garden.editor().isBundled(m_path);
    m_revertButton->setText(bundled ? tr("Revert to original") : tr("Delete this note"));
    m_revertButton->setEnabled(m_garden.editor().hasUserVersion(m_path));
    QString state = modified ? tr("Unsaved changes")
                             : (m_garden.editor().hasUserVersion(m_path) ? tr("Your version") : tr("Original"));
    if (errors > 0)
        state += tr(" — %n problem(s) to fix before saving", nullptr, static_cast<int>(errors));
    m_state->setText(state);
}

} // namespace pmg
