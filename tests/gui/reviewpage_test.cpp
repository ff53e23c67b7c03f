// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The reviewer through its real widgets and web view, on a Garden over a FixedClock: a session answered with the
// keyboard (Space reveals, 1–4 grade, Ctrl+Z takes back, S suspends), what each answer stored, Again cards coming
// back in the same session, the finished screen, a read-only profile's refusal shown, and screenshots of a card's
// question and its answer with highlighted code, in light and dark.
#include "cardview.h"
#include "messagebanner.h"
#include "reviewanswerbar.h"
#include "reviewpage.h"
#include "reviewscopebox.h"
#include "srs/intervaltext.h"
#include "support/reviewguifixture.h"

#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>

using namespace Qt::StringLiterals;

namespace pmg {
namespace {

class ReviewPageTest : public test::ReviewGuiFixture
{
protected:
    void TearDown() override
    {
        page.reset();
        ReviewGuiFixture::TearDown();
    }

    /// Opens the reviewer (shown and active: its keys work) and waits for its first card.
    void openPage()
    {
        page = std::make_unique<ReviewPage>(*garden, web());
        page->resize(1100, 780);
        watchLoads();
        ASSERT_TRUE(test::showActive(page.get()));
        ASSERT_TRUE(page->session() && page->session()->current());
        ASSERT_TRUE(waitForCard(currentId(), CardRoute::Side::Front));
    }

    void watchLoads()
    {
        QObject::connect(page->cardView(), &CardView::cardLoaded, page.get(),
                         [this](bool ok) { lastLoad = ok ? page->cardView()->url() : QUrl(); });
    }

    /// Waits until the card view has loaded `cardId`'s `side`.
    [[nodiscard]] bool waitForCard(const QString &cardId, CardRoute::Side side)
    {
        const QUrl wanted = CardRoute::url(cardId, side);
        const bool shown =
            QTest::qWaitFor([&] { return lastLoad == wanted && !page->cardView()->page()->isLoading(); }, 20'000);
        if (!shown)
            ADD_FAILURE() << "waiting for " << wanted.toString().toStdString() << ", last load "
                          << lastLoad.toString().toStdString() << ", view at "
                          << page->cardView()->url().toString().toStdString() << ", banner "
                          << page->banner()->text().toStdString();
        return shown;
    }

    QString currentId() const
    {
        return page->session() && page->session()->current() ? page->session()->current()->id : QString();
    }

    QString cardText() { return test::bodyText(page->cardView()->page()); }

    /// Presses `key` as the learner does: on whatever has the keyboard (the reviewer, unless something took it).
    void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget *focus = QApplication::focusWidget();
        QTest::keyClick(focus ? focus : page.get(), Qt::Key(key), modifiers);
    }

    /// Space, then the grade's key: returns the id of the card answered.
    QString revealAndGrade(Rating rating)
    {
        const QString id = currentId();
        press(Qt::Key_Space);
        EXPECT_TRUE(waitForCard(id, CardRoute::Side::Back)) << id.toStdString();
        press(Qt::Key_1 + ratingValue(rating) - 1);
        return id;
    }

