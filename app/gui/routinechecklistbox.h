// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "routines/routineperiod.h"
#include "routines/routinestats.h"

#include <QGroupBox>

class QCheckBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QToolButton;

namespace pmg {

class Garden;
class RitualTools;

/// One routine in its current period as a checklist: a check box per item (ticking stores it at once through
/// RoutineService), its text, a short note, a button to read the item in its note, and a line that says what ticks
/// it automatically, that it is overdue, or that the learner overrode its rule. The monthly ritual's groups that edit
/// the curriculum get their RitualTools. Shown by the Routines view; Today can show the same box.
class RoutineChecklistBox final : public QGroupBox
{
    Q_OBJECT

public:
    RoutineChecklistBox(Garden &garden, const QString &routineId, QWidget *parent = nullptr);

    QString routineId() const { return m_routineId; }
    const RoutinePeriod &period() const { return m_period; }
    /// Shows the routine's period (rows are updated in place when the items are the same, so focus and typing stay).
    void showPeriod(const RoutinePeriod &period, const RoutineStats &stats);

    QCheckBox *checkBox(const QString &itemId) const;
    QLineEdit *noteEdit(const QString &itemId) const;
    QLabel *stateLabel(const QString &itemId) const;
    QToolButton *readButton(const QString &itemId) const;
    QLabel *summary() const { return m_summary; }
    RitualTools *tools() const { return m_tools; }

Q_SIGNALS:
    void openNoteRequested(const QString &noteId, const QString &anchor);
    void editNoteRequested(const QString &noteId);
    /// A tick, untick or note was refused or could not be stored; `message` says why.
    void failed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Row {
        QString itemId;
        QCheckBox *box = nullptr;
        QLabel *text = nullptr;
        QLineEdit *note = nullptr;
        QToolButton *read = nullptr;
        QLabel *state = nullptr;
    };

    void buildRows(const RoutinePeriod &period);
    void updateRow(const Row &row, const RoutineItem &item);
    void updateSummary(const RoutineStats &stats);
    void applyColours();
    void toggle(const QString &itemId, bool checked);
    void storeNote(const QString &itemId);
    const Row *row(const QString &itemId) const;

    Garden &m_garden;
    QString m_routineId;
    RoutinePeriod m_period;
    QLabel *m_summary = nullptr;
    QToolButton *m_readPlan = nullptr;
    QGridLayout *m_grid = nullptr;
    QWidget *m_rowsWidget = nullptr;
    RitualTools *m_tools = nullptr;
    QList<Row> m_rows;
    bool m_applyingColours = false;
};

} // namespace pmg
