// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewservice.h"

#include "clock/clock.h"
#include "curriculum/curriculum.h"
#include "garden/settingsservice.h"
#include "replay.h"
#include "store/database.h"
#include "store/studywrites.h"
#include "studydays.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSet>
#include <QTimeZone>
#include <QUuid>

#include <climits>

using namespace Qt::StringLiterals;

namespace pmg {

namespace {

const QString parametersKey = u"srs/parameters"_s;
const QString newPerDayKey = u"srs/new-per-day"_s;
const QString reviewsPerDayKey = u"srs/reviews-per-day"_s;
const QString burySiblingsKey = u"srs/bury-siblings"_s;
const QString deviceIdKey = u"srs/device-id"_s;
/// Learning steps due within this window are shown rather than waited for (Anki's "learn ahead limit", 20 min).
constexpr qint64 learnAheadSeconds = 20 * 60;
/// Retired cards sort after every card of the curriculum.
constexpr int retiredPosition = INT_MAX / 2;

QString hashOf(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha1).toHex());
}

} // namespace

struct ReviewService::Catalog {
    QList<CardInfo> cards; ///< curriculum order, then the learner's own cards
    QHash<QString, qsizetype> index;
    QString hash;

    Catalog(const Curriculum &curriculum, const QList<Flashcard> &userCards)
    {
        const auto add = [&](const Flashcard &card, bool user) {
            if (index.contains(card.id))
                return; // a duplicate id is a lint error; the first one counts, as everywhere
            CardInfo info;
            info.id = card.id;
            info.noteId = card.noteId;
            info.front = card.front;
            info.back = card.back;
            info.file = card.file;
            info.line = card.line;
            info.userCard = user;
            if (const Note *note = curriculum.note(card.noteId)) {
                info.part = note->part;
                info.section = note->section;
                info.tags = note->tags;
            }
            index.insert(card.id, cards.size());
            cards.append(info);
        };
        // Curriculum order: notes as the tree shows them, a note's cards top to bottom (new cards come in this order).
        QHash<QString, QList<const Flashcard *>> byNote;
        for (const Flashcard &card : curriculum.flashcards)
            byNote[card.noteId].append(&card);
        for (const Note &note : curriculum.notes) {
            QList<const Flashcard *> ofNote = byNote.take(note.id);
            std::stable_sort(ofNote.begin(), ofNote.end(),
                             [](const Flashcard *a, const Flashcard *b) { return a->line < b->line; });
            for (const Flashcard *card : std::as_const(ofNote))
                add(*card, false);
        }
        for (const QList<const Flashcard *> &orphans : std::as_const(byNote)) {
            for (const Flashcard *card : orphans)
                add(*card, false);
        }
        for (const Flashcard &card : userCards)
            add(card, true);
        QByteArray ids;
        for (const CardInfo &card : std::as_const(cards))
            ids += card.id.toUtf8() + '\n';
        hash = hashOf(ids);
    }
};

bool ReviewService::Scope::contains(const CardInfo &card) const
{
    if (part > 0 && card.part != part)
        return false;
    if (!section.isEmpty() && card.section != section && !card.section.startsWith(section + u'.'))
        return false;
    return tag.isEmpty() || card.tags.contains(tag);
}

ReviewService::ReviewService(StudyWrites &writes, Database &cache, const Clock &clock, SettingsService &settings,
                             const Curriculum &curriculum)
    : m_writes(writes)
    , m_study(writes.database())
    , m_cacheDb(cache)
    , m_clock(clock)
    , m_settings(settings)
    , m_log(writes.database())
    , m_marks(writes.database())
    , m_userCards(writes.database())
    , m_cache(cache)
{
    refreshScheduler();
    setCurriculum(curriculum);
}

ReviewService::~ReviewService() = default;

void ReviewService::setCurriculum(const Curriculum &curriculum)
{
    m_curriculum = &curriculum;
    m_catalog = std::make_unique<Catalog>(curriculum, m_userCards.all());
    m_cacheReady = false;
}

