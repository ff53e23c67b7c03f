// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "level.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace pmg {

/// One curriculum file: its front matter and its Markdown body.
struct Note {
    QString id;
    QString title;
    int part = 0;
    QString section; ///< "1", "1.1", "2.1.3"
    Level level = Level::Beginner;
    QStringList tags;
    QStringList prerequisites;
    /// `facts_as_of:` – the day the note's facts (versions, dates, tool behaviour) were last checked against sources;
    /// null when the note does not say. The monthly ritual lists notes whose date is getting old.
    QDate factsAsOf;
    int factsAsOfLine = 0; ///< front-matter line of `facts_as_of`, for messages

    QString filePath;         ///< where it was read from (for messages)
    QString relativePath;     ///< path below the curriculum root ("1-foundations/1.1-definitions.md"); the edit key
    bool userVersion = false; ///< read from the learner's saved version in the profile, not the bundled file
    QString body;             ///< Markdown after the front matter
    int bodyFirstLine = 1;    ///< line number of the body's first line in the file
    QByteArray contentHash;   ///< SHA-1 of the file's bytes, to notice edits

    /// "2.1.3" → {2, 1, 3}, for natural ordering and for the tree (parent = all but the last number).
    QList<int> sectionNumbers() const;
    QString parentSection() const;
};

/// Natural order of section numbers: 1 < 1.1 < 1.2 < 1.10 < 2.
bool sectionLess(const Note &a, const Note &b);

} // namespace pmg
