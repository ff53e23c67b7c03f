// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A process to be killed: opens a profile the way the app does, starts an exam attempt at QUIZ_ID, answers its first
// question and prints "ACK <attempt id> <question id> <answer JSON>" once the answer is committed, then sleeps until
// it is killed (quizcrash_test). With --submit it answers every question with its first option (or "x") and submits,
// leaving a finished attempt for the `garden quiz history` test.
//
//   quiz_crash_helper PROFILE CURRICULUM QUIZ_ID [--submit]
#include "curriculum/studyitems.h"
#include "garden/garden.h"
#include "quiz/quizservice.h"

#include <QCoreApplication>
#include <QThread>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

pmg::QuizAnswer firstAnswer(const pmg::QuizQuestion &question)
{
    if (question.options.isEmpty())
        return pmg::QuizAnswer::typed(u"x"_s);
    return pmg::QuizAnswer::chosen({0});
}

int fail(const QString &message)
{
    std::fprintf(stderr, "quiz_crash_helper: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 4)
        return fail(u"usage: quiz_crash_helper PROFILE CURRICULUM QUIZ_ID [--submit]"_s);
    pmg::Garden garden;
    if (!garden.open(args.at(1), args.at(2)))
        return fail(garden.error());
    pmg::QuizService &quizzes = garden.quizzes();
    const std::optional<pmg::QuizDefinition> quiz = quizzes.definition(args.at(3));
    if (!quiz)
        return fail(u"no quiz "_s + args.at(3));
    std::optional<pmg::QuizAttempt> attempt = quizzes.start(*quiz, pmg::QuizMode::Exam, {.seed = 1});
    if (!attempt)
        return fail(quizzes.lastError());

    const bool submit = args.contains(u"--submit"_s);
    for (const QString &id : attempt->questionIds) {
        const pmg::QuizAnswer answer = firstAnswer(*quizzes.question(id));
        if (!quizzes.answer(*attempt, id, answer))
            return fail(quizzes.lastError());
        if (!submit) {
            std::printf("ACK %lld %s %s\n", static_cast<long long>(attempt->id), qPrintable(id),
                        qPrintable(answer.toJson()));
            std::fflush(stdout);
            QThread::sleep(std::chrono::seconds(60)); // killed long before
            return fail(u"was not killed"_s);
        }
    }
    if (!quizzes.submit(*attempt))
        return fail(quizzes.lastError());
    std::printf("SUBMITTED %lld\n", static_cast<long long>(attempt->id));
    return 0;
}
