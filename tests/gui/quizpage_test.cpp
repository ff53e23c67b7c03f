// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The quiz page through its real widgets, on a Garden over a FixedClock: a short quiz taken with the keyboard and
// the mouse to the results screen, practice feedback and pause, the countdown turning red and the attempt submitted
// when the time runs out (the clock is moved, nothing sleeps), and screenshots of a question with highlighted code
// and of the results, in light and dark.
#include "apptheme.h"
#include "messagebanner.h"
#include "quiz/quizservice.h"
#include "quizcomposerview.h"
#include "quizhistoryview.h"
#include "quizhtml.h"
#include "quiznavigator.h"
#include "quizoptionlist.h"
#include "quizpage.h"
#include "quizpickerview.h"
#include "quizquestionpanel.h"
#include "quizresultsview.h"
#include "quiztakingview.h"
#include "quiztextview.h"
#include "support/guitesting.h"
#include "support/qtprinters.h"
#include "support/quizfixture.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTextBlock>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace pmg {
namespace {

class QuizPageTest : public test::QuizFixture
{
protected:
    void SetUp() override
    {
        AppTheme::apply(false);
        writeQuizCurriculum();
        openGarden();
        quizzes().setSeedSource([] { return quint64(3); });
        page = std::make_unique<QuizPage>(*garden);
        page->resize(1200, 820);
        ASSERT_TRUE(test::showActive(page.get()));
    }

    void TearDown() override
    {
        page.reset();
        AppTheme::apply(false);
    }

    QuizTakingView *taking() const { return page->taking(); }
    QString currentId() const { return taking()->attempt().questionIds.value(taking()->attempt().position); }

    /// Starts the picker's quiz `quizId` with a click on the practice or exam button.
    void startFromPicker(const QString &quizId, QuizMode mode)
    {
        page->picker()->selectQuiz(quizId);
        QPushButton *button = mode == QuizMode::Exam ? page->picker()->examButton() : page->picker()->practiceButton();
        QTest::mouseClick(button, Qt::LeftButton);
        ASSERT_EQ(page->currentView(), taking());
    }

    /// Ticks the option with question index `index` by its number key, as shown on screen.
    void pressOptionKey(int index)
    {
        const QuizQuestion *question = quizzes().question(currentId());
        const qsizetype position = taking()->attempt().optionOrder(*question).indexOf(index);
        ASSERT_GE(position, 0);
        QTest::keyClick(taking(), Qt::Key(Qt::Key_1 + position));
    }

    /// Answers the current question with the keyboard: right, or (with `right` false) wrong.
    void answerCurrent(bool right)
    {
        const QString id = currentId();
        if (id == u"q-single") {
            pressOptionKey(right ? 1 : 0);
        } else if (id == u"q-tf") {
            pressOptionKey(right ? 0 : 1);
        } else if (id == u"q-multi") {
            for (const int i : right ? QList<int>{0, 1, 3} : QList<int>{2})
                pressOptionKey(i);
        } else if (id == u"q-output") {
            // Enter is a new line in the output field (QTest::keyClicks knows no '\n').
            QTest::keyClicks(taking()->panel()->outputField(), right ? u"Hello, garden!"_s : u"Hello"_s);
            QTest::keyClick(taking()->panel()->outputField(), Qt::Key_Return);
            QTest::keyClicks(taking()->panel()->outputField(), right ? u"Hello, quiz!"_s : QString());
            QTest::keyClick(taking()->panel()->outputField(), Qt::Key_Return, Qt::ControlModifier);
            return;
        } else {
            QTest::keyClicks(taking()->panel()->shortAnswerField(), right ? u"nohtyP"_s : u"NOHTYP"_s);
            if (id == u"q-short")
                QTest::keyClicks(taking()->panel()->shortAnswerField(), u"continue"_s);
        }
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : taking(), Qt::Key_Return);
    }

