// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "srs/reviewservice.h"

#include <QComboBox>

namespace pmg {

struct Curriculum;

/// What a review session draws from: everything due, one part, one section (with its subsections) or one tag, listed
/// from the curriculum (only those that hold flashcards).
class ReviewScopeBox final : public QComboBox
{
    Q_OBJECT

public:
    explicit ReviewScopeBox(QWidget *parent = nullptr);

    /// Lists the curriculum's parts, sections and tags; keeps the chosen scope when it is still there.
    void rebuild(const Curriculum &curriculum);
    ReviewService::Scope scope() const;
    /// Selects `scope`; false when the list does not have it.
    bool setScope(const ReviewService::Scope &scope);

Q_SIGNALS:
    void scopeChosen(const pmg::ReviewService::Scope &scope);

private:
    static QString key(const ReviewService::Scope &scope);
    static ReviewService::Scope scopeOf(const QString &key);
};

} // namespace pmg
