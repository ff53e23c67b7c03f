// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cardinfo.h"

#include "cardphase.h"

using namespace Qt::StringLiterals;

namespace pmg {

QString CardInfo::stateName() const
{
    if (retired)
        return u"retired"_s;
    if (suspended)
        return u"suspended"_s;
    return cardPhaseName(state.phase);
}

} // namespace pmg
