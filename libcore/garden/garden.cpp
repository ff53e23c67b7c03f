// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "garden.h"

#include "curriculum/wikilink.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

using namespace Qt::StringLiterals;

namespace pmg {

Garden::Garden(QObject *parent)
    : QObject(parent)
{}

Garden::~Garden() = default;

bool Garden::open(const QString &profileDir, const QString &curriculumDir)
{
    if (!QDir().mkpath(profileDir)) {
        m_error = u"cannot create the profile folder %1"_s.arg(profileDir);
        return false;
    }
    if (!m_db.open(QDir(profileDir).filePath(Database::fileName()))) {
        m_error = m_db.error();
        return false;
    }
    m_settings = std::make_unique<SettingsStore>(m_db);
    m_progress = std::make_unique<ProgressStore>(m_db);
    m_userNotes = std::make_unique<UserNoteStore>(m_db);
    m_drafts = std::make_unique<DraftStore>(profileDir);
    m_search = std::make_unique<SearchIndex>(m_db);
    m_sources.readBundled(curriculumDir);
    m_sources.setUserVersions(m_userNotes->all());
    m_curriculum = m_sources.build();
    return true;
}

IndexUpdate Garden::updateSearchIndex(const std::function<void(int, int)> &progress)
{
    return m_search->update(m_curriculum, progress);
}

Diagnostics Garden::validate(const QString &relativePath, const QByteArray &text) const
{
    return problemsOf(relativePath, m_sources.buildWith(relativePath, text));
}

Diagnostics Garden::problemsOf(const QString &relativePath, const Curriculum &candidate) const
{
    Diagnostics problems = CurriculumSources::diagnosticsFor(candidate, relativePath);

    // Errors the edit would cause elsewhere (another note's link to a heading that is gone, …).
    QSet<QString> known;
    for (const Diagnostic &d : m_curriculum.diagnostics)
        known.insert(d.toString());
    for (const Diagnostic &d : std::as_const(problems))
        known.insert(d.toString());
    for (const Diagnostic &d : candidate.diagnostics) {
        if (d.severity == Diagnostic::Severity::Error && !known.contains(d.toString()))
            problems.append(d);
    }

    // Study history is stored against note ids: an edited bundled note must keep its id.
    const auto original = std::find_if(m_curriculum.notes.cbegin(), m_curriculum.notes.cend(),
                                       [&](const Note &n) { return n.relativePath == relativePath; });
    const auto edited = std::find_if(candidate.notes.cbegin(), candidate.notes.cend(),
                                     [&](const Note &n) { return n.relativePath == relativePath; });
    if (original != m_curriculum.notes.cend() && edited != candidate.notes.cend() && original->id != edited->id)
        problems.append(
            {edited->filePath, 2,
             u"the note id must stay '%1': your reading history and links are stored against it"_s.arg(original->id)});
    return problems;
}

Garden::SaveResult Garden::save(const QString &relativePath, const QByteArray &text, const QDateTime &now)
{
    SaveResult result;
    Curriculum candidate = m_sources.buildWith(relativePath, text);
    result.problems = problemsOf(relativePath, candidate);
    if (hasErrors(result.problems))
        return result;
    // Saving the bundled text is reverting to it: no user version is kept.
    const bool sameAsBundled = m_sources.bundled(relativePath) == text;
    if (sameAsBundled ? !revert(relativePath) : !m_userNotes->save(relativePath, text, now)) {
        result.error =
            m_db.error().isEmpty() ? u"the note could not be stored in the profile database"_s : m_db.error();
        return result;
    }
    if (!sameAsBundled) {
        m_sources.setUserVersion(relativePath, text);
        m_curriculum = std::move(candidate); // exactly what the sources now build
        Q_EMIT curriculumChanged();
    }
    result.saved = true;
    return result;
}

bool Garden::revert(const QString &relativePath)
{
    if (!m_sources.hasUserVersion(relativePath))
        return true;
    if (!m_userNotes->remove(relativePath))
        return false;
    m_sources.removeUserVersion(relativePath);
    m_curriculum = m_sources.build();
    Q_EMIT curriculumChanged();
    return true;
}

std::optional<Garden::NewNote> Garden::newNote(const QString &parentSection, const QString &title) const
{
    const auto parent = std::find_if(m_curriculum.notes.cbegin(), m_curriculum.notes.cend(),
                                     [&](const Note &n) { return n.section == parentSection; });
    const QString cleanTitle = title.simplified().replace(u'"', u'\'');
    if (parent == m_curriculum.notes.cend() || cleanTitle.isEmpty())
        return std::nullopt;

    int last = 0;
    for (const Note &note : m_curriculum.notes) {
        if (note.parentSection() == parentSection) {
            const QList<int> numbers = note.sectionNumbers();
            last = std::max(last, numbers.value(numbers.size() - 1));
        }
    }
    const QString section = parentSection + u'.' + QString::number(last + 1);

    const QString slug = WikiLink::anchorFor(cleanTitle).left(48);
    QString id = slug.isEmpty() ? u"my-note"_s : slug;
    for (int i = 2; m_curriculum.note(id); ++i)
        id = (slug.isEmpty() ? u"my-note"_s : slug) + u'-' + QString::number(i);

    const QString folder = QFileInfo(parent->relativePath).path();
    NewNote result;
    result.relativePath = (folder == u"." ? QString() : folder + u'/') + section + u'-' + id + u".md"_s;
    result.text = (u"---\nid: "_s + id + u"\ntitle: \""_s + cleanTitle + u"\"\npart: "_s + QString::number(parent->part)
                   + u"\nsection: \""_s + section + u"\"\nlevel: "_s + levelName(parent->level)
                   + u"\ntags: []\nprerequisites: []\n---\n\n## Overview\n\n"_s
                   + u"Write your note here. Link other notes with [[" + parent->id + u"]].\n"_s)
                      .toUtf8();
    return result;
}

} // namespace pmg
