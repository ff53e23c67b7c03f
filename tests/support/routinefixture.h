// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "garden/garden.h"
#include "routines/routineservice.h"
#include "support/gardenfixture.h"

#include <QByteArray>

namespace pmg::test {

/// A curriculum with a checklist of each cadence (items with and without auto-rules, one block id used twice), a quiz
/// question, and notes whose facts_as_of dates are old, recent and missing; opened as a Garden on a FixedClock that
/// starts on Tuesday 24 November 2026, 11:00 in Berlin (the day turns at 04:00).
class RoutineFixture : public GardenFixture
{
protected:
    static QByteArray datedNote(const char *id, const char *section, const char *factsAsOf, const QByteArray &body)
    {
        const QByteArray part = QByteArray(section).left(1);
        QByteArray text = "---\nid: " + QByteArray(id) + "\ntitle: \"Note " + id + "\"\npart: " + part + "\nsection: \""
                          + section + "\"\nlevel: beginner\n";
        if (*factsAsOf)
            text += "facts_as_of: " + QByteArray(factsAsOf) + "\n";
        return text + "---\n" + body;
    }

    static QByteArray checklists()
    {
        return "The plan.\n\n"
               "> [!checklist] id=rl-daily cadence=daily title=\"Daily review\"\n"
               "> - [ ] Review 5-10 flashcards ^daily-cards\n"
               "> - [ ] Read one article ^daily-read\n"
               "> - [ ] Write one typed function ^daily-plain\n\n"
               "> [!checklist] id=rl-weekly cadence=weekly title=\"Weekly review\"\n"
               "> - [ ] Take one quiz ^weekly-quiz\n"
               "> - [ ] Read a docs chapter ^weekly-docs\n"
               "> - [ ] Something shared ^shared\n\n"
               "> [!checklist] id=rl-30 cadence=30-day title=\"30-day refresh\"\n"
               "> - [ ] Build a small project ^month-build\n"
               "> - [ ] Something shared ^shared\n\n"
               "> [!quiz] id=q-one type=single level=beginner\n"
               "> What does `[1, 2].append(3)` return?\n>\n"
               "> - [ ] `[1, 2, 3]`\n> - [x] `None`\n>\n"
               "> **Explanation:** `append` changes the list in place.\n>\n> **Learn:** [[first]]\n";
    }

    static QByteArray ritual()
    {
        return "The ritual.\n\n"
               "> [!checklist] id=rl-ritual-update cadence=monthly title=\"5.6.1 Update this document\"\n"
               "> - [ ] Re-check old notes ^recheck-stale-notes\n"
               "> - [ ] Add new patterns ^add-patterns\n"
               "> - [ ] Write a changelog entry ^changelog-entry\n\n"
               "> [!checklist] id=rl-ritual-templates cadence=monthly title=\"5.6.2 Refresh templates\"\n"
               "> - [ ] Update boilerplates ^update-syntax\n\n"
               "> [!checklist] id=rl-ritual-archive cadence=monthly title=\"5.6.4 Archive outdated notes\"\n"
               "> - [ ] Mark Python 2 patterns as historic ^mark-python2\n";
    }

    void writeRoutineCurriculum()
    {
        write(QStringLiteral("1-a/index.md"), datedNote("first", "1", "2026-08-01", "Welcome.\n"));
        write(QStringLiteral("1-a/1.1-second.md"), datedNote("second", "1.1", "2026-11-01", "Dictionaries.\n"));
        write(QStringLiteral("1-a/1.2-plan.md"), datedNote("plan", "1.2", "", checklists()));
        write(QStringLiteral("2-b/index.md"), datedNote("ritual", "2", "2026-09-01", ritual()));
    }

    RoutineService &routines() { return garden->routines(); }

    /// The current period of `routineId`, as the service shows it now.
    RoutinePeriod current(const char *routineId) { return routines().current(QString::fromLatin1(routineId)); }
    TickState stateOf(const char *routineId, const char *itemId)
    {
        const RoutinePeriod period = current(routineId);
        const RoutineItem *item = period.item(QString::fromLatin1(itemId));
        EXPECT_NE(item, nullptr) << itemId;
        return item ? item->state : TickState::Open;
    }
    static RoutineService::ItemRef ref(const char *routineId, const char *itemId)
    {
        return {QString::fromLatin1(routineId), QString::fromLatin1(itemId)};
    }
    QString key(Cadence cadence) { return routines().currentPeriod(cadence).key; }

    /// Ticks every item of the routine's current period by hand.
    void tickAll(const char *routineId)
    {
        const RoutinePeriod period = current(routineId);
        for (const RoutineItem &item : period.items) {
            if (!item.isTicked()) {
                ASSERT_TRUE(routines().tick({item.routineId, item.id}, period.period.key))
                    << routines().lastError().toStdString();
            }
        }
    }

    /// Moves the garden's clock on by whole days.
    void advanceDays(int days) { gardenClock->advance(qint64(days) * 86'400); }
};

} // namespace pmg::test
