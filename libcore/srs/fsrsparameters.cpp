// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fsrsparameters.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace pmg {

namespace {

struct Bounds {
    double low;
    double high;
};

/// fsrs-rs src/parameter_clipper.rs (commit 037345fd; the same table as py-fsrs's LOWER/UPPER_BOUNDS_PARAMETERS and
/// ts-fsrs's CLAMP_PARAMETERS). w19's lower bound is 0 as there and in py-fsrs, so that converted FSRS-5 weights
/// (w19 = 0) stay valid.
std::array<Bounds, FsrsParameters::weightCount> clampTable(const fsrs::Weights &w, qsizetype relearningSteps)
{
    // With several relearning steps, w17·w18 must stay small enough that the same-day Again reviews of those steps
    // cannot push a lapsed card's stability above what it was (the derivation is in parameter_clipper.rs). The inputs
    // are clipped first so that an out-of-range w11/w13 gives a number, not NaN.
    double ceiling = 2.0;
    if (relearningSteps > 1) {
        const double w11 = std::clamp(w[11], 0.001, 5.0);
        const double w13 = std::clamp(w[13], 0.001, 0.9);
        const double w14 = std::clamp(w[14], 0.0, 4.0);
        const double headroom =
            -(std::log(w11) + std::log(std::pow(2.0, w13) - 1.0) + w14 * 0.3) / static_cast<double>(relearningSteps);
        ceiling = std::min(std::sqrt(std::max(0.01, headroom)), 2.0);
    }
    constexpr double sMin = fsrs::stabilityMin;
    constexpr double initialSMax = 100.0;
    return {{{sMin, initialSMax}, {sMin, initialSMax}, {sMin, initialSMax}, {sMin, initialSMax}, {1.0, 10.0},
             {0.001, 4.0},        {0.001, 4.0},        {0.001, 0.75},       {0.0, 4.5},          {0.0, 0.8},
             {0.001, 3.5},        {0.001, 5.0},        {0.001, 0.25},       {0.001, 0.9},        {0.0, 4.0},
             {0.0, 1.0},          {1.0, 6.0},          {0.0, ceiling},      {0.0, ceiling},      {0.0, 0.8},
             {0.1, 0.8}}};
}

QString number(double value)
{
    return QString::number(value, 'g', 8);
}

void checkSteps(const QList<int> &steps, const QString &name, QStringList &problems)
{
    for (qsizetype i = 0; i < steps.size(); ++i) {
        if (steps.at(i) <= 0) {
            problems.append(
                u"%1 step %2 is %3 s; a step must be longer than zero."_s.arg(name).arg(i + 1).arg(steps.at(i)));
        } else if (i > 0 && steps.at(i) <= steps.at(i - 1)) {
            problems.append(u"%1 step %2 (%3 s) must be longer than step %4 (%5 s): steps must increase."_s.arg(name)
                                .arg(i + 1)
                                .arg(steps.at(i))
                                .arg(i)
                                .arg(steps.at(i - 1)));
        }
    }
}

QJsonArray toArray(const QList<int> &steps)
{
    QJsonArray array;
    for (int step : steps)
        array.append(step);
    return array;
}

bool setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

bool readSteps(const QJsonObject &json, const QString &key, QList<int> &steps, QString *error)
{
    if (!json.contains(key))
        return true;
    const QJsonValue value = json.value(key);
    if (!value.isArray())
        return setError(error, u"\"%1\" must be a list of whole seconds."_s.arg(key));
    QList<int> read;
    for (const QJsonValue &item : value.toArray()) {
        const double seconds = item.toDouble(std::nan(""));
        if (!item.isDouble() || seconds != std::trunc(seconds) || std::abs(seconds) > 1e9)
            return setError(error, u"\"%1\" must be a list of whole seconds."_s.arg(key));
        read.append(static_cast<int>(seconds));
    }
    steps = read;
    return true;
}

bool readFields(const QJsonObject &json, FsrsParameters &parameters, QString *error)
{
    if (json.contains(u"weights"_s)) {
        const QJsonValue value = json.value(u"weights"_s);
        if (!value.isArray())
            return setError(error, u"\"weights\" must be a list of numbers."_s);
        QList<double> list;
        for (const QJsonValue &item : value.toArray()) {
            if (!item.isDouble())
                return setError(error, u"\"weights\" must be a list of numbers."_s);
            list.append(item.toDouble());
        }
        const std::optional<fsrs::Weights> weights = FsrsParameters::weightsFromList(list, error);
        if (!weights)
            return false;
        parameters.weights = *weights;
    }
    if (json.contains(u"desiredRetention"_s)) {
        if (!json.value(u"desiredRetention"_s).isDouble())
            return setError(error, u"\"desiredRetention\" must be a number."_s);
        parameters.desiredRetention = json.value(u"desiredRetention"_s).toDouble();
    }
    if (json.contains(u"maximumInterval"_s)) {
        const QJsonValue value = json.value(u"maximumInterval"_s);
        const double days = value.toDouble(std::nan(""));
        if (!value.isDouble() || days != std::trunc(days) || std::abs(days) > 1e9)
            return setError(error, u"\"maximumInterval\" must be a whole number of days."_s);
        parameters.maximumInterval = static_cast<int>(days);
    }
    if (json.contains(u"fuzz"_s)) {
        if (!json.value(u"fuzz"_s).isBool())
            return setError(error, u"\"fuzz\" must be true or false."_s);
        parameters.fuzz = json.value(u"fuzz"_s).toBool();
    }
    return readSteps(json, u"learningStepsSeconds"_s, parameters.learningSteps, error)
           && readSteps(json, u"relearningStepsSeconds"_s, parameters.relearningSteps, error);
}

} // namespace