FsrsParameters ReviewService::parameters() const
{
    const QJsonDocument json = QJsonDocument::fromJson(m_settings.value(parametersKey).toUtf8());
    return FsrsParameters::fromJson(json.object()).value_or(FsrsParameters());
}

StoreError ReviewService::setParameters(const FsrsParameters &parameters)
{
    const QStringList problems = parameters.problems();
    if (!problems.isEmpty())
        return {StoreError::Kind::Io, QString(), problems.join(u"; "_s)};
    if (!m_settings.setValue(parametersKey,
                             QString::fromUtf8(QJsonDocument(parameters.toJson()).toJson(QJsonDocument::Compact))))
        return m_writes.lastFailure();
    refreshScheduler();
    m_cacheReady = false;
    return {};
}

ReviewService::Options ReviewService::options() const
{
    Options options;
    options.newPerDay = m_settings.value(newPerDayKey, QString::number(options.newPerDay)).toInt();
    options.reviewsPerDay = m_settings.value(reviewsPerDayKey, QString::number(options.reviewsPerDay)).toInt();
    options.burySiblings = m_settings.value(burySiblingsKey) == u"true";
    return options;
}

StoreError ReviewService::setOptions(const Options &options)
{
    if (options.newPerDay < 0 || options.newPerDay > 9999 || options.reviewsPerDay < 0 || options.reviewsPerDay > 99999)
        return {StoreError::Kind::Io, QString(), u"daily limits must be between 0 and 9,999 new / 99,999 reviews"_s};
    const bool ok = m_settings.setValue(newPerDayKey, QString::number(options.newPerDay))
                    && m_settings.setValue(reviewsPerDayKey, QString::number(options.reviewsPerDay))
                    && m_settings.setValue(burySiblingsKey, options.burySiblings ? u"true"_s : u"false"_s);
    return ok ? StoreError() : m_writes.lastFailure();
}

void ReviewService::refreshScheduler()
{
    m_scheduler = std::make_unique<Scheduler>(parameters(), m_clock.boundary());
    const DayBoundary &b = m_clock.boundary();
    m_settingsKey = hashOf(QJsonDocument(parameters().toJson()).toJson(QJsonDocument::Compact) + b.zone().id() + '/'
                           + QByteArray::number(b.rolloverHour()));
}

CardStateCache::Stamp ReviewService::currentStamp() const
{
    return {m_log.version(), m_settingsKey, m_catalog->hash};
}

bool ReviewService::ensureCache()
{
    if (m_cacheReady)
        return true;
    if (m_clock.boundary().zone() != m_scheduler->boundary().zone()
        || m_clock.boundary().rolloverHour() != m_scheduler->boundary().rolloverHour())
        refreshScheduler();
    const CardStateCache::Stamp stamp = currentStamp();
    m_cacheReady = m_cache.stamp() == stamp || rebuild(stamp);
    return m_cacheReady;
}

