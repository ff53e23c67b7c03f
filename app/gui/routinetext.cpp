// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "routinetext.h"

#include <QLocale>
#include <QPalette>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace pmg {

namespace {

QColor blend(const QColor &from, const QColor &to, double amount)
{
    return QColor::fromRgbF(float(from.redF() + (to.redF() - from.redF()) * amount),
                            float(from.greenF() + (to.greenF() - from.greenF()) * amount),
                            float(from.blueF() + (to.blueF() - from.blueF()) * amount));
}

QString dayAndMonth(QDate day)
{
    return QLocale().toString(day, u"d MMM"_s);
}

} // namespace

QString RoutineText::periodName(const Period &period)
{
    const QLocale locale;
    switch (period.cadence) {
    case Cadence::Daily:
        return locale.toString(period.first, QLocale::LongFormat);
    case Cadence::Weekly: {
        int year = 0;
        const int week = period.first.weekNumber(&year);
        return tr("Week %1 · %2 – %3").arg(week).arg(dayAndMonth(period.first), dayAndMonth(period.last));
    }
    case Cadence::Monthly:
        return locale.toString(period.first, u"MMMM yyyy"_s);
    case Cadence::ThirtyDay:
    case Cadence::NinetyDay:
        break;
    }
    return tr("%1 – %2").arg(dayAndMonth(period.first), locale.toString(period.last, u"d MMM yyyy"_s));
}

QString RoutineText::timeLeft(const Period &period, QDate today)
{
    const qint64 left = today.daysTo(period.last);
    if (period.days() == 1)
        return tr("today");
    if (left <= 0)
        return tr("last day");
    return tr("%n day(s) left", nullptr, int(left) + 1);
}

QString RoutineText::periods(Cadence cadence, int count)
{
    switch (cadence) {
    case Cadence::Daily:
        return tr("%n day(s)", nullptr, count);
    case Cadence::Weekly:
        return tr("%n week(s)", nullptr, count);
    case Cadence::Monthly:
        return tr("%n month(s)", nullptr, count);
    case Cadence::ThirtyDay:
        return tr("%n 30-day period(s)", nullptr, count);
    case Cadence::NinetyDay:
        break;
    }
    return tr("%n 90-day period(s)", nullptr, count);
}

QString RoutineText::plain(const QString &markdown)
{
    QString text = markdown;
    return text.remove(u'`');
}

QString RoutineText::stateLine(const RoutineItem &item, Cadence cadence)
{
    QStringList parts;
    if (item.state == TickState::Overdue) {
        switch (cadence) {
        case Cadence::Daily:
            parts.append(tr("Overdue since yesterday"));
            break;
        case Cadence::Weekly:
            parts.append(tr("Overdue since last week"));
            break;
        case Cadence::Monthly:
            parts.append(tr("Overdue since last month"));
            break;
        case Cadence::ThirtyDay:
        case Cadence::NinetyDay:
            parts.append(tr("Overdue since the last period"));
            break;
        }
    }
    if (item.rule) {
        const QString rule = item.rule->description;
        if (item.isManual())
            parts.append(tr("Tick by hand until %1 are recorded (then automatic: %2)").arg(item.rule->needs, rule));
        else if (item.overridden)
            parts.append(tr("You unticked what the app ticked (%1)").arg(rule));
        else if (item.state == TickState::Auto)
            parts.append(tr("Ticked automatically: %1").arg(rule));
        else
            parts.append(tr("Ticks itself: %1").arg(rule));
    }
    return parts.join(u" · "_s);
}

RoutineText::Colours RoutineText::colours(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const bool dark = base.lightness() < 128;
    Colours c;
    // Tints of the base colour: the calendar's text stays readable on them in both themes.
    c.complete = blend(base, QColor(0x2e, 0xa0, 0x43), dark ? 0.5 : 0.4);
    c.partial = blend(base, QColor(0xd2, 0x99, 0x22), dark ? 0.45 : 0.4);
    c.missed = blend(base, QColor(0xf8, 0x51, 0x49), dark ? 0.35 : 0.3);
    c.overdue = dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xb4, 0x23, 0x18);
    c.automatic = dark ? QColor(0x3f, 0xb9, 0x50) : QColor(0x1a, 0x7f, 0x37);
    c.muted = palette.color(QPalette::PlaceholderText);
    return c;
}

void RoutineText::keepCheckFramesVisible(QWidget *widget, const QPalette &around)
{
    if (around.color(QPalette::Base).lightness() >= 128) {
        widget->setPalette(QPalette());
        return;
    }
    QPalette palette = around;
    palette.setColor(QPalette::Window, around.color(QPalette::PlaceholderText));
    widget->setPalette(palette);
}

} // namespace pmg
