// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QVBoxLayout;

namespace pmg {

class Garden;
class MessageBanner;
class RoutineChecklistBox;
class RoutineHistoryView;

/// The Routines view, self-contained: each routine of the curriculum in its current period as a checklist (daily,
/// weekly, 30-day, monthly ritual, 90-day), what ticks itself and what is overdue, notes per item; beside it the
/// history calendar, and the setting for the launch reminder about the monthly ritual. Takes the Garden and nothing
/// else; every change goes through RoutineService. The window opens notes when asked (openNoteRequested(),
/// editNoteRequested() for the ritual's "update", "templates" and "archive" steps).
class RoutinesPage final : public QWidget
{
    Q_OBJECT

public:
    explicit RoutinesPage(Garden &garden, QWidget *parent = nullptr);
    ~RoutinesPage() override;

    /// Re-reads every routine's current period (the day may have turned, a rule may hold now).
    void refresh();

    RoutineChecklistBox *checklist(const QString &routineId) const;
    QList<RoutineChecklistBox *> checklists() const { return m_boxes; }
    RoutineHistoryView *history() const { return m_history; }
    QCheckBox *reminderSetting() const { return m_reminder; }
    MessageBanner *banner() const { return m_banner; }

Q_SIGNALS:
    void openNoteRequested(const QString &noteId, const QString &anchor);
    void editNoteRequested(const QString &noteId);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void showProblem(const QString &message);
    void setReminder(bool on);

    Garden &m_garden;
    MessageBanner *m_banner = nullptr;
    QLabel *m_empty = nullptr;
    QWidget *m_listWidget = nullptr;
    QVBoxLayout *m_list = nullptr;
    QList<RoutineChecklistBox *> m_boxes;
    RoutineHistoryView *m_history = nullptr;
    QCheckBox *m_reminder = nullptr;
    bool m_refreshQueued = false;
};

} // namespace pmg
