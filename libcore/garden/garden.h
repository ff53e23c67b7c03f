// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clock/clock.h"
#include "curriculum/curriculum.h"
#include "curriculum/curriculumsources.h"
#include "garden/draftstore.h"
#include "store/backups.h"
#include "store/database.h"
#include "store/profilefiles.h"
#include "store/profilelock.h"
#include "store/storeerror.h"

#include <QObject>

#include <memory>

namespace pmg {

class ChallengeService;
class NoteEditing;
class ProgressService;
class ReviewService;
class QuizService;
class RoutineService;
class SearchService;
class SettingsService;
class StudyWrites;

/// One learner's garden, and the composition root of libcore: it runs the profile's open sequence (lock, integrity
/// check, backup, migrations; see ProfileOpener), owns the one study Database, the search index database and the
/// clock, and builds the services the GUI and `garden` call. Neither runs SQL nor touches a store directly.
class Garden final : public QObject
{
    Q_OBJECT

public:
    struct OpenOptions {
        /// When another copy of the app holds the profile: open it read-only instead of failing (`garden search`).
        bool readOnlyWhenHeld = false;
        /// Open without writing anything even when the profile could be written.
        bool readOnly = false;
    };

    /// `clock` defaults to the system clock with the system's time zone.
    explicit Garden(std::unique_ptr<Clock> clock = nullptr, QObject *parent = nullptr);
    ~Garden() override;

    /// Opens (creating when needed) the profile in `profileDir` and reads the curriculum from `curriculumDir`.
    /// False when the profile cannot be used; lastError() then says which file, why, and what kind of problem it is.
    bool open(const QString &profileDir, const QString &curriculumDir, const OpenOptions &options);
    bool open(const QString &profileDir, const QString &curriculumDir)
    {
        return open(profileDir, curriculumDir, OpenOptions());
    }
    bool isOpen() const;
    QString error() const { return m_error.message(); }
    StoreError lastError() const { return m_error; }

    /// Read-only: the profile's folder or file cannot be written, or another copy holds it. Nothing is saved then.
    bool isReadOnly() const;
    QString readOnlyReason() const;

    const Clock &clock() const { return *m_clock; }
    const ProfileFiles &files() const { return m_files; }
    const Curriculum &curriculum() const { return m_curriculum; }

    // Services.
    SettingsService &settings() { return *m_settings; }
    ProgressService &progress() { return *m_progress; }
    NoteEditing &editor() { return *m_editor; }
    SearchService &search() { return *m_search; }
    QuizService &quizzes() { return *m_quizzes; }
    ReviewService &reviews() { return *m_reviews; }
    ChallengeService &challenges() { return *m_challenges; }
    RoutineService &routines() { return *m_routines; }
    /// Every failed write of every service is emitted here too (see writeFailed()).
    StudyWrites &writes() { return *m_writes; }

    // Backups of the study database.
    QList<Backups::Info> backups() const;
    /// Writes a backup now (on the caller's thread). `createdPath` receives the file.
    StoreError backUp(Backups::Kind kind, QString *createdPath = nullptr);
    /// Starts the daily backup on a worker thread when one is due; backupFinished() reports it.
    void startDailyBackupIfDue();

    /// Restores `backup` into the profile in `profileDir` (which must not be open in this or another process):
    /// checked, atomic, and the replaced database is kept beside it (`keptAs`).
    static StoreError restore(const QString &profileDir, const QString &backup, const QDateTime &now,
                              QString *keptAs = nullptr);
    /// Moves a damaged study database aside so the profile starts afresh (same conditions as restore()).
    static StoreError moveAside(const QString &profileDir, const QDateTime &now, QString *keptAs = nullptr);

    /// Closes everything and releases the profile lock (also done by the destructor).
    void close();

Q_SIGNALS:
    /// The curriculum was rebuilt after a save or revert.
    void curriculumChanged();
    /// A write to the study database failed; the UI keeps it visible until the learner acts on it.
    void writeFailed(const pmg::StoreError &error);
    void backupFinished(const pmg::StoreError &error, const QString &path);

private:
    bool fail(const StoreError &error);
    QString indexPath() const;

    std::unique_ptr<Clock> m_clock;
    ProfileFiles m_files{QString()};
    std::unique_ptr<ProfileLock> m_lock;
    StoreError m_error;
    Database m_db;
    Database m_indexDb;
    CurriculumSources m_sources;
    Curriculum m_curriculum;
    std::unique_ptr<DraftStore> m_drafts;
    std::unique_ptr<StudyWrites> m_writes;
    std::unique_ptr<SettingsService> m_settings;
    std::unique_ptr<ProgressService> m_progress;
    std::unique_ptr<NoteEditing> m_editor;
    std::unique_ptr<SearchService> m_search;
    std::unique_ptr<QuizService> m_quizzes;
    std::unique_ptr<ReviewService> m_reviews;
    std::unique_ptr<ChallengeService> m_challenges;
    std::unique_ptr<RoutineService> m_routines;
    bool m_backupRunning = false;
};

} // namespace pmg
