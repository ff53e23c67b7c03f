// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace pmg {

/// A bar across the top of the window that stays until it is acted upon (like KDE's KMessageWidget): the read-only
/// notice, or a write that failed. Not a status-bar message, which would vanish before it is read.
class MessageBanner final : public QFrame
{
    Q_OBJECT

public:
    enum class Kind { Information, Warning, Error };

    explicit MessageBanner(QWidget *parent = nullptr);

    void showMessage(Kind kind, const QString &text);
    QString text() const;
    Kind kind() const { return m_kind; }
    /// Adds a button that calls `action`; "Dismiss" (which hides the banner) is always there unless `closable` is
    /// false.
    QPushButton *addButton(const QString &text, const std::function<void()> &action);
    void setClosable(bool closable);

Q_SIGNALS:
    void dismissed();

private:
    void applyColours();

    Kind m_kind = Kind::Information;
    QLabel *m_icon = nullptr;
    QLabel *m_label = nullptr;
    QHBoxLayout *m_buttons = nullptr;
    QPushButton *m_dismiss = nullptr;
};

} // namespace pmg