// The whole log, read in storage order and sorted in memory (walking an index would be random I/O), replayed card by
// card; the day counts come from the same pass.
bool ReviewService::rebuild(const CardStateCache::Stamp &stamp)
{
    std::vector<ReviewEntry> log;
    if (!m_log.forEach([&](ReviewEntry &&entry) { log.push_back(std::move(entry)); }))
        return false;
    sortForReplay(log);
    const StudyDays days(m_scheduler->boundary());
    QHash<qint64, DayCounts> counts;
    QHash<QString, QDateTime> firstReview;
    const std::vector<ReplayedCard> replayed =
        replayAll(*m_scheduler, log, [&](const ReviewEntry &entry, const CardState &before) {
            const QDate day = days.studyDay(entry.reviewedAt);
            DayCounts &d = counts[day.toJulianDay()];
            d.day = day;
            d.add(entry, before);
            if (before.reps == 0 && !firstReview.contains(entry.cardId))
                firstReview.insert(entry.cardId, entry.reviewedAt);
        });
    QHash<QString, CardState> states;
    for (const ReplayedCard &card : replayed)
        states.insert(card.cardId, card.state);

    QList<CardStateCache::Card> cards;
    cards.reserve(m_catalog->cards.size() + 16);
    for (qsizetype i = 0; i < m_catalog->cards.size(); ++i) {
        const QString &id = m_catalog->cards.at(i).id;
        cards.append({id, int(i), false, states.take(id), firstReview.value(id)});
    }
    for (auto it = states.cbegin(); it != states.cend(); ++it)
        cards.append({it.key(), retiredPosition, true, it.value(), firstReview.value(it.key())});
    QList<DayCounts> dayList = counts.values();
    std::sort(dayList.begin(), dayList.end(), [](const DayCounts &a, const DayCounts &b) { return a.day < b.day; });
    return m_cache.rebuild(cards, dayList, stamp);
}

CardInfo ReviewService::infoFor(const CardStateCache::Card &cached) const
{
    CardInfo info;
    if (const auto it = m_catalog->index.constFind(cached.id); it != m_catalog->index.cend())
        info = m_catalog->cards.at(*it);
    else
        info.id = cached.id;
    info.retired = cached.retired;
    info.state = cached.state;
    info.firstReview = cached.firstReview;
    info.retrievability = m_scheduler->retrievability(cached.state, m_clock.now());
    return info;
}

ReviewService::Queue ReviewService::queue(const Scope &scope)
{
    Queue queue;
    if (!ensureCache())
        return queue;
    const QDateTime now = m_clock.now();
    const QDate today = m_clock.boundary().studyDay(now);
    const QDateTime startOfToday = m_clock.boundary().startOf(today);
    const QDateTime learnAhead = now.addSecs(learnAheadSeconds);
    const QHash<QString, CardMarks::Mark> marks = m_marks.all();
    const auto available = [&](const CardInfo &card) {
        const CardMarks::Mark mark = marks.value(card.id);
        return scope.contains(card) && !mark.suspended && !(mark.buriedUntil.isValid() && mark.buriedUntil > today);
    };
    const Options limits = options();
    const QList<DayCounts> answered = m_cache.days(today, today);
    int reviewsLeft = limits.reviewsPerDay - (answered.isEmpty() ? 0 : answered.constFirst().review);
    // dueUntil() includes its limit, and a review card given a day is due exactly at the start of tomorrow: the last
    // millisecond of today is the limit, or that card would come back at once.
    const QDateTime endOfToday = m_clock.boundary().startOf(today.addDays(1)).addMSecs(-1);
    for (const CardStateCache::Card &cached : m_cache.dueUntil(endOfToday)) {
        CardInfo card = infoFor(cached);
        if (!available(card))
            continue;
        if (card.state.phase == CardPhase::Review) {
            if (reviewsLeft-- > 0)
                queue.review.append(card);
        } else if (card.state.due <= learnAhead) {
            queue.learning.append(card);
        }
    }
    const int newLeft = std::max(0, limits.newPerDay - m_cache.firstReviewedSince(startOfToday));
    const bool filtered = scope.part > 0 || !scope.section.isEmpty() || !scope.tag.isEmpty() || !marks.isEmpty();
    for (const CardStateCache::Card &cached : m_cache.newCards(filtered ? INT_MAX : newLeft)) {
        if (queue.fresh.size() >= newLeft)
            break;
        CardInfo card = infoFor(cached);
        if (available(card))
            queue.fresh.append(card);
    }
    return queue;
}

int ReviewService::dueCount()
{
    return queue().size();
}

