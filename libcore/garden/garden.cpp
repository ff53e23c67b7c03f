// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "garden.h"

#include "challenges/challengeservice.h"
#include "noteediting.h"
#include "progressservice.h"
#include "quiz/quizservice.h"
#include "routines/routineservice.h"
#include "search/indexdatabase.h"
#include "search/searchservice.h"
#include "settingsservice.h"
#include "srs/reviewservice.h"
#include "store/profileopener.h"
#include "store/studywrites.h"
#include "store/usernotestore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QStandardPaths>
#include <QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace pmg {

Garden::Garden(std::unique_ptr<Clock> clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock ? std::move(clock) : std::make_unique<SystemClock>())
{
    qRegisterMetaType<pmg::StoreError>();
}

Garden::~Garden()
{
    close();
}

bool Garden::fail(const StoreError &error)
{
    m_error = error;
    close();
    return false;
}

bool Garden::open(const QString &profileDir, const QString &curriculumDir, const OpenOptions &options)
{
    close();
    m_error = {};
    m_files = ProfileFiles(profileDir);
    m_lock = std::make_unique<ProfileLock>(profileDir);
    const ProfileOpener::Result opened =
        ProfileOpener(m_files, *m_lock)
            .open(m_db, m_clock->now(), {.readOnlyWhenHeld = options.readOnlyWhenHeld, .readOnly = options.readOnly});
    if (opened.error)
        return fail(opened.error);

    m_writes = std::make_unique<StudyWrites>(m_db);
    m_writes->setReadOnly(opened.readOnlyReason);
    connect(m_writes.get(), &StudyWrites::failed, this, &Garden::writeFailed);

    // Derived data never blocks the app: a file that cannot be used is rebuilt, and as a last resort the index lives
    // in memory for this session.
    if (IndexDatabase::open(m_indexDb, indexPath()) && IndexDatabase::open(m_indexDb, QString()))
        return fail(m_indexDb.lastError());

    m_drafts = std::make_unique<DraftStore>(profileDir);
    m_settings = std::make_unique<SettingsService>(*m_writes);
    m_progress = std::make_unique<ProgressService>(*m_writes, *m_clock);
    m_sources = CurriculumSources();
    m_sources.readBundled(curriculumDir);
    m_sources.setUserVersions(UserNoteStore(m_db).all());
    m_curriculum = m_sources.build();
    m_editor = std::make_unique<NoteEditing>(*m_writes, *m_clock, m_sources, m_curriculum, *m_drafts, [this] {
        if (m_reviews)
            m_reviews->setCurriculum(m_curriculum);
        Q_EMIT curriculumChanged();
    });
    m_search = std::make_unique<SearchService>(m_indexDb);
    m_quizzes = std::make_unique<QuizService>(*m_writes, *m_clock, m_curriculum);
    m_reviews = std::make_unique<ReviewService>(*m_writes, m_indexDb, *m_clock, *m_settings, m_curriculum);
    m_editor->setCardHistory([this](const QString &cardId) { return m_reviews->hasHistory(cardId); });
    m_challenges = std::make_unique<ChallengeService>(*m_writes, *m_clock, m_curriculum);
    m_routines = std::make_unique<RoutineService>(*m_writes, *m_settings, *m_clock, m_curriculum);
    // The facts routines' auto-rules read from reviews and challenge runs.
    m_routines->activity().setReviewSource([this](const QDateTime &from, const QDateTime &to) -> std::optional<int> {
        const qint64 n = m_reviews->reviewsBetween(from, to);
        return n < 0 ? std::nullopt : std::optional<int>(int(n));
    });
    m_routines->activity().setChallengeSource(
        [this](const QDateTime &from, const QDateTime &to, const QString &idPrefix) -> std::optional<int> {
            QSet<QString> solved;
            for (const ChallengeRun &run : m_challenges->runsBetween(from, to)) {
                if (run.passedAll() && run.challengeId.startsWith(idPrefix))
                    solved.insert(run.challengeId);
            }
            return int(solved.size());
        });
    return true;
}

