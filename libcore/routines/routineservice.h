// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "notearchivestore.h"
#include "profileactivity.h"
#include "routineperiod.h"
#include "routinestats.h"
#include "routinetickstore.h"
#include "stalenotes.h"

#include <QHash>
#include <QObject>

namespace pmg {

class Clock;
class Curriculum;
class SettingsService;
class StudyWrites;

/// The rhythms of the curriculum's checklists as the Routines view, Today and `garden routines` use them: each
/// routine's current period with its items (ticked by hand, by an auto-rule, open, overdue) and notes; ticking,
/// unticking and notes within the current period (past periods are read-only); the history of past periods; streaks
/// and completion rates. Also the monthly ritual's helpers: notes to re-check, archived notes, the launch reminder.
/// Built by Garden; study days follow the garden clock's DayBoundary, writes go through StudyWrites.
///
/// Auto-rules (AutoRule) are evaluated against activity(). When the current period is read and a rule holds for an
/// item nothing was decided about, the tick is recorded as 'auto', so that what was done stays done even when a fact
/// it came from changes later (a note saved again the next day). A read-only profile only shows them.
class RoutineService final : public QObject
{
    Q_OBJECT

public:
    /// A checklist item: the checklist's id and the item's block id.
    struct ItemRef {
        QString routineId;
        QString itemId;
        bool operator==(const ItemRef &) const = default;
    };
    /// How many finished periods the completion rate looks at.
    static constexpr int ratePeriods = 12;
    static constexpr int maxNoteLength = 500;
    /// SettingsService key: the study day (ISO 8601) the learner's routines began, written the first time a writable
    /// profile is opened with routines. Periods that ended before it are not tracked (not "missed").
    static QString sinceKey() { return QStringLiteral("routines/since"); }

    RoutineService(StudyWrites &writes, SettingsService &settings, const Clock &clock, const Curriculum &curriculum,
                   QObject *parent = nullptr);

    /// The facts auto-rules read; Garden plugs in the card-review and challenge sources.
    ProfileActivity &activity() { return m_activity; }

    /// The curriculum's checklists, daily first, then weekly, 30-day, monthly, 90-day (curriculum order within).
    QList<Checklist> routines() const;
    const Checklist *routine(const QString &routineId) const;
    /// The item a learner means by `text`: its block id ("daily-cards"), or "checklist-id/block-id" when the block id
    /// is used in several checklists. nullopt with the reason in `error` when there is none or it is ambiguous.
    std::optional<ItemRef> resolve(const QString &text, QString *error = nullptr) const;

    /// The study day it is now, and the period of `cadence` it falls in.
    QDate today() const;
    Period currentPeriod(Cadence cadence) const { return Period::containing(cadence, today()); }
    QDate since() const;

    /// Each routine in its current period (recording auto-ticks, see the class comment), in routines() order.
    QList<RoutinePeriod> current();
    RoutinePeriod current(const QString &routineId);
    /// A routine in any period, as stored and as its rules judge it; nothing is written.
    RoutinePeriod inPeriod(const QString &routineId, const Period &period) const;
    /// The periods of a routine that overlap study days [from, to], oldest first.
    QList<PeriodSummary> history(const QString &routineId, QDate from, QDate to) const;
    RoutineStats stats(const QString &routineId, int periods = ratePeriods) const;

    /// Ticks the item by hand in the period `periodKey`, which must be the current one; `note` replaces its note when
    /// given. False (lastError()) for an unknown item, a past or future period, a read-only profile or a failed write.
    bool tick(const ItemRef &item, const QString &periodKey, const std::optional<QString> &note = std::nullopt);
    /// Unticks it (an auto-ticked item stays open as an override until the period ends); same refusals as tick().
    bool untick(const ItemRef &item, const QString &periodKey);
    /// Sets (or with empty text clears) the item's note, ticked or not; same refusals as tick().
    bool setNote(const ItemRef &item, const QString &periodKey, const QString &note);

    /// "Archive outdated notes": archived notes are hidden from the default tree and stay searchable.
    bool isArchived(const QString &noteId) const { return m_archive.isArchived(noteId); }
    bool setArchived(const QString &noteId, bool archived);
    QSet<QString> archivedNotes() const { return m_archive.archived(); }
    /// "Update this document": notes whose facts_as_of is more than 60 days old today.
    QList<StaleNote> notesToRecheck() const;

    /// The launch reminder for the monthly ritual (off by default).
    bool ritualReminderEnabled() const;
    bool setRitualReminderEnabled(bool enabled);
    /// Every monthly checklist is complete in the current month.
    bool isRitualDone();
    /// The reminder is on, this month's ritual is not done and the month is in its last week (RitualReminder).
    bool ritualReminderDue();

    QString lastError() const { return m_error; }

Q_SIGNALS:
    /// A tick, untick, note or archive flag was stored.
    void changed();

private:
    using Ticks = QHash<QString, RoutineTick>; ///< by item id

    bool fail(const QString &message);
    bool write(const std::function<bool()> &work);
    /// The routine and item `item` names, and that `periodKey` is its current period; else fails.
    const Checklist *checkWritable(const ItemRef &item, const QString &periodKey);
    RoutinePeriod evaluate(const Checklist &routine, const Period &period, const Ticks &ticks) const;
    RoutineItem itemIn(const Checklist &routine, const Period &period, const Ticks &ticks, const QString &itemId) const;
    std::optional<bool> ruleHolds(const AutoRule &rule, const Period &period) const;
    Ticks ticksOf(const QString &routineId, const Period &period) const;
    std::optional<bool> outcome(const Checklist &routine, const Period &period) const;
    void recordAutoTicks(const RoutinePeriod &period, const Ticks &ticks);
    bool isTracked(const Period &period) const;

    StudyWrites &m_writes;
    SettingsService &m_settings;
    const Clock &m_clock;
    const Curriculum &m_curriculum;
    RoutineTickStore m_store;
    NoteArchiveStore m_archive;
    ProfileActivity m_activity;
    QString m_error;
};

} // namespace pmg
