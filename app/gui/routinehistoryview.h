// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QWidget>

class QCalendarWidget;
class QComboBox;
class QLabel;
class QListWidget;

namespace pmg {

class Garden;

/// The past of one routine: a month calendar whose days are coloured by how complete their period was (every item,
/// some, none; days before the learner's routines began stay plain), and the chosen period's items with their notes,
/// read-only. A QCalendarWidget with date text formats: the platform's own calendar (keyboard, locale, first day of
/// the week), nothing drawn by hand.
class RoutineHistoryView final : public QWidget
{
    Q_OBJECT

public:
    explicit RoutineHistoryView(Garden &garden, QWidget *parent = nullptr);

    /// Re-reads the routines, the shown month's colours and the chosen period.
    void refresh();
    void setRoutine(const QString &routineId);
    QString routineId() const;

    QComboBox *routinePicker() const { return m_picker; }
    QCalendarWidget *calendar() const { return m_calendar; }
    QListWidget *details() const { return m_details; }
    QLabel *detailsTitle() const { return m_detailsTitle; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillRoutines();
    void colourMonth();
    void showDetails(QDate day);

    Garden &m_garden;
    QComboBox *m_picker = nullptr;
    QCalendarWidget *m_calendar = nullptr;
    QLabel *m_legend = nullptr;
    QLabel *m_detailsTitle = nullptr;
    QListWidget *m_details = nullptr;
    bool m_colouring = false;
};

} // namespace pmg