void Garden::close()
{
    // Services first (the search threads hold connections), then the databases, then the lock. A practice quiz's time
    // stops while the app is closed.
    if (m_quizzes)
        m_quizzes->suspend();
    m_quizzes.reset();
    m_reviews.reset();
    m_challenges.reset();
    m_routines.reset();
    m_search.reset();
    m_editor.reset();
    m_progress.reset();
    m_settings.reset();
    m_writes.reset();
    m_drafts.reset();
    m_indexDb.close();
    m_db.close();
    if (m_lock)
        m_lock->release();
}

bool Garden::isOpen() const
{
    return m_db.isOpen() && m_writes;
}

bool Garden::isReadOnly() const
{
    return m_writes && m_writes->isReadOnly();
}

QString Garden::readOnlyReason() const
{
    return m_writes ? m_writes->readOnlyReason() : QString();
}

// A read-only profile still gets a search index, in the user's cache folder (keyed by the profile's path) where it can
// be written.
QString Garden::indexPath() const
{
    if (!isReadOnly())
        return m_files.indexDatabase();
    const QString cache = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    const QByteArray key =
        QCryptographicHash::hash(QFileInfo(m_files.folder()).absoluteFilePath().toUtf8(), QCryptographicHash::Sha1)
            .toHex()
            .left(16);
    if (cache.isEmpty() || !QDir().mkpath(cache))
        return QString();
    return QDir(cache).filePath(u"index-"_s + QString::fromLatin1(key) + u".sqlite"_s);
}

QList<Backups::Info> Garden::backups() const
{
    return Backups(m_files.folder()).list();
}

StoreError Garden::backUp(Backups::Kind kind, QString *createdPath)
{
    if (!m_db.isOpen())
        return {StoreError::Kind::Io, m_files.studyDatabase(), u"the profile is not open"_s};
    return Backups(m_files.folder()).create(m_files.studyDatabase(), kind, m_clock->now(), createdPath);
}

void Garden::startDailyBackupIfDue()
{
    const QDateTime now = m_clock->now();
    if (!isOpen() || isReadOnly() || m_backupRunning || !Backups(m_files.folder()).isDailyDue(now))
        return;
    m_backupRunning = true;
    // Its own read-only connection: safe beside the app's writes, and the GUI thread never waits for the copy.
    auto *watcher = new QFutureWatcher<std::pair<StoreError, QString>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        m_backupRunning = false;
        const auto [error, path] = watcher->result();
        watcher->deleteLater();
        Q_EMIT backupFinished(error, path);
    });
    watcher->setFuture(QtConcurrent::run([folder = m_files.folder(), file = m_files.studyDatabase(), now] {
        QString path;
        const StoreError error = Backups(folder).create(file, Backups::Kind::Daily, now, &path);
        return std::pair{error, path};
    }));
}

StoreError Garden::restore(const QString &profileDir, const QString &backup, const QDateTime &now, QString *keptAs)
{
    ProfileLock lock(profileDir);
    if (const StoreError error = lock.acquire())
        return error;
    const ProfileFiles files(profileDir);
    // The database being replaced is kept beside it; a healthy one also gets a regular backup first.
    if (!Database::inspect(files.studyDatabase(), true).error && QFileInfo::exists(files.studyDatabase())) {
        if (const StoreError error =
                Backups(profileDir).create(files.studyDatabase(), Backups::Kind::BeforeRestore, now))
            return error;
    }
    return files.restore(backup, now, keptAs);
}

StoreError Garden::moveAside(const QString &profileDir, const QDateTime &now, QString *keptAs)
{
    ProfileLock lock(profileDir);
    if (const StoreError error = lock.acquire())
        return error;
    return ProfileFiles(profileDir).moveAside(now, keptAs);
}

} // namespace pmg
