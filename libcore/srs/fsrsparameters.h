// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fsrs.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pmg {

/// Everything the scheduler is configured with; kept per profile (as JSON) so that an Optimize action can later
/// replace the weights. Defaults are those of py-fsrs and ts-fsrs.
struct FsrsParameters {
    static constexpr int weightCount = 21;
    /// fsrs-rs's S_MAX: no interval can usefully exceed it.
    static constexpr int maximumIntervalLimit = 36500;

    fsrs::Weights weights = fsrs::defaultWeights;
    /// Probability of recall the intervals aim for, in (0, 1).
    double desiredRetention = 0.9;
    /// Longest interval in days, 1 … 36500.
    int maximumInterval = maximumIntervalLimit;
    /// Delays in seconds of the learning steps of new cards, increasing (may be empty).
    QList<int> learningSteps = {60, 600};
    /// Delays in seconds of the relearning steps after a lapse, increasing (may be empty).
    QList<int> relearningSteps = {600};
    /// Spread review intervals a little (Anki's fuzz ranges) so cards learnt together do not stay together.
    bool fuzz = true;

    bool operator==(const FsrsParameters &) const = default;

    /// What makes these parameters unusable, one sentence per problem; empty when they are fine. Weights are checked
    /// against fsrs-rs's clamp table (src/parameter_clipper.rs), including the w17/w18 ceiling that depends on the
    /// number of relearning steps.
    QStringList problems() const;
    /// The weights clipped to that table, as fsrs-rs does before inference (a no-op for valid parameters).
    fsrs::Weights clippedWeights() const;

    /// A weight list of an older FSRS version brought to FSRS-6: 17 weights (FSRS-4.5) are converted as fsrs-rs's
    /// check_and_fill_parameters does, 19 (FSRS-5) get w19 = 0 and w20 = 0.5, 21 are taken as they are. Any other
    /// count, or a value that is not a finite number, gives nothing and a reason in `error`.
    static std::optional<fsrs::Weights> weightsFromList(const QList<double> &list, QString *error = nullptr);

    QJsonObject toJson() const;
    /// Parameters read back from toJson(); absent keys keep their defaults, weights may have 17, 19 or 21 values.
    /// Nothing, with the reason in `error`, when a value has the wrong type or problems() is not empty.
    static std::optional<FsrsParameters> fromJson(const QJsonObject &json, QString *error = nullptr);
};

} // namespace pmg
