// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace pmg {

/// How far the learner got with one note (see ProgressStore). Times are UTC.
struct NoteProgress {
    QString noteId;
    QDateTime firstOpened;
    QDateTime lastOpened;
    std::optional<QDateTime> read; ///< when it was first marked as read
    double scrollY = 0;            ///< where the reader left the page

    bool operator==(const NoteProgress &) const = default;
};

} // namespace pmg
