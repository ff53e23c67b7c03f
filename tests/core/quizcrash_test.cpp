// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A SIGKILL during an exam attempt loses no answer that was acknowledged: a child process (quiz_crash_helper) answers
// a question, prints ACK once the answer is committed, and is killed right after.
#include "store/database.h"
#include "support/qtprinters.h"
#include "support/quizfixture.h"

#include <QProcess>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace pmg {
namespace {

class QuizCrashTest : public test::QuizFixture
{
protected:
    void SetUp() override { writeQuizCurriculum(); }
};

TEST_F(QuizCrashTest, AnAnswerAcknowledgedBeforeASigkillIsThereOnReopening)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QStringLiteral(PMG_QUIZ_CRASH_HELPER), {profile.path(), dir.path(), u"level-beginner"_s});
    ASSERT_TRUE(child.waitForStarted(10'000));
    QByteArray line;
    while (!line.endsWith('\n')) {
        ASSERT_TRUE(child.waitForReadyRead(30'000)) << "no ACK; got: " << line.toStdString();
        line += child.readAll();
    }
    child.kill(); // SIGKILL: no destructor, no Garden::close(), no checkpoint
    ASSERT_TRUE(child.waitForFinished(10'000));
    EXPECT_EQ(child.exitStatus(), QProcess::CrashExit);

    const QList<QByteArray> ack = line.trimmed().split(' ');
    ASSERT_EQ(ack.size(), 4) << line.toStdString();
    ASSERT_EQ(ack.at(0), "ACK");
    const qint64 attemptId = ack.at(1).toLongLong();
    const QString questionId = QString::fromUtf8(ack.at(2));
    const std::optional<QuizAnswer> given = QuizAnswer::fromJson(QString::fromUtf8(ack.at(3)));
    ASSERT_TRUE(given.has_value());

    {
        Database check;
        ASSERT_TRUE(check.open(QDir(profile.path()).filePath(Database::fileName()),
                               Database::Options{.readOnly = true, .asIs = true}))
            << check.error().toStdString();
        QSqlQuery integrity(check.connection());
        ASSERT_TRUE(integrity.exec(u"PRAGMA integrity_check"_s) && integrity.next());
        EXPECT_EQ(integrity.value(0).toString(), u"ok");
    }

    // The app's open sequence takes over the dead process's lock and finds the answer.
    openGarden();
    const std::optional<QuizAttempt> attempt = quizzes().attempt(attemptId);
    ASSERT_TRUE(attempt.has_value()) << quizzes().lastError().toStdString();
    EXPECT_EQ(attempt->mode, QuizMode::Exam);
    const QuizResponse response = attempt->response(questionId);
    ASSERT_TRUE(response.isAnswered()) << "the acknowledged answer was lost";
    EXPECT_EQ(*response.answer, *given);
    EXPECT_TRUE(response.answeredAt.has_value());
}

} // namespace
} // namespace pmg
