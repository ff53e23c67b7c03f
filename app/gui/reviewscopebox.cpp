// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewscopebox.h"

#include "curriculum/curriculum.h"

#include <QSet>
#include <QSignalBlocker>

using namespace Qt::StringLiterals;

namespace pmg {

ReviewScopeBox::ReviewScopeBox(QWidget *parent)
    : QComboBox(parent)
{
    setAccessibleName(tr("Review from"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setMaxVisibleItems(24);
    addItem(tr("Everything due"), key({}));
    connect(this, &QComboBox::activated, this, [this] { Q_EMIT scopeChosen(scope()); });
}

// Items carry their scope as a key ("part:2", "section:1.1", "tag:loops"), so the list can be rebuilt and the choice
// kept across a curriculum edit.
QString ReviewScopeBox::key(const ReviewService::Scope &scope)
{
    if (scope.part > 0)
        return u"part:"_s + QString::number(scope.part);
    if (!scope.section.isEmpty())
        return u"section:"_s + scope.section;
    if (!scope.tag.isEmpty())
        return u"tag:"_s + scope.tag;
    return u"all"_s;
}

ReviewService::Scope ReviewScopeBox::scopeOf(const QString &key)
{
    ReviewService::Scope scope;
    if (key.startsWith(u"part:"))
        scope.part = key.mid(5).toInt();
    else if (key.startsWith(u"section:"))
        scope.section = key.mid(8);
    else if (key.startsWith(u"tag:"))
        scope.tag = key.mid(4);
    return scope;
}

void ReviewScopeBox::rebuild(const Curriculum &curriculum)
{
    const QString chosen = currentData().toString();
    const QSignalBlocker blocker(this);
    clear();
    addItem(tr("Everything due"), key({}));
    // Which sections (and, through them, parts) and tags hold cards.
    QSet<QString> sectionsWithCards;
    QSet<int> partsWithCards;
    QStringList tags;
    for (const Flashcard &card : curriculum.flashcards) {
        const Note *note = curriculum.note(card.noteId);
        if (!note)
            continue;
        partsWithCards.insert(note->part);
        for (QString section = note->section; !section.isEmpty(); section = section.section(u'.', 0, -2))
            sectionsWithCards.insert(section);
        for (const QString &tag : note->tags) {
            if (!tags.contains(tag))
                tags.append(tag);
        }
    }
    for (const Note &note : curriculum.notes) {
        if (!note.section.contains(u'.') && partsWithCards.contains(note.part)) {
            addItem(tr("Part %1 — %2").arg(note.part).arg(note.title), key(ReviewService::Scope::ofPart(note.part)));
        } else if (note.section.contains(u'.') && sectionsWithCards.contains(note.section)) {
            const QString indent(2 * note.section.count(u'.'), u' ');
            addItem(indent + u"§ "_s + note.section + u"  "_s + note.title,
                    key(ReviewService::Scope::ofSection(note.section)));
        }
    }
    tags.sort(Qt::CaseInsensitive);
    for (const QString &tag : std::as_const(tags))
        addItem(tr("Tag: %1").arg(tag), key(ReviewService::Scope::ofTag(tag)));
    const int index = findData(chosen);
    setCurrentIndex(index >= 0 ? index : 0);
}

ReviewService::Scope ReviewScopeBox::scope() const
{
    return scopeOf(currentData().toString());
}

bool ReviewScopeBox::setScope(const ReviewService::Scope &scope)
{
    const int index = findData(key(scope));
    if (index >= 0)
        setCurrentIndex(index);
    return index >= 0;
}

} // namespace pmg
