// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTextBrowser>

namespace pmg {

class QuizHtml;

/// Quiz HTML (see QuizHtml) in a QTextBrowser: styled from the current palette (and again when it changes), as tall
/// as its content when `fitContent` (it then sits in a scrolling column and never scrolls itself), and `garden:/note/`
/// links reported instead of followed.
class QuizTextView final : public QTextBrowser
{
    Q_OBJECT

public:
    QuizTextView(QuizHtml &html, bool fitContent, QWidget *parent = nullptr);

    /// Shows `bodyHtml` (a fragment) with the stylesheet for the current palette.
    void showHtml(const QString &bodyHtml);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void noteLinkActivated(const QString &noteId, const QString &anchor);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void restyle();
    void fitHeight();

    QuizHtml &m_html;
    QString m_body;
    bool m_fitContent = false;
};

} // namespace pmg
