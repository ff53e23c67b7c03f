// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quizdraw.h"

#include "curriculum/studyitems.h"
#include "quizcomposition.h"
#include "quizshuffle.h"

#include <algorithm>

namespace pmg {

QStringList QuizDraw::draw(const QList<const QuizQuestion *> &candidates, const QuizComposition &composition,
                           quint64 seed, const TopicScores &topicScores)
{
    QList<const QuizQuestion *> order;
    order.reserve(candidates.size());
    for (const int i : QuizShuffle::permutation(seed, candidates.size()))
        order.append(candidates.at(i));
    if (composition.weakestFirst) {
        // Stable: questions of equally strong topics keep their shuffled order.
        std::stable_sort(order.begin(), order.end(), [&](const QuizQuestion *a, const QuizQuestion *b) {
            return topicScores.value(a->learnNoteId, unseenTopicScore)
                   < topicScores.value(b->learnNoteId, unseenTopicScore);
        });
    }
    if (composition.count > 0 && order.size() > composition.count)
        order.resize(composition.count);
    QStringList ids;
    ids.reserve(order.size());
    for (const QuizQuestion *question : order)
        ids.append(question->id);
    return ids;
}

QuizDraw::TopicScores QuizDraw::topicScores(const QList<std::pair<QString, double>> &answers,
                                            const QHash<QString, QString> &topicOfQuestion)
{
    QHash<QString, std::pair<double, int>> sums;
    for (const auto &[questionId, score] : answers) {
        const QString topic = topicOfQuestion.value(questionId);
        if (topic.isEmpty())
            continue;
        auto &[sum, n] = sums[topic];
        sum += score;
        ++n;
    }
    TopicScores scores;
    for (auto it = sums.cbegin(); it != sums.cend(); ++it)
        scores.insert(it.key(), it->first / it->second);
    return scores;
}

} // namespace pmg