QStringList FsrsParameters::problems() const
{
    QStringList problems;
    const auto table = clampTable(weights, relearningSteps.size());
    for (std::size_t i = 0; i < weights.size(); ++i) {
        const double w = weights[i];
        if (!std::isfinite(w) || w < table[i].low || w > table[i].high) {
            problems.append(u"Weight w%1 = %2 is outside its range %3 … %4."_s.arg(i).arg(number(w)).arg(
                number(table[i].low), number(table[i].high)));
        }
    }
    if (!(desiredRetention > 0.0 && desiredRetention < 1.0)) {
        problems.append(u"Desired retention %1 is impossible: it must be between 0 and 1 (both excluded)."_s.arg(
            number(desiredRetention)));
    }
    if (maximumInterval < 1 || maximumInterval > maximumIntervalLimit) {
        problems.append(
            u"Maximum interval %1 days is outside 1 … %2 days."_s.arg(maximumInterval).arg(maximumIntervalLimit));
    }
    checkSteps(learningSteps, u"Learning"_s, problems);
    checkSteps(relearningSteps, u"Relearning"_s, problems);
    return problems;
}

fsrs::Weights FsrsParameters::clippedWeights() const
{
    const auto table = clampTable(weights, relearningSteps.size());
    fsrs::Weights clipped = weights;
    for (std::size_t i = 0; i < clipped.size(); ++i) {
        // NaN (never valid) goes to the default rather than through std::clamp, which would keep it.
        clipped[i] =
            std::isnan(clipped[i]) ? fsrs::defaultWeights[i] : std::clamp(clipped[i], table[i].low, table[i].high);
    }
    return clipped;
}

std::optional<fsrs::Weights> FsrsParameters::weightsFromList(const QList<double> &list, QString *error)
{
    if (list.size() != 17 && list.size() != 19 && list.size() != weightCount) {
        setError(error, u"FSRS needs 17, 19 or 21 weights; got %1."_s.arg(list.size()));
        return std::nullopt;
    }
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (!std::isfinite(list.at(i))) {
            setError(error, u"Weight w%1 is not a finite number."_s.arg(i));
            return std::nullopt;
        }
    }
    fsrs::Weights weights{};
    std::copy(list.cbegin(), list.cend(), weights.begin());
    if (list.size() == 17) {
        // FSRS-4.5 → FSRS-6 (fsrs-rs model.rs check_and_fill_parameters): the new initial-difficulty formula needs
        // w4 and w5 re-expressed, w6 moves with linear damping; no same-day terms; the fixed decay 0.5.
        weights[4] = weights[4] + 2.0 * list.at(5);
        weights[5] = std::log(3.0 * list.at(5) + 1.0) / 3.0;
        weights[6] = weights[6] + 0.5;
        weights[17] = 0.0;
        weights[18] = 0.0;
    }
    if (list.size() <= 19) {
        weights[19] = 0.0;
        weights[20] = 0.5;
    }
    return weights;
}

QJsonObject FsrsParameters::toJson() const
{
    QJsonArray weightArray;
    for (double w : weights)
        weightArray.append(w);
    return QJsonObject{{u"weights"_s, weightArray},
                       {u"desiredRetention"_s, desiredRetention},
                       {u"maximumInterval"_s, maximumInterval},
                       {u"learningStepsSeconds"_s, toArray(learningSteps)},
                       {u"relearningStepsSeconds"_s, toArray(relearningSteps)},
                       {u"fuzz"_s, fuzz}};
}

std::optional<FsrsParameters> FsrsParameters::fromJson(const QJsonObject &json, QString *error)
{
    FsrsParameters parameters;
    if (!readFields(json, parameters, error))
        return std::nullopt;
    const QStringList problems = parameters.problems();
    if (!problems.isEmpty()) {
        setError(error, problems.join(u' '));
        return std::nullopt;
    }
    return parameters;
}

} // namespace pmg
