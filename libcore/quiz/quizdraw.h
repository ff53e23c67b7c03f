// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QStringList>

namespace pmg {

struct QuizComposition;
struct QuizQuestion;

/// Which questions an attempt asks, in which order. Pure: the same candidates, composition, seed and past scores give
/// the same questions.
class QuizDraw final
{
public:
    /// Past results per topic (a question's Learn note): the mean score, 0 … 1, of the answers it had.
    using TopicScores = QHash<QString, double>;

    /// The candidates shuffled by `seed`, then (with `weakestFirst`) stably ordered by topic score, lowest first —
    /// a topic never answered counts as 0.5, between the weak and the strong ones — then cut to `count` (0: all).
    static QStringList draw(const QList<const QuizQuestion *> &candidates, const QuizComposition &composition,
                            quint64 seed, const TopicScores &topicScores = {});

    /// The mean score per topic from (question id, score) pairs of past answers.
    static TopicScores topicScores(const QList<std::pair<QString, double>> &answers,
                                   const QHash<QString, QString> &topicOfQuestion);

    static constexpr double unseenTopicScore = 0.5;
};

} // namespace pmg
