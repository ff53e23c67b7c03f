// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "paletterows.h"
#include "search/searchhit.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;

namespace pmg {

class Garden;

/// Ctrl+K: quick-open notes by fuzzy title and full-text search over notes, flashcards, quiz questions and
/// challenges, as you type. Enter opens the selected hit scrolled to the match.
class CommandPalette final : public QDialog
{
    Q_OBJECT

public:
    explicit CommandPalette(Garden &garden, QWidget *parent = nullptr);

    /// Shows the palette over `parent`'s top, the field focused and its previous text selected.
    void popup();

    QLineEdit *field() const { return m_field; }
    QListWidget *results() const { return m_results; }
    /// Opens the selected result (what Enter does).
    void activateCurrent();
    /// What the palette says when nothing matches (empty while there are results).
    QString emptyText() const;
    /// The colour of the hint line under the results.
    QColor hintColor() const;

Q_SIGNALS:
    void openRequested(const QString &noteId, const QString &anchor, const QString &highlight);
    /// The list shows the results for the current text (full-text hits included).
    void resultsUpdated();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateResults();
    /// Shows `rows` (for `query`); no rows show the empty state instead of a blank list, unless more may come
    /// (`final` false: the full-text hits are still being searched).
    void showRows(const QList<PaletteRow> &rows, const QString &query, bool final = true);
    void showTextHits(quint64 serial, const QString &query, const QList<SearchHit> &hits, const QString &error,
                      qint64 elapsedMicroseconds);

    Garden &m_garden;
    QLineEdit *m_field = nullptr;
    QListWidget *m_results = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_footer = nullptr;
    QList<PaletteRow> m_noteRows; ///< the title matches shown while the full-text hits are searched
    quint64 m_pendingQuery = 0;
};

} // namespace pmg
