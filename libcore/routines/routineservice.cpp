// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "routineservice.h"

#include "clock/clock.h"
#include "curriculum/curriculum.h"
#include "garden/settingsservice.h"
#include "ritualreminder.h"
#include "store/studywrites.h"

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace pmg {

namespace {

const ChecklistEntry *entryOf(const Checklist &routine, const QString &itemId)
{
    const auto it = std::find_if(routine.entries.cbegin(), routine.entries.cend(),
                                 [&](const ChecklistEntry &e) { return e.id == itemId; });
    return it == routine.entries.cend() ? nullptr : &*it;
}

} // namespace

RoutineService::RoutineService(StudyWrites &writes, SettingsService &settings, const Clock &clock,
                               const Curriculum &curriculum, QObject *parent)
    : QObject(parent)
    , m_writes(writes)
    , m_settings(settings)
    , m_clock(clock)
    , m_curriculum(curriculum)
    , m_store(writes.database())
    , m_archive(writes.database())
    , m_activity(writes.database(), curriculum)
{
    // The first day the routines saw this profile: earlier periods were never missed, they did not exist.
    if (!m_writes.isReadOnly() && !m_settings.contains(sinceKey()))
        m_settings.setValue(sinceKey(), today().toString(Qt::ISODate));
}

bool RoutineService::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool RoutineService::write(const std::function<bool()> &work)
{
    if (m_writes.transact(work))
        return true;
    return fail(m_writes.lastFailure().message());
}

QList<Checklist> RoutineService::routines() const
{
    QList<Checklist> routines = m_curriculum.checklists;
    std::stable_sort(routines.begin(), routines.end(),
                     [](const Checklist &a, const Checklist &b) { return int(a.cadence) < int(b.cadence); });
    return routines;
}

const Checklist *RoutineService::routine(const QString &routineId) const
{
    for (const Checklist &checklist : m_curriculum.checklists) {
        if (checklist.id == routineId)
            return &checklist;
    }
    return nullptr;
}

std::optional<RoutineService::ItemRef> RoutineService::resolve(const QString &text, QString *error) const
{
    const auto failWith = [&](const QString &message) -> std::optional<ItemRef> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (const qsizetype slash = text.indexOf(u'/'); slash >= 0) {
        const ItemRef ref{text.left(slash), text.mid(slash + 1)};
        const Checklist *checklist = routine(ref.routineId);
        if (!checklist)
            return failWith(u"no checklist '%1'"_s.arg(ref.routineId));
        if (!entryOf(*checklist, ref.itemId))
            return failWith(u"no item '%1' in checklist '%2'"_s.arg(ref.itemId, ref.routineId));
        return ref;
    }
    QList<ItemRef> found;
    for (const Checklist &checklist : routines()) {
        if (entryOf(checklist, text))
            found.append({checklist.id, text});
    }
    if (found.isEmpty())
        return failWith(u"no checklist item '%1'"_s.arg(text));
    if (found.size() > 1) {
        QStringList names;
        for (const ItemRef &ref : std::as_const(found))
            names.append(ref.routineId + u'/' + ref.itemId);
        return failWith(u"'%1' is in several checklists: write one of %2"_s.arg(text, names.join(u", "_s)));
    }
    return found.first();
}

QDate RoutineService::today() const
{
    return m_clock.today();
}

QDate RoutineService::since() const
{
    const QDate stored = QDate::fromString(m_settings.value(sinceKey()), Qt::ISODate);
    return stored.isValid() ? std::min(stored, today()) : today();
}

bool RoutineService::isTracked(const Period &period) const
{
    return period.last >= since();
}

std::optional<bool> RoutineService::ruleHolds(const AutoRule &rule, const Period &period) const
{
    const DayBoundary &boundary = m_clock.boundary();
    return rule.holds({m_activity, period.start(boundary), period.end(boundary), std::min(period.last, today())});
}

RoutineService::Ticks RoutineService::ticksOf(const QString &routineId, const Period &period) const
{
    Ticks ticks;
    for (const RoutineTick &tick : m_store.ticks(routineId, period.key))
        ticks.insert(tick.itemId, tick);
    return ticks;
}

RoutinePeriod RoutineService::evaluate(const Checklist &routine, const Period &period, const Ticks &ticks) const
{
    RoutinePeriod result;
    result.routineId = routine.id;
    result.title = routine.title;
    result.noteId = routine.noteId;
    result.period = period;
    result.isCurrent = period == currentPeriod(routine.cadence);
    result.isTracked = result.isCurrent || isTracked(period);
    for (const ChecklistEntry &entry : routine.entries) {
        RoutineItem item;
        item.routineId = routine.id;
        item.id = entry.id;
        item.text = entry.text;
        item.rule = AutoRule::find(entry.id);
        if (item.rule && result.isTracked && period.first <= today())
            item.ruleHolds = ruleHolds(*item.rule, period);
        const auto tick = ticks.constFind(entry.id);
        const RoutineTick::Mark mark = tick == ticks.cend() ? RoutineTick::Mark::None : tick->mark;
        if (tick != ticks.cend())
            item.note = tick->note;
        switch (mark) {
        case RoutineTick::Mark::Hand:
        case RoutineTick::Mark::Auto:
            item.state = mark == RoutineTick::Mark::Hand ? TickState::ByHand : TickState::Auto;
            item.tickedAt = tick->markedAt;
            break;
        case RoutineTick::Mark::Off:
            item.overridden = true;
            break;
        case RoutineTick::Mark::None:
            if (item.ruleHolds.value_or(false))
                item.state = TickState::Auto;
            break;
        }
        result.items.append(item);
    }
    // Overdue: still open now, and left open when the previous period ended (and that period counted).
    if (result.isCurrent) {
        const Period previous = period.previous();
        if (isTracked(previous)) {
            const RoutinePeriod before = evaluate(routine, previous, ticksOf(routine.id, previous));
            for (RoutineItem &item : result.items) {
                const RoutineItem *earlier = before.item(item.id);
                if (!item.isTicked() && earlier && !earlier->isTicked())
                    item.state = TickState::Overdue;
            }
        }
    }
    return result;
}

RoutineItem RoutineService::itemIn(const Checklist &routine, const Period &period, const Ticks &ticks,
                                   const QString &itemId) const
{
    const RoutinePeriod evaluated = evaluate(routine, period, ticks);
    const RoutineItem *item = evaluated.item(itemId);
    return item ? *item : RoutineItem();
}

void RoutineService::recordAutoTicks(const RoutinePeriod &period, const Ticks &ticks)
{
    if (m_writes.isReadOnly())
        return;
    QList<RoutineTick> record;
    for (const RoutineItem &item : period.items) {
        const auto tick = ticks.constFind(item.id);
        if (item.state == TickState::Auto && (tick == ticks.cend() || tick->mark == RoutineTick::Mark::None))
            record.append(
                {period.routineId, item.id, period.period.key, RoutineTick::Mark::Auto, m_clock.now(), item.note});
    }
    if (record.isEmpty())
        return;
    // A failure is reported by StudyWrites (the UI shows it); the items still show as auto-ticked.
    m_writes.transact([&] {
        return std::all_of(record.cbegin(), record.cend(), [&](const RoutineTick &t) { return m_store.put(t); });
    });
}

RoutinePeriod RoutineService::current(const QString &routineId)
{
    const Checklist *checklist = routine(routineId);
    if (!checklist)
        return {};
    const Period period = currentPeriod(checklist->cadence);
    const Ticks ticks = ticksOf(routineId, period);
    RoutinePeriod result = evaluate(*checklist, period, ticks);
    recordAutoTicks(result, ticks);
    return result;
}

QList<RoutinePeriod> RoutineService::current()
{
    QList<RoutinePeriod> all;
    for (const Checklist &checklist : routines())
        all.append(current(checklist.id));
    return all;
}

RoutinePeriod RoutineService::inPeriod(const QString &routineId, const Period &period) const
{
    const Checklist *checklist = routine(routineId);
    if (!checklist || period.cadence != checklist->cadence)
        return {};
    return evaluate(*checklist, period, ticksOf(routineId, period));
}

QList<PeriodSummary> RoutineService::history(const QString &routineId, QDate from, QDate to) const
{
    QList<PeriodSummary> summaries;
    const Checklist *checklist = routine(routineId);
    if (!checklist || !from.isValid() || !to.isValid())
        return summaries;
    QHash<QString, Ticks> byPeriod;
    for (const RoutineTick &tick : m_store.ticks(routineId))
        byPeriod[tick.periodKey].insert(tick.itemId, tick);
    const QDate last = std::min(to, today()); // periods not begun yet have no history
    for (Period period = Period::containing(checklist->cadence, from); period.first <= last; period = period.next()) {
        const RoutinePeriod evaluated = evaluate(*checklist, period, byPeriod.value(period.key));
        summaries.append({period, evaluated.ticked(), evaluated.total(), evaluated.isTracked, evaluated.isCurrent});
    }
    return summaries;
}

std::optional<bool> RoutineService::outcome(const Checklist &routine, const Period &period) const
{
    if (!isTracked(period))
        return std::nullopt;
    return evaluate(routine, period, ticksOf(routine.id, period)).isComplete();
}

RoutineStats RoutineService::stats(const QString &routineId, int periods) const
{
    const Checklist *checklist = routine(routineId);
    if (!checklist)
        return {};
    std::vector<Period> chain{currentPeriod(checklist->cadence)};
    return RoutineStats::of(
        [&](int ago) {
            while (int(chain.size()) <= ago)
                chain.push_back(chain.back().previous());
            return outcome(*checklist, chain[std::size_t(ago)]);
        },
        periods);
}

const Checklist *RoutineService::checkWritable(const ItemRef &item, const QString &periodKey)
{
    m_error.clear();
    const Checklist *checklist = routine(item.routineId);
    if (!checklist) {
        fail(u"no checklist '%1'"_s.arg(item.routineId));
        return nullptr;
    }
    if (!entryOf(*checklist, item.itemId)) {
        fail(u"no item '%1' in checklist '%2'"_s.arg(item.itemId, item.routineId));
        return nullptr;
    }
    const Period current = currentPeriod(checklist->cadence);
    if (periodKey != current.key) {
        fail(u"%1 is not the current period of \"%2\" (that is %3): only the current period can be changed"_s.arg(
            periodKey, checklist->title, current.key));
        return nullptr;
    }
    return checklist;
}

bool RoutineService::tick(const ItemRef &item, const QString &periodKey, const std::optional<QString> &note)
{
    const Checklist *checklist = checkWritable(item, periodKey);
    if (!checklist)
        return false;
    const QString text = note.value_or(QString()).simplified();
    if (text.size() > maxNoteLength)
        return fail(u"the note is longer than %1 characters"_s.arg(maxNoteLength));
    const Period period = currentPeriod(checklist->cadence);
    const Ticks ticks = ticksOf(item.routineId, period);
    const RoutineItem state = itemIn(*checklist, period, ticks, item.itemId);
    RoutineTick row =
        ticks.value(item.itemId, RoutineTick{item.routineId, item.itemId, period.key, RoutineTick::Mark::None, {}, {}});
    if (!row.isTicked()) {
        // Ticking what the rule already ticks keeps it the rule's.
        row.mark = state.state == TickState::Auto ? RoutineTick::Mark::Auto : RoutineTick::Mark::Hand;
        row.markedAt = m_clock.now();
    }
    if (note)
        row.note = text;
    if (!write([&] { return m_store.put(row); }))
        return false;
    Q_EMIT changed();
    return true;
}

bool RoutineService::untick(const ItemRef &item, const QString &periodKey)
{
    const Checklist *checklist = checkWritable(item, periodKey);
    if (!checklist)
        return false;
    const Period period = currentPeriod(checklist->cadence);
    const Ticks ticks = ticksOf(item.routineId, period);
    const RoutineItem state = itemIn(*checklist, period, ticks, item.itemId);
    if (!state.isTicked())
        return true;
    RoutineTick row =
        ticks.value(item.itemId, RoutineTick{item.routineId, item.itemId, period.key, RoutineTick::Mark::None, {}, {}});
    row.markedAt = m_clock.now();
    bool stored = false;
    if (state.ruleHolds.value_or(false)) {
        row.mark = RoutineTick::Mark::Off; // the override: open although the rule holds
        stored = write([&] { return m_store.put(row); });
    } else if (!row.note.isEmpty()) {
        row.mark = RoutineTick::Mark::None; // the note stays
        stored = write([&] { return m_store.put(row); });
    } else {
        stored = write([&] { return m_store.remove(item.routineId, item.itemId, period.key); });
    }
    if (stored)
        Q_EMIT changed();
    return stored;
}

bool RoutineService::setNote(const ItemRef &item, const QString &periodKey, const QString &note)
{
    const Checklist *checklist = checkWritable(item, periodKey);
    if (!checklist)
        return false;
    const QString text = note.simplified();
    if (text.size() > maxNoteLength)
        return fail(u"the note is longer than %1 characters"_s.arg(maxNoteLength));
    const Period period = currentPeriod(checklist->cadence);
    const Ticks ticks = ticksOf(item.routineId, period);
    std::optional<RoutineTick> row =
        ticks.contains(item.itemId) ? std::optional(ticks.value(item.itemId)) : std::nullopt;
    if (!row) {
        const bool autoTicked = itemIn(*checklist, period, ticks, item.itemId).state == TickState::Auto;
        row = RoutineTick{item.routineId, item.itemId,
                          period.key,     autoTicked ? RoutineTick::Mark::Auto : RoutineTick::Mark::None,
                          m_clock.now(),  {}};
    }
    if (row->note == text)
        return true;
    row->note = text;
    if (row->mark == RoutineTick::Mark::None && text.isEmpty()) {
        if (!write([&] { return m_store.remove(item.routineId, item.itemId, period.key); }))
            return false;
    } else {
        if (row->mark == RoutineTick::Mark::None)
            row->markedAt = m_clock.now();
        if (!write([&] { return m_store.put(*row); }))
            return false;
    }
    Q_EMIT changed();
    return true;
}

bool RoutineService::setArchived(const QString &noteId, bool archived)
{
    m_error.clear();
    if (m_archive.isArchived(noteId) == archived)
        return true;
    if (archived && !m_curriculum.note(noteId))
        return fail(u"there is no note '%1'"_s.arg(noteId));
    if (!write([&] { return m_archive.setArchived(noteId, archived, m_clock.now()); }))
        return false;
    Q_EMIT changed();
    return true;
}

QList<StaleNote> RoutineService::notesToRecheck() const
{
    return StaleNote::of(m_curriculum, today());
}

bool RoutineService::ritualReminderEnabled() const
{
    return m_settings.value(RitualReminder::settingKey()) == u"true";
}

bool RoutineService::setRitualReminderEnabled(bool enabled)
{
    m_error.clear();
    if (!m_settings.setValue(RitualReminder::settingKey(), enabled ? u"true"_s : u"false"_s))
        return fail(m_writes.lastFailure().message());
    return true;
}

bool RoutineService::isRitualDone()
{
    for (const Checklist &checklist : routines()) {
        if (checklist.cadence == Cadence::Monthly && !current(checklist.id).isComplete())
            return false;
    }
    return true;
}

bool RoutineService::ritualReminderDue()
{
    return ritualReminderEnabled() && RitualReminder::isDue(today(), isRitualDone());
}

} // namespace pmg
