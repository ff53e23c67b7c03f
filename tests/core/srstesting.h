// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the spaced-repetition tests: reference commits, readable failure output, fixed instants.
#pragma once

#include "srs/cardstate.h"
#include "srs/fsrsparameters.h"
#include "support/qtprinters.h"

#include <QTimeZone>

#include <ostream>

// The reference implementations the vectors come from (the project's SRS research note, "Source snapshots"):
//   fsrs-rs  github.com/open-spaced-repetition/fsrs-rs  0cbb9d3c8fbd7cbe4903f25d6e4c7ed01a65edf9 (crate 6.6.1)
//   py-fsrs  github.com/open-spaced-repetition/py-fsrs  3abe686e9c058d3f3c00bbeb92e68b71211b2b31 (6.3.1)
//   ts-fsrs  github.com/open-spaced-repetition/ts-fsrs  cdec8d2f8340f8e62ced596c1da02e20e70073f0 (5.4.1)
//   Anki     github.com/ankitects/anki                  c32cb2913d6f4d21e06876265634c55d9d55ee69 (26.08.1)

namespace pmg {

inline void PrintTo(const CardState &s, std::ostream *os)
{
    *os << cardPhaseName(s.phase).toStdString() << " step " << s.step << " S=" << s.stability << " D=" << s.difficulty
        << " due " << s.due.toString(Qt::ISODateWithMs).toStdString() << " last "
        << s.lastReview.toString(Qt::ISODateWithMs).toStdString() << " days " << s.scheduledDays << " reps " << s.reps
        << " lapses " << s.lapses;
}

namespace test {

inline const double vectorTolerance = 1e-4; // fsrs-rs Tolerance::absolute(1e-4), pytest.approx(abs=1e-4)

inline QDateTime utc(int y, int mo, int d, int h = 0, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone(QTimeZone::UTC));
}

/// FSRS-5 defaults (19 weights), as printed in fsrs-rs-nodejs PR #9 and used as `w` in ts-fsrs
/// __tests__/FSRS-5.test.ts.
inline fsrs::Weights fsrs5Weights()
{
    return *FsrsParameters::weightsFromList({0.40255, 1.18385, 3.173, 15.69105, 7.1949, 0.5345, 1.4604, 0.0046, 1.54575,
                                             0.1192, 1.01925, 1.9395, 0.11, 0.29605, 2.2698, 0.2315, 2.9898, 0.51655,
                                             0.6621});
}

} // namespace test
} // namespace pmg