    /// Clicks the first link in `view` whose href starts with `hrefPrefix`.
    static bool clickLink(QuizTextView *view, const QString &hrefPrefix)
    {
        for (QTextBlock block = view->document()->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextFragment fragment = it.fragment();
                if (!fragment.charFormat().anchorHref().startsWith(hrefPrefix))
                    continue;
                QTextCursor cursor(view->document());
                cursor.setPosition(fragment.position() + 1);
                view->setTextCursor(cursor);
                view->ensureCursorVisible();
                const QPoint at = view->cursorRect(cursor).center();
                QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, at);
                return true;
            }
        }
        return false;
    }

    static QPushButton *buttonNamed(QWidget *parent, const QString &text)
    {
        for (QPushButton *button : parent->findChildren<QPushButton *>()) {
            if (button->text() == text && button->isVisible())
                return button;
        }
        return nullptr;
    }

    void shoot(const QString &name)
    {
        const QString outDir =
            qEnvironmentVariable("PMG_SCREENSHOT_DIR", QStringLiteral(PMG_BINARY_DIR "/screenshots"));
        QDir().mkpath(outDir);
        const QString path = QDir(outDir).filePath(name);
        // Native widgets paint synchronously into grab(): no compositor frame to wait for.
        const QImage image = page->grab().toImage();
        ASSERT_TRUE(image.save(path, "PNG")) << path.toStdString();
        std::printf("[ screenshot ] %s\n", qPrintable(path));
        EXPECT_GT(test::distinctColours(image), 40) << name.toStdString() << " looks blank";
    }

    void restartAfter(qint64 seconds)
    {
        startTime = gardenClock->now().addSecs(seconds);
        openGarden();
    }

    std::unique_ptr<QuizPage> page;
};

TEST_F(QuizPageTest, TakesAnExamWithTheKeyboardToTheResults)
{
    EXPECT_EQ(page->picker()->quizList()->topLevelItemCount(), 5);
    startFromPicker(u"level-beginner"_s, QuizMode::Exam);
    const QStringList asked = taking()->attempt().questionIds;
    ASSERT_EQ(asked.size(), 4);
    EXPECT_FALSE(taking()->pauseButton()->isVisible()) << "no pause in an exam";

    // The first question is flagged (F), every one answered; q-case wrongly (its case matters).
    QTest::keyClick(taking(), Qt::Key_F);
    EXPECT_TRUE(taking()->navigator()->item(0)->text().contains(u"⚑"_s));
    for (int i = 0; i < asked.size(); ++i) {
        ASSERT_EQ(taking()->attempt().position, i);
        QElapsedTimer clock;
        clock.start();
        answerCurrent(currentId() != u"q-case");
        page->grab(); // the next question painted (reported, not asserted: this build is Debug + sanitizers)
        std::printf("[ metric ] answer %d stored and the next question painted in %lld ms\n", i + 1,
                    static_cast<long long>(clock.elapsed()));
        // Stored before the view moves on.
        EXPECT_TRUE(quizzes().attempt(taking()->attempt().id)->response(asked.at(i)).isAnswered()) << i;
    }
    // The navigator jumps back; the stored answer is shown again.
    QTest::mouseClick(taking()->navigator()->viewport(), Qt::LeftButton, Qt::NoModifier,
                      taking()->navigator()->visualItemRect(taking()->navigator()->item(0)).center());
    EXPECT_EQ(taking()->attempt().position, 0);

    QTest::mouseClick(taking()->submitButton(), Qt::LeftButton);
    ASSERT_TRUE(taking()->submitBanner()->isVisible()) << "a flagged question makes it ask first";
    EXPECT_TRUE(taking()->submitBanner()->text().contains(u"1 flagged"_s))
        << taking()->submitBanner()->text().toStdString();
    QPushButton *submitNow = buttonNamed(taking()->submitBanner(), u"Submit now"_s);
    ASSERT_NE(submitNow, nullptr);
    QTest::mouseClick(submitNow, Qt::LeftButton);

    ASSERT_EQ(page->currentView(), page->results());
    const QString summary = page->results()->summary()->text();
    EXPECT_TRUE(summary.contains(u"Score: 3 of 4 (75%)"_s)) << summary.toStdString();
    const QString text = page->results()->view()->toPlainText();
    EXPECT_TRUE(text.contains(u"Explanation: A step of -1 reverses."_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"✗ wrong"_s));
    EXPECT_EQ(text.count(u"✓ correct"_s), 3);
    EXPECT_FALSE(text.contains(u"Copy"_s)) << "no copy buttons in quiz text";
    EXPECT_FALSE(page->results()->flashcardsButton()->isVisible()) << "hidden until spaced repetition is wired";

    // The Learn link opens the note that teaches it.
    QSignalSpy open(page.get(), &QuizPage::openNoteRequested);
    ASSERT_TRUE(clickLink(page->results()->view(), u"garden:/note/"_s));
    ASSERT_EQ(open.size(), 1);
    EXPECT_TRUE((QStringList{u"first"_s, u"second"_s, u"third"_s}).contains(open.first().first().toString()));

    // History lists it, and the picker shows the best and last score.
    QTest::mouseClick(buttonNamed(page->results(), u"History"_s), Qt::LeftButton);
    ASSERT_EQ(page->currentView(), page->history());
    ASSERT_EQ(page->history()->attempts()->topLevelItemCount(), 1);
    EXPECT_EQ(page->history()->attempts()->topLevelItem(0)->text(3), u"75 %");
    page->showPicker();
    EXPECT_EQ(page->picker()->quizList()->topLevelItem(0)->text(4), u"75 %");
}

