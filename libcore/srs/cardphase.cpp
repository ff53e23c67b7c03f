// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cardphase.h"

using namespace Qt::StringLiterals;

namespace pmg {

QString cardPhaseName(CardPhase phase)
{
    switch (phase) {
    case CardPhase::New:
        return u"new"_s;
    case CardPhase::Learning:
        return u"learning"_s;
    case CardPhase::Review:
        return u"review"_s;
    case CardPhase::Relearning:
        return u"relearning"_s;
    }
    return {};
}

std::optional<CardPhase> cardPhaseFromString(QStringView name)
{
    for (CardPhase phase : {CardPhase::New, CardPhase::Learning, CardPhase::Review, CardPhase::Relearning}) {
        if (name == cardPhaseName(phase))
            return phase;
    }
    return std::nullopt;
}

} // namespace pmg
