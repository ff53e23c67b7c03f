// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "garden/garden.h"
#include "quiz/quizservice.h"
#include "support/gardenfixture.h"

#include <QByteArray>

namespace pmg::test {

/// A curriculum with a question of every type (and a case-sensitive short one), spread over two parts, three notes
/// and three levels, opened as a Garden on a FixedClock.
class QuizFixture : public GardenFixture
{
protected:
    static QByteArray taggedNote(const char *id, const char *section, const char *tags, const QByteArray &body)
    {
        const QByteArray part = QByteArray(section).left(1);
        return "---\nid: " + QByteArray(id) + "\ntitle: \"Note " + id + "\"\npart: " + part + "\nsection: \"" + section
               + "\"\nlevel: beginner\ntags: [" + tags + "]\n---\n" + body;
    }

    static QByteArray questions()
    {
        return "Questions.\n\n"
               "> [!quiz] id=q-single type=single level=beginner\n"
               "> What does `[1, 2].append(3)` return?\n>\n"
               "> - [ ] `[1, 2, 3]`\n> - [x] `None`\n> - [ ] `3`\n>\n"
               "> **Explanation:** `append` changes the list in place.\n>\n> **Learn:** [[first]]\n\n"
               "> [!quiz] id=q-multi type=multiple level=intermediate\n"
               "> Which are iterators?\n>\n"
               "> - [x] `iter([1])`\n> - [x] a generator\n> - [ ] `range(3)`\n> - [x] `enumerate(\"ab\")`\n"
               "> - [ ] `[1, 2]`\n>\n"
               "> **Explanation:** An iterator has `__next__`.\n>\n> **Learn:** [[second]]\n\n"
               "> [!quiz] id=q-tf type=truefalse level=beginner\n"
               "> `sorted()` is stable.\n>\n> - [x] True\n> - [ ] False\n>\n"
               "> **Explanation:** Stability is guaranteed.\n>\n> **Learn:** [[first]]\n\n"
               "> [!quiz] id=q-output type=output level=beginner\n"
               "> What does this print?\n>\n"
               "> ```python\n> def greet(name: str) -> str:\n>     return f\"Hello, {name}!\"\n>\n"
               "> for word in [\"garden\", \"quiz\"]:\n>     print(greet(word))\n> ```\n>\n"
               "> ```output\n> Hello, garden!\n> Hello, quiz!\n> ```\n>\n"
               "> **Explanation:** The loop calls `greet` twice.\n>\n> **Learn:** [[second]]\n\n"
               "> [!quiz] id=q-short type=short level=expert\n"
               "> Which keyword skips to the next loop iteration?\n>\n> **Accept:** `continue` | `cont`\n>\n"
               "> **Explanation:** `continue` skips the rest of the body.\n>\n> **Learn:** [[third]]\n\n"
               "> [!quiz] id=q-case type=short level=beginner case=sensitive\n"
               "> What is `\"Python\"[::-1]`?\n>\n> **Accept:** `nohtyP`\n>\n"
               "> **Explanation:** A step of -1 reverses.\n>\n> **Learn:** [[third]]\n";
    }

    void writeQuizCurriculum()
    {
        write(QStringLiteral("1-a/index.md"), taggedNote("first", "1", "basics", "Welcome.\n"));
        write(QStringLiteral("1-a/1.1-second.md"), taggedNote("second", "1.1", "iterators, basics", questions()));
        write(QStringLiteral("2-b/index.md"), taggedNote("third", "2", "loops", "Loops.\n"));
    }

    QuizService &quizzes() { return garden->quizzes(); }

    /// The quiz of every question, in a fixed order: level compositions drawn with a fixed seed.
    QuizDefinition everything() { return quizzes().compose(QuizComposition()); }
};

} // namespace pmg::test
