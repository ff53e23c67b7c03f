// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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

Q_SIGNALS:
    void openRequested(const QString &noteId, const QString &anchor, const QString &highlight);
    /// The list shows the results for the current text (full-text hits included).
    void resultsUpdated();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateResults();
    void addRow(const QString &html, const QString &noteId, const QString &anchor, const QString &highlight);
    void showTextHits(quint64 serial, const QString &query, const QList<SearchHit> &hits, const QString &error,
                      qint64 elapsedMicroseconds);

    Garden &m_garden;
    QLineEdit *m_field = nullptr;
    QListWidget *m_results = nullptr;
    QLabel *m_footer = nullptr;
    quint64 m_pendingQuery = 0;
    int m_noteMatches = 0;
};

} // namespace pmg
