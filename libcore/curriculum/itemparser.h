// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostic.h"
#include "markdownscanner.h"
#include "studyitems.h"

#include <variant>

namespace pmg {

using StudyItem = std::variant<Flashcard, QuizQuestion, Challenge, Checklist>;

/// Turns a `[!card]`, `[!quiz]`, `[!challenge]` or `[!checklist]` callout into its study item, reporting every
/// deviation from docs/curriculum-format.md. Other callout types (tip, warning …) are not items: nullopt, no error.
class ItemParser final
{
public:
    static bool isItemType(const QString &calloutType);

    static std::optional<StudyItem> parse(const CalloutBlock &callout, const QString &noteId, const QString &file,
                                          Diagnostics &diagnostics);
};

} // namespace pmg
