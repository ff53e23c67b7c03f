// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "challengeservice.h"

#include "clock/clock.h"
#include "curriculum/curriculum.h"
#include "store/studywrites.h"

namespace pmg {

namespace {

QDate mondayOf(QDate day)
{
    return day.addDays(1 - day.dayOfWeek());
}

} // namespace

ChallengeService::ChallengeService(StudyWrites &writes, const Clock &clock, const Curriculum &curriculum)
    : m_writes(writes)
    , m_clock(clock)
    , m_curriculum(curriculum)
    , m_store(writes.database())
{}

const Challenge *ChallengeService::challenge(const QString &id) const
{
    for (const Challenge &c : m_curriculum.challenges) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

QString ChallengeService::code(const QString &challengeId) const
{
    if (const std::optional<ChallengeStore::SavedCode> saved = m_store.code(challengeId))
        return saved->code;
    const Challenge *c = challenge(challengeId);
    return c ? c->starter : QString();
}

bool ChallengeService::hasSavedCode(const QString &challengeId) const
{
    return m_store.code(challengeId).has_value();
}

bool ChallengeService::saveCode(const QString &challengeId, const QString &code)
{
    const std::optional<ChallengeStore::SavedCode> saved = m_store.code(challengeId);
    const Challenge *c = challenge(challengeId);
    if (c && code == c->starter)
        return saved ? resetToStarter(challengeId) : true;
    if (saved && saved->code == code)
        return true;
    return m_writes.transact([&] { return m_store.saveCode(challengeId, code, m_clock.now()); });
}

bool ChallengeService::resetToStarter(const QString &challengeId)
{
    if (!m_store.code(challengeId))
        return true;
    return m_writes.transact([&] { return m_store.removeCode(challengeId); });
}

bool ChallengeService::recordReferenceShown(const QString &challengeId)
{
    return m_writes.transact([&] { return m_store.addReveal(challengeId, m_clock.now()); });
}

bool ChallengeService::isRun(const ChallengeResult &result)
{
    switch (result.status) {
    case ChallengeResult::Status::Passed:
    case ChallengeResult::Status::Failed:
    case ChallengeResult::Status::TimedOut:
    case ChallengeResult::Status::Cancelled:
        return true;
    case ChallengeResult::Status::ToolMissing:
    case ChallengeResult::Status::Error:
        break;
    }
    return false;
}

bool ChallengeService::recordRun(const QString &challengeId, const ChallengeResult &result)
{
    if (!isRun(result))
        return true;
    ChallengeRun run;
    run.challengeId = challengeId;
    run.ranAt = m_clock.now();
    run.status = result.status;
    run.passed = int(result.passedCount());
    run.total = int(result.totalCount());
    run.elapsedMs = result.elapsed.count();
    return m_writes.transact([&] { return m_store.addRun(run); });
}

ChallengeProgress ChallengeService::progress(const QString &challengeId) const
{
    return m_store.progress(challengeId);
}

QList<ChallengeRun> ChallengeService::runs(const QString &challengeId) const
{
    return m_store.runs(challengeId);
}

QList<ChallengeService::Entry> ChallengeService::list() const
{
    const QHash<QString, ChallengeProgress> all = m_store.progress();
    QList<Entry> entries;
    entries.reserve(m_curriculum.challenges.size());
    for (const Challenge &c : m_curriculum.challenges) {
        Entry entry;
        entry.challenge = &c;
        const Note *note = m_curriculum.note(c.noteId);
        entry.part = note ? note->part : 0;
        entry.progress = all.value(c.id);
        entry.progress.challengeId = c.id;
        entries.append(entry);
    }
    return entries;
}

QList<ChallengeRun> ChallengeService::runsBetween(const QDateTime &from, const QDateTime &to) const
{
    return m_store.runsBetween(from, to);
}

QMap<QDate, int> ChallengeService::runsPerDay(QDate first, QDate last) const
{
    QMap<QDate, int> perDay;
    for (QDate day = first; day <= last; day = day.addDays(1))
        perDay.insert(day, 0);
    const DayBoundary &boundary = m_clock.boundary();
    for (const ChallengeRun &run : runsBetween(boundary.startOf(first), boundary.startOf(last.addDays(1))))
        ++perDay[boundary.studyDay(run.ranAt)];
    return perDay;
}

QMap<QDate, int> ChallengeService::runsPerWeek(QDate first, QDate last) const
{
    QMap<QDate, int> perWeek;
    const QDate firstMonday = mondayOf(first);
    const QDate lastMonday = mondayOf(last);
    for (QDate monday = firstMonday; monday <= lastMonday; monday = monday.addDays(7))
        perWeek.insert(monday, 0);
    const DayBoundary &boundary = m_clock.boundary();
    for (const ChallengeRun &run : runsBetween(boundary.startOf(firstMonday), boundary.startOf(lastMonday.addDays(7))))
        ++perWeek[mondayOf(boundary.studyDay(run.ranAt))];
    return perWeek;
}

QMap<QDate, QStringList> ChallengeService::solvedPerDay(QDate first, QDate last) const
{
    QMap<QDate, QStringList> perDay;
    const QHash<QString, ChallengeProgress> all = m_store.progress();
    for (const ChallengeProgress &p : all) {
        if (!p.solvedAt)
            continue;
        const QDate day = m_clock.boundary().studyDay(*p.solvedAt);
        if (day >= first && day <= last)
            perDay[day].append(p.challengeId);
    }
    for (QStringList &ids : perDay)
        ids.sort();
    return perDay;
}

QMap<int, ChallengeService::Tally> ChallengeService::solvedPerPart() const
{
    QMap<int, Tally> perPart;
    for (const Entry &entry : list()) {
        Tally &tally = perPart[entry.part];
        ++tally.total;
        tally.solved += entry.progress.solved() ? 1 : 0;
    }
    return perPart;
}

} // namespace pmg
