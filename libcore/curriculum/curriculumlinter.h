// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "curriculum.h"

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace pmg {

/// Counts for `garden lint`'s summary line.
struct CurriculumSummary {
    int notes = 0;
    int flashcards = 0;
    int questions = 0;
    int beginnerQuestions = 0;
    int intermediateQuestions = 0;
    int expertQuestions = 0;
    int challenges = 0;
    int checklists = 0;
    int checklistItems = 0;
    int snippetsRun = 0;            ///< executed and compared
    int snippetsNoRun = 0;          ///< compiled only
    int snippetsFragment = 0;       ///< neither
    int snippetsUnverified = 0;     ///< need a newer Python than the checker has
    QStringList unverifiedSnippets; ///< "file:line (needs Python 3.15)" of each unverified snippet
    int errors = 0;
    int warnings = 0;

    QString toLine() const;
    QJsonObject toJson() const;
};

/// The checks that need the whole curriculum: unique ids, existing link targets and prerequisites, part folders.
class CurriculumLinter final
{
public:
    static void crossCheck(Curriculum &curriculum);

    /// Reports every note whose `facts_as_of` date lies after `today` (a typo, or a date copied from a plan): a date of
    /// record can only be in the past. Separate from crossCheck because loading never reads the clock.
    static void checkFactsDates(Curriculum &curriculum, QDate today);

    /// `pythonVersion` is the newest Python the snippet checker can run (python3, or Pyodide's CPython when it is
    /// installed); it decides which min-python snippets count as unverified.
    static CurriculumSummary summarize(const Curriculum &curriculum, const QVersionNumber &pythonVersion);
};

} // namespace pmg