// Read page by page in due order: the first card that is available ends the search, so a finished session does not
// read every scheduled card of a large profile.
std::optional<QDateTime> ReviewService::nextDue(const Scope &scope)
{
    if (!ensureCache())
        return std::nullopt;
    constexpr int page = 256;
    const DayBoundary &boundary = m_clock.boundary();
    const QDateTime now = m_clock.now();
    const QDateTime tomorrow = boundary.startOf(boundary.studyDay(now).addDays(1));
    const QHash<QString, CardMarks::Mark> marks = m_marks.all();
    std::optional<QDateTime> next;
    const auto consider = [&](const QDateTime &when) {
        if (!next || when < *next)
            next = when;
    };
    // The time a card comes back: its due time (tomorrow for one already due that the day's limit holds back), or
    // the start of the day its burial ends.
    const auto returnsAt = [&](const CardStateCache::Card &cached, QDateTime due) -> std::optional<QDateTime> {
        const CardMarks::Mark mark = marks.value(cached.id);
        if (mark.suspended || !scope.contains(infoFor(cached)))
            return std::nullopt;
        if (due <= now)
            due = tomorrow;
        if (mark.buriedUntil.isValid() && mark.buriedUntil > boundary.studyDay(due))
            return std::max(due, boundary.startOf(mark.buriedUntil));
        return due;
    };
    const QDateTime beginning = QDateTime::fromMSecsSinceEpoch(0, QTimeZone::UTC);
    for (int offset = 0;; offset += page) {
        const QList<CardStateCache::Card> cards = m_cache.dueAfter(beginning, page, offset);
        for (const CardStateCache::Card &cached : cards) {
            if (next && cached.state.due >= *next)
                break;
            if (const std::optional<QDateTime> at = returnsAt(cached, cached.state.due))
                consider(*at);
        }
        if (cards.size() < page || (next && cards.constLast().state.due >= *next))
            break;
    }
    if (!next || *next > tomorrow) {
        // A new card of the scope that is not shown now waits for tomorrow's limit (or its burial's end).
        bool found = false;
        for (int offset = 0; !found; offset += page) {
            const QList<CardStateCache::Card> cards = m_cache.newCards(page, offset);
            for (const CardStateCache::Card &cached : cards) {
                if (const std::optional<QDateTime> at = returnsAt(cached, tomorrow)) {
                    consider(*at);
                    found = *at == tomorrow;
                    if (found)
                        break;
                }
            }
            if (cards.size() < page)
                break;
        }
    }
    return next;
}

std::array<CardState, 4> ReviewService::preview(const CardInfo &card) const
{
    return m_scheduler->preview(card.id, card.state, m_clock.now());
}

QString ReviewService::deviceId()
{
    if (m_deviceId.isEmpty()) {
        m_deviceId = m_settings.value(deviceIdKey);
        if (m_deviceId.isEmpty()) {
            m_deviceId = QUuid::createUuid().toString(QUuid::WithoutBraces);
            m_settings.setValue(deviceIdKey, m_deviceId); // a read-only profile records nothing anyway
        }
    }
    return m_deviceId;
}

// The cache lives in another database: its writes are separate from the log's durable commit. If one fails, the
// cache no longer matches the log's version and is rebuilt from the log at the next use; nothing is lost.
bool ReviewService::cacheWrite(const std::function<bool()> &work)
{
    const bool ok = m_cacheDb.transaction([&] { return work() && m_cache.setStamp(currentStamp()); });
    if (!ok)
        m_cacheReady = false;
    return ok;
}

