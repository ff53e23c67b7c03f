// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWebEngineView>

class QTimer;
class QWebEngineProfile;

namespace pmg {

class GuardedPage;

/// The reading pane: one note in a locked-down web view, with history, zoom, find and scroll restore. Notes are
/// addressed as `garden:/note/<id>#anchor`; the page content itself comes from the profile's scheme handler.
class NoteView final : public QWebEngineView
{
    Q_OBJECT

public:
    NoteView(QWebEngineProfile *profile, QWidget *parent = nullptr);
    ~NoteView() override;

    GuardedPage *guardedPage() const { return m_page; }

    /// Shows a note. `anchor` scrolls to a heading or item; `highlight` is then marked at its first occurrence from
    /// the anchor on (the reader stays at the anchor);
    /// `scrollY` (when ≥ 0 and no anchor is given) restores a remembered position.
    void openNote(const QString &noteId, const QString &anchor = {}, const QString &highlight = {},
                  double scrollY = -1);
    QString currentNoteId() const;
    double scrollY() const;

    static QUrl noteUrl(const QString &noteId, const QString &anchor = {});
    static QString noteIdOf(const QUrl &url);

    void zoomIn();
    void zoomOut();
    void resetZoom();
    void setZoom(double factor); ///< clamped to [0.5, 3]

Q_SIGNALS:
    /// The shown note changed (link, history, openNote), after its page loaded.
    void noteShown(const QString &noteId);
    void zoomChanged(double factor);
    /// The page was scrolled to (or fits above) its end.
    void reachedEnd(const QString &noteId);

protected:
    bool event(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onLoadFinished(bool ok);
    void checkReachedEnd();
    void applyHighlight();
    /// Marks the section being read in the table of contents (the side rail follows the reader).
    void markCurrentSection();

    GuardedPage *m_page = nullptr;
    QString m_pendingHighlight;
    QString m_pendingAnchor;
    double m_pendingScroll = -1;
    bool m_sameDocument = false;
    QTimer *m_sectionTimer = nullptr;
};

} // namespace pmg
