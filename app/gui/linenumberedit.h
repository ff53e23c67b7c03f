// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPlainTextEdit>

namespace pmg {

/// A plain-text editor with line numbers in a gutter on its left, so that "Line 16" in a problem can be found.
class LineNumberEdit final : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit LineNumberEdit(QWidget *parent = nullptr);

    int gutterWidth() const;
    /// Paints the gutter (called by the gutter widget).
    void paintGutter(QPaintEvent *event);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateGutter(const QRect &rect, int dy);

    QWidget *m_gutter = nullptr;
};

} // namespace pmg