std::optional<ReviewService::Grade> ReviewService::grade(const CardInfo &card, Rating rating, const QDateTime &shownAt,
                                                         StoreError *error)
{
    const auto fail = [&](StoreError e) {
        if (error)
            *error = std::move(e);
        return std::nullopt;
    };
    if (!ensureCache())
        return fail(m_cacheDb.lastError());
    if (m_writes.isReadOnly())
        return fail({StoreError::Kind::ReadOnly, m_study.path(), m_writes.readOnlyReason()});
    const std::optional<CardStateCache::Card> cached = m_cache.card(card.id);
    // Anki's rule: an answer to a card whose state changed since it was shown (a double answer, another window) is
    // refused rather than applied to the wrong state.
    if (!cached || cached->state != card.state || cached->retired)
        return fail({StoreError::Kind::Io, QString(), u"the card %1 changed since it was shown"_s.arg(card.id)});

    const QDateTime now = m_clock.now();
    const ReviewEntry entry = ReviewEntry::record(card.id, now, m_clock.boundary().zone().offsetFromUtc(now), rating,
                                                  shownAt.isValid() ? shownAt.msecsTo(now) : 0, deviceId());
    const CardState after = m_scheduler->review(card.id, card.state, rating, now);
    std::optional<qint64> logId;
    const QDate today = m_clock.boundary().studyDay(now);
    const bool stored = m_writes.transact([&] {
        logId = m_log.append(entry);
        if (!logId)
            return false;
        if (!options().burySiblings)
            return true;
        for (const CardInfo &sibling : m_catalog->cards) {
            if (sibling.noteId == card.noteId && sibling.id != card.id && !m_marks.bury(sibling.id, today.addDays(1)))
                return false;
        }
        return true;
    });
    if (!stored)
        return fail(m_writes.lastFailure());

    DayCounts delta;
    delta.day = today;
    delta.add(entry, card.state);
    cacheWrite([&] {
        return m_cache.put(
                   {card.id, cached->position, false, after, cached->firstReview.isValid() ? cached->firstReview : now})
               && m_cache.addToDay(delta);
    });
    Grade grade{*logId, card, after, entry};
    return grade;
}

StoreError ReviewService::undo(const Grade &grade)
{
    if (!m_writes.transact([&] { return m_log.remove(grade.logId); }))
        return m_writes.lastFailure();
    DayCounts delta;
    delta.day = m_clock.boundary().studyDay(grade.entry.reviewedAt);
    delta.add(grade.entry, grade.before.state, -1);
    const std::optional<CardStateCache::Card> cached = m_cache.card(grade.before.id);
    cacheWrite([&] {
        return m_cache.put({grade.before.id, cached ? cached->position : 0, false, grade.before.state,
                            grade.before.firstReview})
               && m_cache.addToDay(delta);
    });
    return {};
}

StoreError ReviewService::setSuspended(const QString &cardId, bool suspended)
{
    return m_writes.transact([&] { return m_marks.setSuspended(cardId, suspended); }) ? StoreError()
                                                                                      : m_writes.lastFailure();
}

StoreError ReviewService::bury(const QString &cardId)
{
    const QDate tomorrow = m_clock.today().addDays(1);
    return m_writes.transact([&] { return m_marks.bury(cardId, tomorrow); }) ? StoreError() : m_writes.lastFailure();
}

std::optional<CardInfo> ReviewService::card(const QString &cardId)
{
    if (!ensureCache())
        return std::nullopt;
    const std::optional<CardStateCache::Card> cached = m_cache.card(cardId);
    if (!cached)
        return std::nullopt;
    CardInfo info = infoFor(*cached);
    const CardMarks::Mark mark = m_marks.all().value(cardId);
    info.suspended = mark.suspended;
    info.buriedUntil = mark.buriedUntil;
    return info;
}

QList<CardInfo> ReviewService::cards()
{
    QList<CardInfo> result;
    if (!ensureCache())
        return result;
    const QHash<QString, CardMarks::Mark> marks = m_marks.all();
    const QList<CardStateCache::Card> all = m_cache.all();
    result.reserve(all.size());
    for (const CardStateCache::Card &cached : all) {
        CardInfo info = infoFor(cached);
        const CardMarks::Mark mark = marks.value(info.id);
        info.suspended = mark.suspended;
        info.buriedUntil = mark.buriedUntil;
        result.append(std::move(info));
    }
    return result;
}

QList<ReviewEntry> ReviewService::history(const QString &cardId) const
{
    return m_log.history(cardId);
}

