// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "routinetick.h"

using namespace Qt::StringLiterals;

namespace pmg {

QString RoutineTick::markName(Mark mark)
{
    switch (mark) {
    case Mark::Hand:
        return u"hand"_s;
    case Mark::Auto:
        return u"auto"_s;
    case Mark::Off:
        return u"off"_s;
    case Mark::None:
        break;
    }
    return u"none"_s;
}

std::optional<RoutineTick::Mark> RoutineTick::markFromName(const QString &name)
{
    for (const Mark mark : {Mark::Hand, Mark::Auto, Mark::Off, Mark::None}) {
        if (markName(mark) == name)
            return mark;
    }
    return std::nullopt;
}

} // namespace pmg
