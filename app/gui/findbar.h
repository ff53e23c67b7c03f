// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QWebEnginePage;

namespace pmg {

/// Find in page (Ctrl+F), as in browsers: type to search, Enter / Shift+Enter for next / previous, Esc closes.
class FindBar final : public QWidget
{
    Q_OBJECT

public:
    explicit FindBar(QWidget *parent = nullptr);

    void setPage(QWebEnginePage *page) { m_page = page; }
    /// Shows the bar with the focus in its field, the current text selected.
    void activate();
    void findNext();
    void findPrevious();
    void close();

    QLineEdit *field() const { return m_field; }
    QString status() const;

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void find(bool backward);
    /// Folds the answers (<details>) that find unfolded to show a match; those open before stay open.
    void foldWhatFindOpened();

    QWebEnginePage *m_page = nullptr;
    QLineEdit *m_field = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace pmg
