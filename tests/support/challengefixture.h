// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/gardenfixture.h"

namespace pmg::test {

/// A garden whose curriculum has two challenges: "ch-double" (part 1, beginner: the starter passes one of its two
/// tests, `return x * 2` passes both) and "ch-greet" (part 2, intermediate).
class ChallengeFixture : public GardenFixture
{
protected:
    static constexpr const char *doubleStarter = "def double(x):\n    return x\n";
    static constexpr const char *doubleSolution = "def double(x):\n    return x * 2\n";

    void writeChallengeCurriculum()
    {
        write(QStringLiteral("1-a/index.md"), note("first", "1", "Doubling numbers.\n"));
        write(QStringLiteral("1-a/1.1-double.md"),
              note("doubling", "1.1",
                   "## Practice\n\n"
                   "> [!challenge] id=ch-double level=beginner title=\"Double a number\"\n"
                   "> Write `double(x)` that returns **twice** `x`. See [[first]].\n"
                   ">\n"
                   "> ```python starter\n"
                   "> def double(x):\n"
                   ">     return x\n"
                   "> ```\n"
                   ">\n"
                   "> ```python solution\n"
                   "> def double(x):\n"
                   ">     return x * 2\n"
                   "> ```\n"
                   ">\n"
                   "> ```python tests\n"
                   "> from solution import double\n"
                   ">\n"
                   ">\n"
                   "> def test_zero():\n"
                   ">     assert double(0) == 0\n"
                   ">\n"
                   ">\n"
                   "> def test_two():\n"
                   ">     print('doubling 2')\n"
                   ">     assert double(2) == 4, 'double(2) should be 4'\n"
                   "> ```\n"));
        write(QStringLiteral("2-b/index.md"),
              note("second-part", "2",
                   "> [!challenge] id=ch-greet level=intermediate title=\"Greet someone\"\n"
                   "> Write `greet(name)`.\n"
                   ">\n"
                   "> ```python starter\n"
                   "> def greet(name):\n"
                   ">     pass\n"
                   "> ```\n"
                   ">\n"
                   "> ```python solution\n"
                   "> def greet(name):\n"
                   ">     return f'Hello, {name}!'\n"
                   "> ```\n"
                   ">\n"
                   "> ```python tests\n"
                   "> from solution import greet\n"
                   ">\n"
                   ">\n"
                   "> def test_greet():\n"
                   ">     assert greet('Ada') == 'Hello, Ada!'\n"
                   "> ```\n",
                   "intermediate"));
    }
};

} // namespace pmg::test