TEST_F(QuizPageTest, PracticeShowsEachAnswerAndPauses)
{
    int missedCards = 0;
    page->setMissedCardsHandler([&](const QList<Flashcard> &cards) {
        missedCards = int(cards.size());
        return u"%1 cards added"_s.arg(cards.size());
    });
    startFromPicker(u"part-2"_s, QuizMode::Practice);
    ASSERT_TRUE(taking()->pauseButton()->isVisible());
    answerCurrent(false);
    EXPECT_TRUE(taking()->panel()->feedbackView()->isVisible());
    EXPECT_TRUE(taking()->panel()->feedbackView()->toPlainText().contains(u"Not quite"_s))
        << taking()->panel()->feedbackView()->toPlainText().toStdString();
    EXPECT_TRUE(taking()->panel()->feedbackView()->toPlainText().contains(u"Explanation:"_s));
    EXPECT_FALSE(taking()->panel()->shortAnswerField()->isEnabled()) << "a practice answer is final once shown";

    // Paused: the question is hidden and the clock stops.
    QTest::mouseClick(taking()->pauseButton(), Qt::LeftButton);
    EXPECT_TRUE(taking()->isShowingPausePanel());
    const std::optional<qint64> before = quizzes().remainingMs(taking()->attempt());
    gardenClock->advance(600);
    EXPECT_EQ(quizzes().remainingMs(taking()->attempt()), before);
    QTest::keyClick(taking(), Qt::Key_Return);
    EXPECT_TRUE(taking()->isShowingPausePanel()) << "Enter does nothing while paused";
    QTest::mouseClick(taking()->pauseButton(), Qt::LeftButton);
    EXPECT_FALSE(taking()->isShowingPausePanel());

    // Leaving the page pauses practice.
    page->hide();
    EXPECT_FALSE(quizzes().attempt(taking()->attempt().id)->timer.isRunning());
    page->show();
    EXPECT_TRUE(taking()->isShowingPausePanel());
    QTest::mouseClick(taking()->pauseButton(), Qt::LeftButton);

    QTest::keyClick(taking(), Qt::Key_Return); // next
    EXPECT_EQ(taking()->attempt().position, 1);
    answerCurrent(true);
    EXPECT_TRUE(taking()->panel()->feedbackView()->toPlainText().contains(u"Correct"_s));
    QTest::mouseClick(taking()->submitButton(), Qt::LeftButton);
    ASSERT_EQ(page->currentView(), page->results());
    QPushButton *cards = page->results()->flashcardsButton();
    ASSERT_TRUE(cards->isVisible());
    QTest::mouseClick(cards, Qt::LeftButton);
    EXPECT_EQ(missedCards, 1);
}

TEST_F(QuizPageTest, TheCountdownTurnsRedAndTheTimeRunsOut)
{
    page->picker()->selectQuiz(u"level-beginner"_s);
    page->picker()->timeLimit()->setValue(2);
    QTest::mouseClick(page->picker()->examButton(), Qt::LeftButton);
    ASSERT_EQ(page->currentView(), taking());
    answerCurrent(true);
    taking()->refreshCountdown();
    EXPECT_EQ(taking()->countdown()->text(), u"2:00");
    EXPECT_FALSE(taking()->countdown()->property("lastMinute").toBool());
    gardenClock->advance(75);
    // QTRY_* would only return from the function on failure (a QtTest result gtest never sees): wait with qWaitFor.
    ASSERT_TRUE(QTest::qWaitFor([&] { return taking()->countdown()->property("lastMinute").toBool(); }, 2000));
    EXPECT_EQ(taking()->countdown()->text(), u"0:45");
    EXPECT_EQ(taking()->countdown()->palette().color(QPalette::WindowText), QuizHtml::badColour(taking()->palette()));

    // The page was hidden and shown again: an exam's clock runs on.
    page->hide();
    gardenClock->advance(50);
    page->show();
    gardenClock->advance(1);
    ASSERT_TRUE(QTest::qWaitFor([&] { return page->currentView() == page->results(); }, 2000))
        << "the repaint timer finishes the attempt at zero";
    EXPECT_TRUE(page->results()->summary()->text().contains(u"submitted when the time ran out"_s));
    EXPECT_TRUE(page->results()->summary()->text().contains(u"Score: 1 of 4"_s))
        << page->results()->summary()->text().toStdString();
}

