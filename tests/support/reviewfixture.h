// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "srs/reviewservice.h"
#include "support/gardenfixture.h"

#include <QByteArray>

namespace pmg::test {

/// A curriculum with five flashcards over two parts, three notes and two tags (one card with highlighted code on
/// both sides), opened as a Garden on a FixedClock.
class ReviewFixture : public GardenFixture
{
protected:
    static QByteArray taggedNote(const char *id, const char *section, const char *tags, const QByteArray &body)
    {
        const QByteArray part = QByteArray(section).left(1);
        return "---\nid: " + QByteArray(id) + "\ntitle: \"Note " + id + "\"\npart: " + part + "\nsection: \"" + section
               + "\"\nlevel: beginner\ntags: [" + tags + "]\n---\n" + body;
    }

    /// The cards come in curriculum order, section by section:
    /// c-gen and c-dict (note "second", § 1, tag basics), c-list and c-tuple (note "first", § 1.1, tag sequences),
    /// c-loop (note "third", part 2, tag loops).
    void writeReviewCurriculum()
    {
        write(QStringLiteral("1-a/index.md"),
              taggedNote("second", "1", "basics",
                         "Generators.\n\n"
                         "> [!card] id=c-gen\n"
                         "> **Q:** What does `yield` turn this function into?\n>\n"
                         "> ```python\n> def count(n: int):\n>     i = 0\n>     while i < n:\n>         yield i\n"
                         ">         i += 1\n> ```\n>\n"
                         "> **A:** A **generator** function: calling it returns an iterator.\n>\n"
                         "> ```python\n> it = count(3)\n> print(next(it), list(it))  # 0 [1, 2]\n> ```\n\n"
                         "> [!card] id=c-dict\n> **Q:** How do you read a key with a default?\n>\n"
                         "> **A:** `d.get(key, default)`\n"));
        write(QStringLiteral("1-a/1.1-first.md"),
              taggedNote("first", "1.1", "sequences",
                         "Sequences.\n\n"
                         "> [!card] id=c-list\n> **Q:** Is a list mutable?\n>\n> **A:** Yes.\n\n"
                         "> [!card] id=c-tuple\n> **Q:** Is a tuple mutable?\n>\n> **A:** No.\n"));
        write(QStringLiteral("2-b/index.md"),
              taggedNote("third", "2", "loops",
                         "Loops.\n\n> [!card] id=c-loop\n> **Q:** Which keyword leaves a loop?\n>\n"
                         "> **A:** `break`\n"));
    }

    ReviewService &reviews() { return garden->reviews(); }
};

} // namespace pmg::test
