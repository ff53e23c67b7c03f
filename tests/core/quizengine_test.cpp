// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The pure parts of quizzes: scoring of every question type, reproducible shuffles and draws, time arithmetic.
#include "curriculum/studyitems.h"
#include "quiz/quizanswer.h"
#include "quiz/quizattempt.h"
#include "quiz/quizcomposition.h"
#include "quiz/quizdraw.h"
#include "quiz/quizresults.h"
#include "quiz/quizscoring.h"
#include "quiz/quizshuffle.h"
#include "quiz/quiztimer.h"
#include "support/qtprinters.h"

#include <QJsonDocument>
#include <QSet>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace pmg {
namespace {

QuizQuestion choiceQuestion(QuestionType type, const QList<bool> &correct)
{
    QuizQuestion q;
    q.id = u"q-choice"_s;
    q.type = type;
    for (qsizetype i = 0; i < correct.size(); ++i)
        q.options.append({u"option %1"_s.arg(i), correct.at(i)});
    return q;
}

QuizQuestion outputQuestion(const QString &expected)
{
    QuizQuestion q;
    q.id = u"q-output"_s;
    q.type = QuestionType::Output;
    q.expectedOutput = expected;
    return q;
}

QuizQuestion shortQuestion(const QStringList &accepted, bool caseSensitive)
{
    QuizQuestion q;
    q.id = u"q-short"_s;
    q.type = QuestionType::Short;
    q.acceptedAnswers = accepted;
    q.caseSensitive = caseSensitive;
    return q;
}

double score(const QuizQuestion &q, const QuizAnswer &a)
{
    return QuizScoring::score(q, a);
}

TEST(QuizScoring, SingleChoiceAndTrueFalseAreRightOnlyWithTheCorrectOption)
{
    const QuizQuestion single = choiceQuestion(QuestionType::Single, {false, true, false});
    EXPECT_EQ(score(single, QuizAnswer::chosen({1})), 1.0);
    EXPECT_EQ(score(single, QuizAnswer::chosen({0})), 0.0);
    EXPECT_EQ(score(single, QuizAnswer::chosen({})), 0.0);
    EXPECT_EQ(score(single, QuizAnswer::chosen({0, 1})), 0.0) << "two ticks do not fit a single-choice question";
    EXPECT_EQ(score(single, QuizAnswer::chosen({7})), 0.0) << "an option that does not exist";
    EXPECT_EQ(score(single, QuizAnswer::typed(u"None"_s)), 0.0) << "text does not fit a choice question";

    const QuizQuestion tf = choiceQuestion(QuestionType::TrueFalse, {false, true});
    EXPECT_EQ(score(tf, QuizAnswer::chosen({1})), 1.0);
    EXPECT_EQ(score(tf, QuizAnswer::chosen({0})), 0.0);
}

TEST(QuizScoring, MultipleChoiceGivesPartialCreditFlooredAtZero)
{
    // Three correct options (k = 3) among five.
    const QuizQuestion q = choiceQuestion(QuestionType::Multiple, {true, true, false, true, false});
    EXPECT_EQ(score(q, QuizAnswer::chosen({0, 1, 3})), 1.0) << "exactly the correct set";
    EXPECT_DOUBLE_EQ(score(q, QuizAnswer::chosen({0, 1})), 2.0 / 3.0);
    EXPECT_DOUBLE_EQ(score(q, QuizAnswer::chosen({0})), 1.0 / 3.0);
    EXPECT_DOUBLE_EQ(score(q, QuizAnswer::chosen({0, 1, 2})), 1.0 / 3.0) << "+2/3 − 1/3";
    EXPECT_DOUBLE_EQ(score(q, QuizAnswer::chosen({0, 1, 2, 3, 4})), 1.0 / 3.0) << "ticking everything: 3/3 − 2/3";
    EXPECT_EQ(score(q, QuizAnswer::chosen({0, 2, 4})), 0.0) << "1/3 − 2/3 is floored at 0, never negative";
    EXPECT_EQ(score(q, QuizAnswer::chosen({2, 4})), 0.0);
    EXPECT_FALSE(QuizScoring::isCorrect(2.0 / 3.0)) << "partly right is not correct";
    EXPECT_TRUE(QuizScoring::isCorrect(score(q, QuizAnswer::chosen({3, 1, 0}))));
}

TEST(QuizScoring, TypedOutputIgnoresTrailingWhitespaceOnly)
{
    const QuizQuestion q = outputQuestion(u"[3, 2, 1]\n  indented\n"_s);
    EXPECT_EQ(score(q, QuizAnswer::typed(u"[3, 2, 1]\n  indented"_s)), 1.0);
    EXPECT_EQ(score(q, QuizAnswer::typed(u"[3, 2, 1]   \n  indented\t\n\n\n"_s)), 1.0) << "trailing spaces and lines";
    EXPECT_EQ(score(q, QuizAnswer::typed(u"[3, 2, 1]\r\n  indented\r\n"_s)), 1.0) << "Windows line endings";
    EXPECT_EQ(score(q, QuizAnswer::typed(u"[3, 2, 1]\nindented"_s)), 0.0) << "leading whitespace counts";
    EXPECT_EQ(score(q, QuizAnswer::typed(u"[3,2,1]\n  indented"_s)), 0.0) << "spaces inside a line count";
    EXPECT_EQ(score(q, QuizAnswer::typed(u"[3, 2, 1]\n\n  indented"_s)), 0.0) << "an empty line inside counts";
    EXPECT_EQ(score(q, QuizAnswer::typed(u"   "_s)), 0.0);
    EXPECT_EQ(QuizScoring::normalizedOutput(u"a \nb\t\n\n"_s), u"a\nb");
}

TEST(QuizScoring, OutputPickedFromOptionsIsMarkedLikeSingleChoice)
{
    QuizQuestion q = outputQuestion(u"3"_s);
    q.options = {{u"`2`"_s, false}, {u"`3`"_s, true}};
    EXPECT_EQ(score(q, QuizAnswer::chosen({1})), 1.0);
    EXPECT_EQ(score(q, QuizAnswer::chosen({0})), 0.0);
    EXPECT_EQ(score(q, QuizAnswer::typed(u"3\n"_s)), 1.0);
}

TEST(QuizScoring, ShortAnswersFollowTheCaseRule)
{
    const QuizQuestion insensitive = shortQuestion({u"continue"_s, u"EAFP"_s}, false);
    EXPECT_EQ(score(insensitive, QuizAnswer::typed(u"continue"_s)), 1.0);
    EXPECT_EQ(score(insensitive, QuizAnswer::typed(u"  Continue "_s)), 1.0) << "case and surrounding spaces";
    EXPECT_EQ(score(insensitive, QuizAnswer::typed(u"eafp"_s)), 1.0) << "any accepted answer";
    EXPECT_EQ(score(insensitive, QuizAnswer::typed(u"break"_s)), 0.0);
    EXPECT_EQ(score(insensitive, QuizAnswer::chosen({0})), 0.0);

    const QuizQuestion sensitive = shortQuestion({u"nohtyP"_s}, true);
    EXPECT_EQ(score(sensitive, QuizAnswer::typed(u" nohtyP "_s)), 1.0);
    EXPECT_EQ(score(sensitive, QuizAnswer::typed(u"nohtyp"_s)), 0.0) << "case=sensitive";
    EXPECT_EQ(score(sensitive, QuizAnswer::typed(u"NOHTYP"_s)), 0.0);
}

TEST(QuizAnswer, RoundTripsThroughJsonAndRejectsGarbage)
{
    const QuizAnswer chosen = QuizAnswer::chosen({3, 1, 3});
    EXPECT_EQ(chosen.choices, (QList<int>{1, 3})) << "sorted, without duplicates";
    EXPECT_EQ(QuizAnswer::fromJson(chosen.toJson()), chosen);
    const QuizAnswer typed = QuizAnswer::typed(u"Hello, \"garden\"!\n"_s);
    EXPECT_EQ(QuizAnswer::fromJson(typed.toJson()), typed);
    EXPECT_FALSE(QuizAnswer::fromJson(u"not json"_s).has_value());
    EXPECT_FALSE(QuizAnswer::fromJson(u"{\"choices\":[\"a\"]}"_s).has_value());
}

TEST(QuizShuffle, TheSameSeedGivesTheSameOrderAndOtherSeedsOthers)
{
    const QList<int> first = QuizShuffle::permutation(42, 20);
    EXPECT_EQ(QuizShuffle::permutation(42, 20), first);
    QList<int> sorted = first;
    std::sort(sorted.begin(), sorted.end());
    QList<int> identity(20);
    std::iota(identity.begin(), identity.end(), 0);
    EXPECT_EQ(sorted, identity) << "a permutation";
    EXPECT_NE(QuizShuffle::permutation(43, 20), first);
    // Fixed values: the order must not change between versions, machines or standard libraries, or a stored
    // attempt would resume with its options in another order.
    EXPECT_EQ(QuizShuffle::permutation(1, 6), (QList<int>{1, 3, 0, 4, 5, 2}));
    EXPECT_EQ(QuizShuffle::stableHash(u"q-single"), QuizShuffle::stableHash(u"q-single"));
    EXPECT_EQ(QuizShuffle::stableHash(u""), 14695981039346656037ULL);
}

TEST(QuizShuffle, OptionOrderDependsOnTheSeedAndTheQuestionOnly)
{
    EXPECT_EQ(QuizShuffle::optionOrder(7, u"q-a", 5), QuizShuffle::optionOrder(7, u"q-a", 5));
    QSet<QList<int>> orders;
    for (quint64 seed = 0; seed < 20; ++seed)
        orders.insert(QuizShuffle::optionOrder(seed, u"q-a", 5));
    EXPECT_GT(orders.size(), 10) << "different attempts see different orders";

    QuizAttempt attempt;
    attempt.seed = 99;
    QuizQuestion tf;
    tf.id = u"q-tf"_s;
    tf.type = QuestionType::TrueFalse;
    tf.options = {{u"True"_s, true}, {u"False"_s, false}};
    EXPECT_EQ(attempt.optionOrder(tf), (QList<int>{0, 1})) << "True stays before False";
}

TEST(QuizDraw, DrawsReproduciblyAndPutsTheWeakestTopicsFirst)
{
    QList<QuizQuestion> bank;
    for (int i = 0; i < 12; ++i) {
        QuizQuestion q;
        q.id = u"q-%1"_s.arg(i);
        q.learnNoteId = u"topic-%1"_s.arg(i % 3);
        bank.append(q);
    }
    QList<const QuizQuestion *> candidates;
    for (const QuizQuestion &q : bank)
        candidates.append(&q);
    QuizComposition all;
    const QStringList drawn = QuizDraw::draw(candidates, all, 5);
    EXPECT_EQ(drawn.size(), 12);
    EXPECT_EQ(QuizDraw::draw(candidates, all, 5), drawn);
    EXPECT_NE(QuizDraw::draw(candidates, all, 6), drawn);

    QuizComposition four;
    four.count = 4;
    four.weakestFirst = true;
    // topic-1 was answered badly, topic-2 well, topic-0 never.
    const QuizDraw::TopicScores scores =
        QuizDraw::topicScores({{u"q-1"_s, 0.0}, {u"q-4"_s, 0.5}, {u"q-2"_s, 1.0}, {u"q-unknown"_s, 0.0}},
                              {{u"q-1"_s, u"topic-1"_s}, {u"q-4"_s, u"topic-1"_s}, {u"q-2"_s, u"topic-2"_s}});
    EXPECT_DOUBLE_EQ(scores.value(u"topic-1"_s), 0.25);
    EXPECT_EQ(scores.size(), 2);
    const QStringList weakest = QuizDraw::draw(candidates, four, 5, scores);
    ASSERT_EQ(weakest.size(), 4);
    for (const QString &id : weakest)
        EXPECT_EQ(id.mid(2).toInt() % 3, 1)
            << "the four questions of the weakest topic come first: " << id.toStdString();
    four.count = 8;
    const QStringList eight = QuizDraw::draw(candidates, four, 5, scores);
    for (int i = 4; i < 8; ++i)
        EXPECT_EQ(eight.at(i).mid(2).toInt() % 3, 0) << "then the unseen topic, before the strong one";
}

TEST(QuizComposition, NormalisesAndRoundTripsThroughJson)
{
    QuizComposition c;
    c.parts = {2, 1, 2};
    c.tags = {u"oop"_s, u"basics"_s};
    c.levels = {Level::Expert, Level::Beginner};
    c.count = 10;
    c.weakestFirst = true;
    const QuizComposition n = c.normalized();
    EXPECT_EQ(n.parts, (QList<int>{1, 2}));
    EXPECT_EQ(n.tags, (QStringList{u"basics"_s, u"oop"_s}));
    EXPECT_EQ(QuizComposition::fromJson(c.toJson()), n);
    EXPECT_EQ(n.describe(), u"10 questions · parts 1, 2 · beginner, expert · tags: basics, oop · weakest topics first");
}

TEST(QuizTimer, ExamDeadlineStandsWhateverHappens)
{
    const QDateTime t0(QDate(2026, 11, 24), QTime(10, 0), QTimeZone::UTC);
    const QuizTimer exam = QuizTimer::start(QuizMode::Exam, 600'000, t0);
    EXPECT_EQ(exam.expiresAt(), t0.addSecs(600));
    EXPECT_EQ(exam.remainingMs(t0.addSecs(60)), 540'000);
    EXPECT_EQ(exam.paused(t0.addSecs(60)).expiresAt(), t0.addSecs(600)) << "an exam cannot be paused";
    EXPECT_FALSE(exam.isExpired(t0.addMSecs(599'999)));
    EXPECT_TRUE(exam.isExpired(t0.addSecs(600)));
    EXPECT_EQ(exam.remainingMs(t0.addSecs(5000)), 0) << "never negative";
    EXPECT_EQ(exam.usedMs(t0.addSecs(5000)), 600'000) << "never more than the limit";
    EXPECT_EQ(exam.usedMs(t0.addSecs(-5)), 0) << "a clock set back";
}

TEST(QuizTimer, PracticeTimeRunsOnlyWhileRunning)
{
    const QDateTime t0(QDate(2026, 11, 24), QTime(10, 0), QTimeZone::UTC);
    QuizTimer practice = QuizTimer::start(QuizMode::Practice, 300'000, t0);
    EXPECT_EQ(practice.expiresAt(), t0.addSecs(300));
    practice = practice.paused(t0.addSecs(100));
    EXPECT_EQ(practice.bankedMs, 100'000);
    EXPECT_FALSE(practice.expiresAt().has_value()) << "nothing expires while paused";
    EXPECT_EQ(practice.remainingMs(t0.addSecs(10'000)), 200'000) << "paused for hours: nothing used";
    practice = practice.running(t0.addSecs(10'000));
    EXPECT_EQ(practice.expiresAt(), t0.addSecs(10'200));
    EXPECT_EQ(practice.remainingMs(t0.addSecs(10'050)), 150'000);
    // Banking a running stretch keeps the total.
    const QuizTimer banked = practice.running(t0.addSecs(10'050));
    EXPECT_EQ(banked.bankedMs, 150'000);
    EXPECT_EQ(banked.remainingMs(t0.addSecs(10'060)), 140'000);
    EXPECT_TRUE(practice.isExpired(t0.addSecs(10'200)));

    const QuizTimer untimed = QuizTimer::start(QuizMode::Practice, 0, t0);
    EXPECT_FALSE(untimed.remainingMs(t0.addSecs(99'999)).has_value());
    EXPECT_FALSE(untimed.isExpired(t0.addSecs(99'999)));
    EXPECT_EQ(untimed.usedMs(t0.addSecs(90)), 90'000);
}

TEST(QuizMissedCards, AMissBecomesACardWithAStableId)
{
    QuizQuestion q = choiceQuestion(QuestionType::Multiple, {true, false, true});
    q.id = u"q-iterators"_s;
    q.prompt = u"Which are iterators?"_s;
    q.explanation = u"They have `__next__`."_s;
    q.learnNoteId = u"mental-models"_s;
    q.noteId = u"quizzes"_s;
    const Flashcard card = QuizMissedCards::cardFor(q);
    EXPECT_EQ(card.id, u"qm-q-iterators");
    EXPECT_EQ(QuizMissedCards::cardFor(q).id, card.id) << "a second miss gives the same card";
    EXPECT_EQ(card.noteId, u"mental-models") << "the card belongs to the note that teaches it";
    EXPECT_EQ(card.front, u"Which are iterators?\n\n- option 0\n- option 1\n- option 2");
    EXPECT_EQ(card.back, u"- option 0\n- option 2\n\nThey have `__next__`.");

    const QuizQuestion out = outputQuestion(u"a\n"_s);
    EXPECT_EQ(QuizAnswerText::correct(out), u"```text\na\n```");
    EXPECT_EQ(QuizAnswerText::correct(shortQuestion({u"x"_s, u"`y`"_s}, false)), u"`x` or `` `y` ``");
}

} // namespace
} // namespace pmg
