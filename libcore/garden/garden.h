// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "curriculum/curriculum.h"
#include "curriculum/curriculumsources.h"
#include "garden/draftstore.h"
#include "search/searchindex.h"
#include "store/database.h"
#include "store/progressstore.h"
#include "store/settingsstore.h"
#include "store/usernotestore.h"

#include <QDateTime>
#include <QObject>

#include <memory>

namespace pmg {

/// One learner's garden: the profile's database, the curriculum as they see it (bundled notes with their own
/// versions laid over), reading progress, settings and the search index. The GUI and `garden` talk to this; neither
/// runs SQL or touches the profile's files directly.
class Garden final : public QObject
{
    Q_OBJECT

public:
    explicit Garden(QObject *parent = nullptr);
    ~Garden() override;

    /// Opens (creating when needed) the profile in `profileDir` and reads the curriculum from `curriculumDir`.
    /// False when the database cannot be used; error() then says which file and why.
    bool open(const QString &profileDir, const QString &curriculumDir);
    QString error() const { return m_error; }

    const Curriculum &curriculum() const { return m_curriculum; }
    SettingsStore &settings() { return *m_settings; }
    ProgressStore &progress() { return *m_progress; }
    DraftStore &drafts() { return *m_drafts; }
    SearchIndex &searchIndex() { return *m_search; }

    /// Brings the search index up to date with the curriculum (only changed notes are re-indexed).
    IndexUpdate updateSearchIndex(const std::function<void(int done, int total)> &progress = {});

    // Editing. Paths are relative to the curriculum root ("1-foundations/1.1-definitions.md").
    std::optional<QByteArray> source(const QString &relativePath) const { return m_sources.current(relativePath); }
    bool isBundled(const QString &relativePath) const { return m_sources.isBundled(relativePath); }
    bool hasUserVersion(const QString &relativePath) const { return m_sources.hasUserVersion(relativePath); }

    /// Problems `text` would have if saved at `relativePath`: its own diagnostics plus any error it would cause in
    /// other notes (a removed heading that is linked to, a changed id …).
    Diagnostics validate(const QString &relativePath, const QByteArray &text) const;

    struct SaveResult {
        bool saved = false;
        Diagnostics problems; ///< why it was refused (errors), or warnings it was saved with
        QString error;        ///< a storage failure
    };
    /// Validates and, when there is no error, stores `text` as the learner's version and rebuilds the curriculum.
    /// Text identical to the bundled file removes the user version instead.
    SaveResult save(const QString &relativePath, const QByteArray &text, const QDateTime &now);
    /// Drops the learner's version: the bundled note comes back; a note the learner created is deleted.
    bool revert(const QString &relativePath);

    /// A new note under `parentSection` (next free section number, in the parent's part folder) with `title`;
    /// returns its relative path and Markdown, not yet saved.
    struct NewNote {
        QString relativePath;
        QByteArray text;
    };
    std::optional<NewNote> newNote(const QString &parentSection, const QString &title) const;

Q_SIGNALS:
    /// The curriculum was rebuilt after a save or revert.
    void curriculumChanged();

private:
    /// validate() for a candidate curriculum that is already built.
    Diagnostics problemsOf(const QString &relativePath, const Curriculum &candidate) const;

    QString m_error;
    Database m_db;
    CurriculumSources m_sources;
    Curriculum m_curriculum;
    std::unique_ptr<SettingsStore> m_settings;
    std::unique_ptr<ProgressStore> m_progress;
    std::unique_ptr<UserNoteStore> m_userNotes;
    std::unique_ptr<DraftStore> m_drafts;
    std::unique_ptr<SearchIndex> m_search;
};

} // namespace pmg
