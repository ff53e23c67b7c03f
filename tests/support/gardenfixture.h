// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "garden/garden.h"
#include "garden/noteediting.h"
#include "support/curriculumfixture.h"

#include <memory>

namespace pmg::test {

/// A small curriculum folder plus a throw-away profile, opened as a Garden the way the app opens one.
class GardenFixture : public CurriculumFixture
{
protected:
    void writeDefaultCurriculum()
    {
        write(QStringLiteral("1-a/index.md"),
              note("first", "1",
                   "Welcome to **the garden**.\n\n## Tables\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n"
                   "## Code\n\n```python\ndef greet(name: str) -> str:\n    return f\"Hello, {name}!\"\n```\n\n"
                   "## Generators\n\nA generator yields values lazily.\n"));
        write(QStringLiteral("1-a/1.1-second.md"), note("second", "1.1", "Second note about dictionaries.\n"));
        write(QStringLiteral("1-a/1.2-third.md"), note("third", "1.2", "Third note, see [[second]].\n"));
    }

    /// Opens (or re-opens, as a new app start would) the garden over the curriculum folder and profile.
    Garden &openGarden()
    {
        garden.reset(); // a restart: the old garden lets go of the profile first
        auto owned = std::make_unique<FixedClock>(startTime, DayBoundary(QTimeZone("Europe/Berlin"), 4));
        gardenClock = owned.get();
        garden = std::make_unique<Garden>(std::move(owned));
        EXPECT_TRUE(garden->open(profile.path(), dir.path())) << garden->error().toStdString();
        return *garden;
    }

    QTemporaryDir profile;
    std::unique_ptr<Garden> garden;
    FixedClock *gardenClock = nullptr; ///< the open garden's clock
    QDateTime startTime = QDateTime(QDate(2026, 11, 24), QTime(10, 0), QTimeZone(QTimeZone::UTC));
};

} // namespace pmg::test