TEST_F(QuizPageTest, ComposesAQuizAndResumesItAfterARestart)
{
    QTest::mouseClick(buttonNamed(page->picker(), u"Compose a quiz…"_s), Qt::LeftButton);
    ASSERT_EQ(page->currentView(), page->composer());
    QuizComposerView *composer = page->composer();
    QCheckBox *part2 = nullptr;
    for (QCheckBox *box : composer->findChildren<QCheckBox *>()) {
        if (box->text() == u"Part 2")
            part2 = box;
    }
    ASSERT_NE(part2, nullptr);
    QTest::mouseClick(part2, Qt::LeftButton);
    composer->countBox()->setValue(1);
    EXPECT_EQ(composer->matchLabel()->text(), u"2 questions match · this quiz asks 1");
    QTest::mouseClick(composer->examButton(), Qt::LeftButton);
    ASSERT_EQ(page->currentView(), taking());
    const qint64 id = taking()->attempt().id;
    EXPECT_TRUE(taking()->attempt().quizId.startsWith(u"custom-"_s));
    EXPECT_EQ(taking()->attempt().questionIds.size(), 1);
    QTest::keyClicks(taking()->panel()->shortAnswerField(), u"draft"_s); // typed, not confirmed

    // The app quits and starts again a minute later: the exam is offered in progress and resumes.
    page.reset();
    restartAfter(60);
    page = std::make_unique<QuizPage>(*garden);
    page->resize(1200, 820);
    ASSERT_TRUE(test::showActive(page.get()));
    ASSERT_EQ(page->picker()->inProgress()->count(), 1);
    QTest::mouseClick(page->picker()->resumeButton(), Qt::LeftButton);
    ASSERT_EQ(page->currentView(), taking()) << page->banner()->text().toStdString();
    EXPECT_EQ(taking()->attempt().id, id);
    EXPECT_EQ(taking()->panel()->shortAnswerField()->text(), u"draft") << "leaving stored what was typed";
}

TEST_F(QuizPageTest, ScreenshotsOfAQuestionWithCodeAndOfTheResults)
{
    startFromPicker(u"level-beginner"_s, QuizMode::Exam);
    // Answer until the output question (with its highlighted code) is on screen: q-single wrong, the rest right.
    for (int guard = 0; currentId() != u"q-output" && guard < 4; ++guard) {
        gardenClock->advance(40);
        answerCurrent(currentId() != u"q-single");
    }
    ASSERT_EQ(currentId(), u"q-output");
    const QString html = taking()->panel()->promptView()->toHtml();
    EXPECT_TRUE(html.contains(u"def"_s) && html.contains(u"greet"_s));
    EXPECT_GT(taking()->panel()->promptView()->document()->toHtml().count(u"color:"_s), 4) << "highlighted code";
    shoot(u"quiz-question-light.png"_s);
    AppTheme::apply(true);
    shoot(u"quiz-question-dark.png"_s);
    AppTheme::apply(false);

    for (int i = 0; i < 4; ++i) {
        if (!taking()->attempt().response(taking()->attempt().questionIds.at(i)).isAnswered()) {
            taking()->goTo(i);
            gardenClock->advance(40);
            answerCurrent(currentId() != u"q-single");
        }
    }
    QTest::mouseClick(taking()->submitButton(), Qt::LeftButton);
    ASSERT_EQ(page->currentView(), page->results());
    EXPECT_TRUE(page->results()->summary()->text().contains(u"Score: 3 of 4"_s));
    shoot(u"quiz-results-light.png"_s);
    AppTheme::apply(true);
    shoot(u"quiz-results-dark.png"_s);

    // A practice answer, partly right, with its feedback (the options marked).
    AppTheme::apply(false);
    page->showPicker();
    startFromPicker(u"part-1"_s, QuizMode::Practice);
    while (currentId() != u"q-multi")
        taking()->goTo(taking()->attempt().position + 1);
    pressOptionKey(0);
    pressOptionKey(2);
    pressOptionKey(3);
    QTest::keyClick(taking(), Qt::Key_Return);
    EXPECT_TRUE(taking()->panel()->feedbackView()->toPlainText().contains(u"Partly right"_s));
    shoot(u"quiz-practice-light.png"_s);
    AppTheme::apply(true);
    shoot(u"quiz-practice-dark.png"_s);

    // The picker (with the attempt in progress and the exam's scores), the composer and the history.
    AppTheme::apply(false);
    QTest::mouseClick(buttonNamed(taking(), u"Back to quizzes"_s), Qt::LeftButton);
    ASSERT_EQ(page->currentView(), page->picker());
    EXPECT_EQ(page->picker()->inProgress()->count(), 1);
    shoot(u"quiz-picker-light.png"_s);
    page->showComposer();
    shoot(u"quiz-composer-light.png"_s);
    page->showHistory();
    shoot(u"quiz-history-light.png"_s);
}

} // namespace
} // namespace pmg