ReviewStatistics ReviewService::statistics(QDate from, QDate to, int forecastDays)
{
    ReviewStatistics stats;
    stats.from = from;
    stats.to = to;
    if (!ensureCache())
        return stats;
    const QDate today = m_clock.today();
    const StudyDays days(m_clock.boundary());
    stats.dueForecast = QList<int>(std::max(0, forecastDays), 0);
    const QHash<QString, CardMarks::Mark> marks = m_marks.all();
    for (const CardStateCache::Card &cached : m_cache.all()) {
        const bool suspended = marks.value(cached.id).suspended;
        ++stats.byState[cached.retired ? u"retired"_s : suspended ? u"suspended"_s : cardPhaseName(cached.state.phase)];
        if (cached.retired || suspended || !cached.state.due.isValid())
            continue;
        const qint64 in = std::max<qint64>(0, today.daysTo(days.studyDay(cached.state.due)));
        if (in < stats.dueForecast.size())
            ++stats.dueForecast[in];
    }
    stats.days = m_cache.days(from, to);
    for (const DayCounts &d : std::as_const(stats.days)) {
        const QString month = d.day.toString(u"yyyy-MM"_s);
        if (stats.retentionByMonth.isEmpty() || stats.retentionByMonth.constLast().month != month)
            stats.retentionByMonth.append({month, 0, 0});
        stats.retentionByMonth.last().reviews += d.review;
        stats.retentionByMonth.last().passed += d.reviewPassed;
    }
    return stats;
}

std::optional<int> ReviewService::addUserCards(const QList<Flashcard> &cards, const QString &source, StoreError *error)
{
    int added = 0;
    const bool ok = m_writes.transact([&] {
        for (const Flashcard &card : cards) {
            const std::optional<bool> inserted = m_userCards.add(card, source, m_clock.now());
            if (!inserted)
                return false;
            added += *inserted ? 1 : 0;
        }
        return true;
    });
    if (!ok) {
        if (error)
            *error = m_writes.lastFailure();
        return std::nullopt;
    }
    if (added > 0) {
        // New cards join the catalog; the cache notices the changed card set and is brought in line.
        m_catalog = std::make_unique<Catalog>(*m_curriculum, m_userCards.all());
        m_cacheReady = false;
    }
    return added;
}

StoreError ReviewService::renameCard(const QString &oldId, const QString &newId)
{
    if (oldId == newId || newId.isEmpty())
        return {StoreError::Kind::Io, QString(), u"a rename needs two different ids"_s};
    if (!m_writes.transact([&] { return m_log.rename(oldId, newId, m_clock.now()); }))
        return m_writes.lastFailure();
    m_cacheReady = false;
    return {};
}

QSet<QString> ReviewService::reviewedCardIds()
{
    QSet<QString> ids;
    m_log.forEach([&](ReviewEntry &&entry) { ids.insert(entry.cardId); });
    return ids;
}

StoreError ReviewService::importReviews(const QList<ReviewEntry> &entries, qint64 *added)
{
    qint64 count = 0;
    if (!m_writes.transact([&] {
            count = m_log.merge(entries);
            return count >= 0;
        }))
        return m_writes.lastFailure();
    if (added)
        *added = count;
    m_cacheReady = false;
    return {};
}

QList<ReviewEntry> ReviewService::allReviews() const
{
    std::vector<ReviewEntry> log;
    m_log.forEach([&](ReviewEntry &&entry) { log.push_back(std::move(entry)); });
    std::stable_sort(log.begin(), log.end(), [](const ReviewEntry &a, const ReviewEntry &b) {
        return a.reviewedAt.toMSecsSinceEpoch() < b.reviewedAt.toMSecsSinceEpoch();
    });
    return QList<ReviewEntry>(log.begin(), log.end());
}

bool ReviewService::isKnownCard(const QString &cardId)
{
    return m_catalog->index.contains(cardId) || m_cache.card(cardId).has_value();
}

} // namespace pmg
