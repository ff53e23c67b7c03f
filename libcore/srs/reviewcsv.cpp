// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewcsv.h"

#include "scheduler.h"

#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace pmg {

const QByteArray ReviewCsv::reviewsHeader = "card_id,reviewed_at,rating,duration_ms";
const QByteArray ReviewCsv::cardsHeader = "card_id,state,due,stability,difficulty,retrievability,reps,lapses";

namespace {

QString quoted(const QString &field)
{
    if (!field.contains(u',') && !field.contains(u'"') && !field.contains(u'\n') && !field.contains(u'\r'))
        return field;
    return u'"' + QString(field).replace(u"\""_s, u"\"\""_s) + u'"';
}

// ISO-8601 with seconds and an explicit offset ("Z" or ±hh:mm): a time without one would be read in whatever zone
// this computer is in, and a review log must not depend on that.
const QRegularExpression &timestampPattern()
{
    static const QRegularExpression pattern(
        u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$"_s);
    return pattern;
}

QString isoWithOffset(const QDateTime &utc, int offsetSeconds)
{
    return utc.toOffsetFromUtc(offsetSeconds).toString(Qt::ISODateWithMs);
}

QString fullPrecision(double value)
{
    return QString::number(value, 'g', 17);
}

} // namespace

std::optional<QStringList> ReviewCsv::splitRecord(const QString &line)
{
    QStringList fields;
    QString field;
    bool inQuotes = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (inQuotes) {
            if (c == u'"' && i + 1 < line.size() && line.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                inQuotes = false;
            } else {
                field += c;
            }
        } else if (c == u'"' && field.isEmpty()) {
            inQuotes = true;
        } else if (c == u',') {
            fields.append(field);
            field.clear();
        } else if (c == u'"') {
            return std::nullopt; // a quote in the middle of an unquoted field
        } else {
            field += c;
        }
    }
    if (inQuotes)
        return std::nullopt;
    fields.append(field);
    return fields;
}

ReviewCsv::Parsed ReviewCsv::parseReviews(const QByteArray &data, const std::function<bool(const QString &)> &knownCard,
                                          const QString &deviceId)
{
    Parsed parsed;
    if (data.size() > maximumBytes) {
        parsed.problems.append(
            {0, u"the file is %1 MB; an import takes at most %2 MB (split it)"_s.arg(data.size() >> 20)
                    .arg(maximumBytes >> 20)});
        return parsed;
    }
    if (data.contains('\0')) {
        parsed.problems.append({0, u"the file contains NUL bytes: not a CSV text file"_s});
        return parsed;
    }
    const QStringList lines = QString::fromUtf8(data).split(u'\n');
    int number = 0;
    for (QString line : lines) {
        ++number;
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (number == 1) {
            if (line.trimmed().toUtf8() != reviewsHeader)
                parsed.problems.append(
                    {1, u"the first line must be the header '%1'"_s.arg(QString::fromUtf8(reviewsHeader))});
            continue;
        }
        if (line.trimmed().isEmpty())
            continue;
        const std::optional<QStringList> fields = splitRecord(line);
        if (!fields) {
            parsed.problems.append({number, u"broken quoting"_s});
            continue;
        }
        if (fields->size() != 4) {
            parsed.problems.append({number, u"expected 4 fields, found %1"_s.arg(fields->size())});
            continue;
        }
        const QString cardId = fields->at(0).trimmed();
        const QString time = fields->at(1).trimmed();
        bool ratingOk = false;
        bool durationOk = false;
        const int rating = fields->at(2).trimmed().toInt(&ratingOk);
        const qint64 duration = fields->at(3).trimmed().toLongLong(&durationOk);
        const QDateTime at = QDateTime::fromString(time, Qt::ISODateWithMs);
        if (cardId.isEmpty() || !knownCard(cardId))
            parsed.problems.append({number, u"unknown card id '%1'"_s.arg(cardId.left(80))});
        else if (!timestampPattern().match(time).hasMatch() || !at.isValid())
            parsed.problems.append(
                {number, u"bad timestamp '%1' (ISO-8601 with its offset, e.g. 2026-11-24T09:30:00+01:00)"_s.arg(
                             time.left(40))});
        else if (!ratingOk || rating < 1 || rating > 4)
            parsed.problems.append(
                {number, u"bad rating '%1' (1 Again, 2 Hard, 3 Good, 4 Easy)"_s.arg(fields->at(2).left(20))});
        else if (!durationOk || duration < 0)
            parsed.problems.append(
                {number, u"bad duration_ms '%1' (a whole number of milliseconds)"_s.arg(fields->at(3).left(20))});
        else
            parsed.entries.append(ReviewEntry::record(cardId, at.toUTC(), at.offsetFromUtc(), *ratingFromInt(rating),
                                                      duration, deviceId));
    }
    return parsed;
}

QByteArray ReviewCsv::writeReviews(const QList<ReviewEntry> &entries)
{
    QByteArray out = reviewsHeader + '\n';
    for (const ReviewEntry &e : entries)
        out += (quoted(e.cardId) + u',' + isoWithOffset(e.reviewedAt, e.utcOffsetSeconds) + u','
                + QString::number(ratingValue(e.rating)) + u',' + QString::number(e.durationMs) + u'\n')
                   .toUtf8();
    return out;
}

QByteArray ReviewCsv::writeCards(const QList<CardInfo> &cards, const Scheduler &scheduler, const QDateTime &at)
{
    QByteArray out = cardsHeader + '\n';
    for (const CardInfo &card : cards) {
        const CardState &s = card.state;
        out += (quoted(card.id) + u',' + card.stateName() + u','
                + (s.due.isValid() ? s.due.toUTC().toString(Qt::ISODateWithMs) : QString()) + u','
                + fullPrecision(s.stability) + u',' + fullPrecision(s.difficulty) + u','
                + fullPrecision(scheduler.retrievability(s, at)) + u',' + QString::number(s.reps) + u','
                + QString::number(s.lapses) + u'\n')
                   .toUtf8();
    }
    return out;
}

} // namespace pmg