    std::unique_ptr<ReviewPage> page;
    QUrl lastLoad;
};

TEST_F(ReviewPageTest, ReviewsASessionWithTheKeyboard)
{
    openPage();
    EXPECT_EQ(page->cardView()->page()->profile(), webProfile) << "no second web profile (or renderer process)";
    EXPECT_EQ(currentId(), u"c-gen");
    EXPECT_TRUE(page->countsLabel()->text().contains(u">5<"_s)) << page->countsLabel()->text().toStdString();
    QString text = cardText();
    EXPECT_TRUE(text.contains(u"What does yield turn this function into?"_s)) << text.toStdString();
    EXPECT_FALSE(text.contains(u"generator"_s)) << "the answer is hidden on the question";
    EXPECT_FALSE(page->answerBar()->showsGrades());

    // Space reveals; each button shows the interval the service's preview gives, written as Anki writes it.
    gardenClock->advance(9);
    press(Qt::Key_Space);
    ASSERT_TRUE(waitForCard(u"c-gen"_s, CardRoute::Side::Back));
    text = cardText();
    EXPECT_TRUE(text.contains(u"A generator function"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"What does yield turn"_s)) << "the question stays above the answer";
    ASSERT_TRUE(page->answerBar()->showsGrades());
    EXPECT_EQ(page->answerBar()->intervalLabel(Rating::Again)->text(), u"1m");
    EXPECT_EQ(page->answerBar()->intervalLabel(Rating::Good)->text(), u"10m");
    const std::array<CardState, 4> preview = reviews().preview(*page->session()->current());
    for (const Rating r : {Rating::Again, Rating::Hard, Rating::Good, Rating::Easy})
        EXPECT_EQ(page->answerBar()->intervalLabel(r)->text(),
                  IntervalText::of(preview.at(std::size_t(ratingValue(r) - 1)), gardenClock->now()));

    // 1–4 grade; each answer is in the log, with the time from shown to answered, before the next card shows.
    gardenClock->advance(3);
    press(Qt::Key_1);
    ASSERT_TRUE(waitForCard(u"c-dict"_s, CardRoute::Side::Front));
    QList<ReviewEntry> history = reviews().history(u"c-gen"_s);
    ASSERT_EQ(history.size(), 1);
    EXPECT_EQ(history[0].rating, Rating::Again);
    EXPECT_EQ(history[0].durationMs, 12'000);
    EXPECT_EQ(revealAndGrade(Rating::Hard), u"c-dict");
    ASSERT_TRUE(waitForCard(u"c-list"_s, CardRoute::Side::Front));
    EXPECT_EQ(revealAndGrade(Rating::Good), u"c-list");
    ASSERT_TRUE(waitForCard(u"c-tuple"_s, CardRoute::Side::Front));
    const CardState tupleBefore = reviews().card(u"c-tuple"_s)->state;
    EXPECT_EQ(revealAndGrade(Rating::Easy), u"c-tuple");
    ASSERT_TRUE(waitForCard(u"c-loop"_s, CardRoute::Side::Front));
    for (const auto &[id, rating] :
         {std::pair{"c-dict", Rating::Hard}, std::pair{"c-list", Rating::Good}, std::pair{"c-tuple", Rating::Easy}}) {
        history = reviews().history(QString::fromLatin1(id));
        ASSERT_EQ(history.size(), 1) << id;
        EXPECT_EQ(history[0].rating, rating) << id;
    }
    EXPECT_EQ(reviews().card(u"c-tuple"_s)->state.phase, CardPhase::Review);

    // Ctrl+Z takes the Easy back: the log row is deleted, the state is the one before, the card is asked again.
    press(Qt::Key_Z, Qt::ControlModifier);
    ASSERT_TRUE(waitForCard(u"c-tuple"_s, CardRoute::Side::Front));
    EXPECT_TRUE(reviews().history(u"c-tuple"_s).isEmpty());
    EXPECT_EQ(reviews().card(u"c-tuple"_s)->state, tupleBefore);
    EXPECT_EQ(reviews().allReviews().size(), 3);
    EXPECT_FALSE(page->answerBar()->showsGrades());

    // S suspends it: the session moves on and never shows it again.
    press(Qt::Key_S);
    ASSERT_TRUE(waitForCard(u"c-loop"_s, CardRoute::Side::Front));
    EXPECT_TRUE(reviews().card(u"c-tuple"_s)->suspended);

    // The rest: c-loop, then the learning steps of c-gen (Again) and c-dict (Hard) and c-list (Good) come back in this
    // session. Space on the answer is Good.
    QStringList shown;
    for (int guard = 0; guard < 20 && !page->isFinished(); ++guard) {
        const QString id = currentId();
        shown.append(id);
        ASSERT_TRUE(waitForCard(id, CardRoute::Side::Front)) << id.toStdString();
        press(Qt::Key_Space);
        ASSERT_TRUE(waitForCard(id, CardRoute::Side::Back)) << id.toStdString();
        gardenClock->advance(2); // the log keeps one answer per card, instant and rating
        press(guard % 2 ? Qt::Key_Space : Qt::Key_4);
    }
    ASSERT_TRUE(page->isFinished());
    EXPECT_FALSE(shown.contains(u"c-tuple"_s)) << shown.join(u' ').toStdString();
    EXPECT_TRUE(shown.contains(u"c-gen"_s)) << "an Again card comes back in the same session";
    EXPECT_EQ(shown.constFirst(), u"c-loop");
    const QString finished = page->finishedLabel()->text();
    EXPECT_TRUE(page->finishedLabel()->isVisible());
    EXPECT_TRUE(finished.contains(u"All done for today"_s)) << finished.toStdString();
    EXPECT_TRUE(finished.contains(u"The next card is due"_s)) << finished.toStdString();
    EXPECT_TRUE(page->timeLabel()->text().contains(u"answered"_s));
    EXPECT_FALSE(page->answerBar()->isVisible());
}

TEST_F(ReviewPageTest, KeysWorkAfterAClickIntoTheCard)
{
    openPage();
    EXPECT_EQ(QApplication::focusWidget(), page.get());
    // A click into the card (to select text, or by accident) must not take the reviewer's keys into the web page.
    ASSERT_TRUE(test::clickElement(page->cardView(), u".card"_s));
    press(Qt::Key_Space);
    ASSERT_TRUE(waitForCard(u"c-gen"_s, CardRoute::Side::Back)) << "Space must reveal, not scroll the card";
    press(Qt::Key_3);
    ASSERT_TRUE(waitForCard(u"c-dict"_s, CardRoute::Side::Front));
    ASSERT_TRUE(test::clickElement(page->cardView(), u".card"_s));
    EXPECT_EQ(QApplication::focusWidget(), page.get());
    press(Qt::Key_Z, Qt::ControlModifier);
    ASSERT_TRUE(waitForCard(u"c-gen"_s, CardRoute::Side::Front)) << "Ctrl+Z must undo the answer, not edit the page";
    EXPECT_TRUE(reviews().allReviews().isEmpty());
}

TEST_F(ReviewPageTest, ReviewsOnlyTheChosenScope)
{
    openPage();
    ASSERT_TRUE(page->scopeBox()->setScope(ReviewService::Scope::ofPart(2)));
    Q_EMIT page->scopeBox()->activated(page->scopeBox()->currentIndex());
    ASSERT_TRUE(waitForCard(u"c-loop"_s, CardRoute::Side::Front));
    EXPECT_EQ(page->session()->remaining().total(), 1);
    EXPECT_EQ(revealAndGrade(Rating::Easy), u"c-loop");
    ASSERT_TRUE(QTest::qWaitFor([&] { return page->isFinished(); }, 5000));
}

TEST_F(ReviewPageTest, EditAndNoteRequestsNameTheCard)
{
    openPage();
    QSignalSpy edit(page.get(), &ReviewPage::editNoteRequested);
    QSignalSpy note(page.get(), &ReviewPage::openNoteRequested);
    press(Qt::Key_E);
    press(Qt::Key_N);
    ASSERT_EQ(edit.size(), 1);
    EXPECT_EQ(edit[0][0].toString(), u"second");
    EXPECT_EQ(edit[0][1].toInt(), page->session()->current()->line);
    EXPECT_GT(edit[0][1].toInt(), 1);
    ASSERT_EQ(note.size(), 1);
    EXPECT_EQ(note[0][0].toString(), u"second");
    EXPECT_EQ(note[0][1].toString(), u"c-gen");

    // The note link on the answer asks the window too; the card stays.
    press(Qt::Key_Space);
    ASSERT_TRUE(waitForCard(u"c-gen"_s, CardRoute::Side::Back));
    ASSERT_TRUE(test::clickElement(page->cardView(), u".card-source a"_s));
    ASSERT_TRUE(note.wait(5000) || note.size() == 2);
    EXPECT_EQ(note.last()[0].toString(), u"second");
    EXPECT_EQ(note.last()[1].toString(), u"c-gen");
    EXPECT_EQ(page->cardView()->url(), CardRoute::url(u"c-gen"_s, CardRoute::Side::Back));
}

TEST_F(ReviewPageTest, AnAnswerThatCannotBeSavedIsShownAndTheCardStays)
{
    garden.reset();
    auto clock = std::make_unique<FixedClock>(startTime, DayBoundary(QTimeZone("Europe/Berlin"), 4));
    gardenClock = clock.get();
    garden = std::make_unique<Garden>(std::move(clock));
    ASSERT_TRUE(garden->open(profile.path(), dir.path(), {.readOnly = true})) << garden->error().toStdString();
    renderer = std::make_unique<NoteRenderer>(garden->curriculum());
    openPage();
    EXPECT_TRUE(page->banner()->isVisible()) << "a read-only profile is said up front";
    EXPECT_EQ(page->banner()->kind(), MessageBanner::Kind::Warning);
    revealAndGrade(Rating::Good);
    EXPECT_EQ(page->banner()->kind(), MessageBanner::Kind::Error);
    EXPECT_TRUE(page->banner()->text().contains(u"read-only"_s)) << page->banner()->text().toStdString();
    EXPECT_EQ(currentId(), u"c-gen");
    EXPECT_TRUE(page->answerBar()->showsGrades()) << "the answer stays, to be graded again";
    EXPECT_TRUE(reviews().allReviews().isEmpty());
}

TEST_F(ReviewPageTest, ScreenshotsOfQuestionAndAnswerInLightAndDark)
{
    openPage();
    shoot(page.get(), u"reviewer-question-light.png"_s, page->cardView());
    press(Qt::Key_Space);
    ASSERT_TRUE(waitForCard(u"c-gen"_s, CardRoute::Side::Back));
    // Highlighted code: the keyword is in a span of its own colour.
    const QString keywordColour =
        test::evaluate(page->cardView()->page(), u"(() => { for (const s of document.querySelectorAll('pre.code span'))"
                                                 " if (s.textContent === 'def') return getComputedStyle(s).color;"
                                                 " return ''; })()"_s)
            .toString();
    const QString textColour =
        test::evaluate(page->cardView()->page(), u"getComputedStyle(document.querySelector('pre.code')).color"_s)
            .toString();
    EXPECT_FALSE(keywordColour.isEmpty());
    EXPECT_NE(keywordColour, textColour) << "the code is highlighted";
    shoot(page.get(), u"reviewer-answer-light.png"_s, page->cardView());

    AppTheme::apply(true);
    ASSERT_TRUE(waitForCard(u"c-gen"_s, CardRoute::Side::Back));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return test::evaluate(page->cardView()->page(), u"document.documentElement.dataset.theme"_s).toString()
                   == u"dark";
        },
        10'000));
    shoot(page.get(), u"reviewer-answer-dark.png"_s, page->cardView());
    press(Qt::Key_3);
    ASSERT_TRUE(waitForCard(u"c-dict"_s, CardRoute::Side::Front));
    shoot(page.get(), u"reviewer-question-dark.png"_s, page->cardView());
}

} // namespace
} // namespace pmg
