// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "curriculum/diagnostic.h"

#include <QWidget>

#include <functional>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTimer;
class QWebEngineProfile;
class QWebEngineView;

namespace KSyntaxHighlighting {
class Repository;
class SyntaxHighlighter;
} // namespace KSyntaxHighlighting

namespace pmg {

class Garden;
class GuardedPage;
struct Note;

/// Edits one note's Markdown beside a live preview ("Update this document"). Save stores the learner's version in the
/// profile only when it passes the same checks as the bundled curriculum; problems are listed with their line and
/// marked in the text. Unsaved text is autosaved to a recovery file a moment after each change.
class NoteEditor final : public QWidget
{
    Q_OBJECT

public:
    /// Renders a parsed draft to a complete page for the preview.
    using PagePreview = std::function<QString(const Note &note)>;

    /// `repository` (the app's one: building another is costly) must outlive the editor.
    NoteEditor(Garden &garden, QWebEngineProfile *profile, KSyntaxHighlighting::Repository &repository,
               PagePreview preview, QWidget *parent = nullptr);
    ~NoteEditor() override;

    /// Loads the note at `relativePath` (its current version; `initialText` instead for a new note). When a recovery
    /// draft differs from it, a bar offers to restore the draft.
    void open(const QString &relativePath, const std::optional<QByteArray> &initialText = std::nullopt);
    QString relativePath() const { return m_path; }
    bool isModified() const;

    bool save();
    /// Restores the bundled text (asks nothing: the caller confirms). For a note the learner created, deletes it.
    bool revertToOriginal();
    /// Forgets unsaved changes and the recovery draft.
    void discard();
    void restoreDraft();

    void setDarkTheme(bool dark);
    /// The page the preview shows (served at garden:/preview/…).
    QString previewPage() const;

    QPlainTextEdit *textEdit() const { return m_text; }
    QListWidget *problemList() const { return m_problems; }
    GuardedPage *previewPageObject() const { return m_previewPage; }
    bool draftOffered() const;

Q_SIGNALS:
    void closeRequested();
    void statusMessage(const QString &message);

private:
    void onTextChanged();
    void refresh();
    void showProblems(const Diagnostics &problems);
    void jumpToLine(int line);
    /// How many headings the source has up to and including `block` (0: the cursor is above the first).
    int headingsBefore(int block) const;
    /// Scrolls the preview to the section the cursor is in.
    void showCursorInPreview();
    void updateState();

    Garden &m_garden;
    KSyntaxHighlighting::Repository &m_repository;
    PagePreview m_pagePreview;
    QString m_path;
    QByteArray m_savedText;
    Diagnostics m_lastProblems;
    int m_previewGeneration = 0;
    int m_previewHeading = -1; ///< the heading the preview was last scrolled to

    QPlainTextEdit *m_text = nullptr;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter = nullptr;
    QWebEngineView *m_preview = nullptr;
    GuardedPage *m_previewPage = nullptr;
    QListWidget *m_problems = nullptr;
    QLabel *m_state = nullptr;
    QWidget *m_draftBar = nullptr;
    QLabel *m_draftLabel = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_revertButton = nullptr;
    QTimer *m_refreshTimer = nullptr;
    QTimer *m_autosaveTimer = nullptr;
    QTimer *m_followTimer = nullptr;
};

} // namespace pmg
