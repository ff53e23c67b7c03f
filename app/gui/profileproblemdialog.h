// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/backups.h"
#include "store/storeerror.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace pmg {

/// Shown when the study database is damaged: says what is wrong and offers the ways out — restore one of the
/// backups (listed with their dates and what they hold), or move the damaged file aside and start afresh. Nothing is
/// deleted either way.
class ProfileProblemDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Choice { Quit, Restore, StartAfresh };

    ProfileProblemDialog(const StoreError &error, const QList<Backups::Info> &backups, QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    /// The backup chosen for Restore.
    QString backup() const;
    QTreeWidget *backupList() const { return m_list; }
    QPushButton *restoreButton() const { return m_restore; }
    QPushButton *startAfreshButton() const { return m_afresh; }

private:
    Choice m_choice = Choice::Quit;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_restore = nullptr;
    QPushButton *m_afresh = nullptr;
};

} // namespace pmg
