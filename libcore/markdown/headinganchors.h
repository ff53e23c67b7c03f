// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QString>

namespace pmg {

/// The ids of one note's headings, handed out in document order: the slug `[[note#Heading]]` links use
/// (WikiLink::anchorFor), `section` when that is empty, and `-2`, `-3`… for repeats within the note. The renderer and
/// the search index both number headings through here, so a search hit always lands on its heading.
class HeadingAnchors final
{
public:
    /// The id of the next heading, whose plain text is `headingText`.
    QString take(const QString &headingText);

private:
    QSet<QString> m_used;
};

} // namespace pmg
