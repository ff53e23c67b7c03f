// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cardinfo.h"
#include "cardmarks.h"
#include "cardstatecache.h"
#include "fsrsparameters.h"
#include "reviewlog.h"
#include "reviewstatistics.h"
#include "scheduler.h"
#include "store/storeerror.h"
#include "usercards.h"

#include <QHash>
#include <QSet>

#include <memory>

namespace pmg {

class Clock;
class Database;
class SettingsService;
class StudyWrites;
struct Curriculum;

/// Spaced repetition as the app and `garden` use it. The review log in the study database is the source of truth:
/// every grade is appended and committed durably (synchronous=FULL) before grade() returns. Card states live in a
/// cache in the derived database (CardStateCache), replayed from the log whenever it does not match the log, the
/// scheduler's settings or the card set. Cards are the curriculum's flashcards (by their stable ids) and the
/// learner's own (UserCards); a card that leaves the curriculum is retired: hidden, its history kept.
class ReviewService final
{
public:
    /// Limits and options, kept in the profile's settings ("srs/…").
    struct Options {
        int newPerDay = 20;
        int reviewsPerDay = 200;
        bool burySiblings = false; ///< answering a card buries the other cards of its note until tomorrow
        bool operator==(const Options &) const = default;
    };

    /// Which cards a session draws from: everything due, or one part, section (and its subsections) or tag.
    struct Scope {
        int part = 0;
        QString section;
        QString tag;
        bool contains(const CardInfo &card) const;
        static Scope ofPart(int part) { return {part, {}, {}}; }
        static Scope ofSection(QString section) { return {0, std::move(section), {}}; }
        static Scope ofTag(QString tag) { return {0, {}, std::move(tag)}; }
    };

    struct Queue {
        QList<CardInfo> learning; ///< learning and relearning steps due now (or within the learn-ahead window)
        QList<CardInfo> review;   ///< review cards due today
        QList<CardInfo> fresh;    ///< new cards within today's limit
        int size() const { return int(learning.size() + review.size() + fresh.size()); }
    };

    struct Grade {
        qint64 logId = 0;
        CardInfo before;
        CardState after;
        ReviewEntry entry;
    };

    ReviewService(StudyWrites &writes, Database &cache, const Clock &clock, SettingsService &settings,
                  const Curriculum &curriculum);
    ~ReviewService();

    /// Brings the cache in line with the log, settings and cards (a full replay when it does not match). Called on
    /// first use; exposed for the benchmark and for a rebuild after an import.
    bool ensureCache();
    /// The curriculum changed (an edit): new cards join, removed ones retire. `curriculum` must outlive the service
    /// (Garden's own).
    void setCurriculum(const Curriculum &curriculum);

    const Scheduler &scheduler() const { return *m_scheduler; }
    FsrsParameters parameters() const;
    StoreError setParameters(const FsrsParameters &parameters);
    Options options() const;
    StoreError setOptions(const Options &options);

    /// Today's queue for `scope` after the day's limits, suspended and buried cards left out.
    Queue queue(const Scope &scope);
    Queue queue() { return queue(Scope()); }
    /// How many cards are due now in all (the Today screen's count).
    int dueCount();
    /// When the next card of `scope` comes up after now, for a finished session: the soonest scheduled card that is
    /// not suspended (a buried one at the start of the day it returns), or the start of tomorrow when new cards wait
    /// for tomorrow's limit. Nothing when no card of the scope will come up again (none, or all suspended).
    std::optional<QDateTime> nextDue(const Scope &scope);

    /// The four states each button would give `card` now (for the interval labels).
    std::array<CardState, 4> preview(const CardInfo &card) const;
    /// Records `rating` for `card` (as it was shown, `shownAt`), durably, then updates the cache. Refused (with an
    /// error) when the card changed since it was shown or the profile is read-only.
    std::optional<Grade> grade(const CardInfo &card, Rating rating, const QDateTime &shownAt, StoreError *error);
    /// Takes `grade` back exactly: its log row is deleted and the card's previous state restored.
    StoreError undo(const Grade &grade);
    StoreError setSuspended(const QString &cardId, bool suspended);
    /// Hides the card until the next study day.
    StoreError bury(const QString &cardId);

    std::optional<CardInfo> card(const QString &cardId);
    /// Every card, retired ones included (the browser).
    QList<CardInfo> cards();
    QList<ReviewEntry> history(const QString &cardId) const;
    /// Due forecast for `forecastDays`, retention by month and answers per day from `from` to `to` (study days).
    ReviewStatistics statistics(QDate from, QDate to, int forecastDays = 30);

    /// Adds cards the learner made (e.g. missed quiz questions); cards already there are left alone. Returns how many
    /// were added.
    std::optional<int> addUserCards(const QList<Flashcard> &cards, const QString &source, StoreError *error);
    /// Carries `oldId`'s history to `newId` (the explicit rename the editor asks for).
    StoreError renameCard(const QString &oldId, const QString &newId);
    /// Card ids that have review history.
    QSet<QString> reviewedCardIds();
    bool hasHistory(const QString &cardId) const { return m_log.hasHistory(cardId); }
    /// Grades given in [from, to) (routines: "5-10 flashcards today"); -1 when the log cannot be read.
    qint64 reviewsBetween(const QDateTime &from, const QDateTime &to) const { return m_log.countBetween(from, to); }

    /// Appends reviews not yet in the log (the import of `garden reviews import` and merging another device's log),
    /// in one transaction, then replays. `added` receives how many were new.
    StoreError importReviews(const QList<ReviewEntry> &entries, qint64 *added);
    /// The whole log, oldest first.
    QList<ReviewEntry> allReviews() const;
    /// Whether `cardId` is a known card (curriculum, learner's own, or retired with history).
    bool isKnownCard(const QString &cardId);

private:
    struct Catalog;
    CardInfo infoFor(const CardStateCache::Card &cached) const;
    CardStateCache::Stamp currentStamp() const;
    bool rebuild(const CardStateCache::Stamp &stamp);
    void refreshScheduler();
    QString deviceId();
    bool cacheWrite(const std::function<bool()> &work);

    StudyWrites &m_writes;
    Database &m_study;
    Database &m_cacheDb;
    const Clock &m_clock;
    SettingsService &m_settings;
    ReviewLog m_log;
    CardMarks m_marks;
    UserCards m_userCards;
    CardStateCache m_cache;
    const Curriculum *m_curriculum = nullptr;
    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<Scheduler> m_scheduler;
    QString m_settingsKey;
    QString m_deviceId;
    bool m_cacheReady = false;
};

} // namespace pmg
