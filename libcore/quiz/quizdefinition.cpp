// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quizdefinition.h"

using namespace Qt::StringLiterals;

namespace pmg {

QString QuizDefinition::scope() const
{
    switch (kind) {
    case Kind::Level:
        return composition.levels.isEmpty() ? QString() : levelName(composition.levels.first());
    case Kind::Part:
        return composition.parts.isEmpty() ? QString() : u"part %1"_s.arg(composition.parts.first());
    case Kind::Custom:
        break;
    }
    return u"custom"_s;
}

} // namespace pmg
