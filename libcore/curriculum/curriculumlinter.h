// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "curriculum.h"

#include <QJsonObject>
#include <QString>

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
    int snippetsRun = 0;        ///< executed and compared
    int snippetsNoRun = 0;      ///< compiled only
    int snippetsFragment = 0;   ///< neither
    int snippetsUnverified = 0; ///< need a newer Python than the checker has
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

    /// `pythonVersion` decides which min-python snippets count as unverified.
    static CurriculumSummary summarize(const Curriculum &curriculum, const QVersionNumber &pythonVersion);
};

} // namespace pmg
