// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "routines/period.h"
#include "routines/routineitem.h"

#include <QColor>
#include <QCoreApplication>

class QPalette;
class QWidget;

namespace pmg {

/// How the Routines view (and Today) words and colours routines: period names in the learner's locale, what an
/// item's state means, and colours that read on the light and the dark palette alike.
class RoutineText final
{
    Q_DECLARE_TR_FUNCTIONS(pmg::RoutineText)

public:
    /// "Friday, 4 December 2026", "Week 49 · 30 Nov – 6 Dec", "December 2026", "1 Dec – 30 Dec 2026".
    static QString periodName(const Period &period);
    /// "3 days left", "last day", for the current period on `today`.
    static QString timeLeft(const Period &period, QDate today);
    /// "6 days", "1 week", … ("streak: 6 days", "5 of the last 6 days completed").
    static QString periods(Cadence cadence, int count);
    /// The item's text without Markdown's code backticks.
    static QString plain(const QString &markdown);
    /// One line under the item: its auto-rule, a manual rule, an override, overdue; empty when there is nothing to say.
    static QString stateLine(const RoutineItem &item, Cadence cadence);

    struct Colours {
        QColor complete;  ///< calendar: every item ticked
        QColor partial;   ///< some ticked
        QColor missed;    ///< none ticked
        QColor overdue;   ///< text of an overdue remark
        QColor automatic; ///< text of an auto-rule remark
        QColor muted;     ///< other remarks
    };
    static Colours colours(const QPalette &palette);
    /// Fusion draws a check box's frame in the window colour, darkened: on the dark palette the frame vanishes into
    /// the background. Check boxes (and lists of checkable items) under `widget` get a lighter window colour then (a
    /// check box fills no background with it), and the inherited palette again on a light one.
    static void keepCheckFramesVisible(QWidget *widget, const QPalette &around);
};

} // namespace pmg
