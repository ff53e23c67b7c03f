// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The card browser through its real widgets over half a year of reviews: filters by text, part, state and due date;
// numeric sorting; a card's whole history in local time; suspend and unsuspend; its note; screenshots in light and
// dark; and the model and filter with 100,000 cards (times reported, not asserted: this build has sanitizers).
#include "cardbrowser.h"
#include "cardfiltermodel.h"
#include "cardhistoryview.h"
#include "cardtablemodel.h"
#include "cardview.h"
#include "support/reviewguifixture.h"
#include "support/reviewhistory.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pmg {
namespace {

class CardBrowserTest : public test::ReviewGuiFixture
{
protected:
    void SetUp() override
    {
        ReviewGuiFixture::SetUp();
        importReviews(test::halfAYearOfReviews());
        browser = std::make_unique<CardBrowser>(*garden, web());
        browser->resize(1400, 820);
        ASSERT_TRUE(test::showActive(browser.get()));
        ASSERT_TRUE(QTest::qWaitFor([&] { return browser->cardModel()->rowCount() == 5; }, 5000)) << "read when shown";
    }

    void TearDown() override
    {
        browser.reset();
        ReviewGuiFixture::TearDown();
    }

    /// The ids of the rows shown, top to bottom.
    QStringList shownIds() const
    {
        QStringList ids;
        const QAbstractItemModel *model = browser->table()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            ids.append(model->index(row, 0).data(CardTableModel::IdRole).toString());
        return ids;
    }

    static void choose(QComboBox *box, const QVariant &data)
    {
        const int index = box->findData(data);
        ASSERT_GE(index, 0) << data.toString().toStdString();
        box->setCurrentIndex(index);
    }

    void clickHeader(int column)
    {
        QHeaderView *header = browser->table()->horizontalHeader();
        const int x = header->sectionViewportPosition(column) + header->sectionSize(column) / 2;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, Qt::NoModifier, QPoint(x, header->height() / 2));
    }

    void clickRow(const QString &cardId)
    {
        const int row = int(shownIds().indexOf(cardId));
        ASSERT_GE(row, 0) << cardId.toStdString();
        const QModelIndex index = browser->table()->model()->index(row, CardTableModel::Question);
        browser->table()->scrollTo(index);
        QTest::mouseClick(browser->table()->viewport(), Qt::LeftButton, Qt::NoModifier,
                          browser->table()->visualRect(index).center());
    }

    [[nodiscard]] bool waitForCard(const QString &cardId)
    {
        const QUrl wanted = CardRoute::url(cardId, CardRoute::Side::Back);
        return QTest::qWaitFor(
            [&] {
                return browser->cardView()->url() == wanted && !browser->cardView()->page()->isLoading()
                       && test::evaluate(browser->cardView()->page(), u"!!document.querySelector('.card-side-back')"_s)
                              .toBool();
            },
            20'000);
    }

    /// The ids of the cards whose due time is before `limit`, as the service has them.
    QStringList dueBefore(const QDateTime &limit)
    {
        QStringList ids;
        for (const CardInfo &card : reviews().cards()) {
            if (card.state.due.isValid() && card.state.due < limit)
                ids.append(card.id);
        }
        ids.sort();
        return ids;
    }

    std::unique_ptr<CardBrowser> browser;
};

TEST_F(CardBrowserTest, FiltersByTextPartStateAndDueDate)
{
    EXPECT_EQ(shownIds(), (QStringList{u"c-gen"_s, u"c-dict"_s, u"c-list"_s, u"c-tuple"_s, u"c-loop"_s}));

    // Text: in the id, the question or the answer, any case; typing filters once it pauses.
    QTest::keyClicks(browser->textFilter(), u"TUPLE"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return shownIds() == QStringList{u"c-tuple"_s}; }, 5000))
        << shownIds().join(u' ').toStdString();
    browser->textFilter()->clear();
    QTest::keyClicks(browser->textFilter(), u"break"_s); // only in c-loop's answer
    ASSERT_TRUE(QTest::qWaitFor([&] { return shownIds() == QStringList{u"c-loop"_s}; }, 5000));
    browser->textFilter()->clear();
    ASSERT_TRUE(QTest::qWaitFor([&] { return shownIds().size() == 5; }, 5000));

    choose(browser->partFilter(), 2);
    EXPECT_EQ(shownIds(), QStringList{u"c-loop"_s});
    choose(browser->partFilter(), 0);

    choose(browser->stateFilter(), u"learning"_s);
    EXPECT_EQ(shownIds(), QStringList{u"c-loop"_s});
    choose(browser->stateFilter(), u"new"_s);
    EXPECT_EQ(shownIds(), QStringList{u"c-tuple"_s});
    choose(browser->stateFilter(), u"review"_s);
    EXPECT_EQ(shownIds(), (QStringList{u"c-gen"_s, u"c-dict"_s, u"c-list"_s}));
    choose(browser->stateFilter(), QString());

    // Due dates against the study days' boundaries (04:00 in Berlin).
    const DayBoundary &boundary = garden->clock().boundary();
    const QDate today = garden->clock().today();
    const auto sortedShown = [&] {
        QStringList ids = shownIds();
        ids.sort();
        return ids;
    };
    browser->setDueFilter(CardBrowser::DueFilter::Overdue);
    const QStringList overdue = dueBefore(boundary.startOf(today));
    EXPECT_EQ(sortedShown(), overdue);
    EXPECT_TRUE(overdue.contains(u"c-dict"_s)) << "learnt on the 10th, due again before today";
    browser->setDueFilter(CardBrowser::DueFilter::Due);
    EXPECT_EQ(sortedShown(), dueBefore(boundary.startOf(today.addDays(1))));
    EXPECT_TRUE(sortedShown().contains(u"c-loop"_s)) << "its learning step is due today";
    browser->setDueFilter(CardBrowser::DueFilter::DueBy, today.addDays(400));
    EXPECT_EQ(sortedShown(), (QStringList{u"c-dict"_s, u"c-gen"_s, u"c-list"_s, u"c-loop"_s}))
        << "every card with a due date; the new one has none";
    browser->setDueFilter(CardBrowser::DueFilter::Any);
    EXPECT_EQ(shownIds().size(), 5);
}

TEST_F(CardBrowserTest, SortsNumericColumnsAsNumbers)
{
    const auto column = [&](int c) {
        QList<double> values;
        for (const QString &id : shownIds())
            values.append(CardTableModel::number(*reviews().card(id), c));
        return values;
    };
    // The stabilities as shown sort differently as text ("365.53" before "8.29"): a text sort would fail below.
    QStringList shownText;
    QList<std::pair<double, QString>> byNumber;
    for (const QString &id : shownIds()) {
        const int row = browser->cardModel()->rowOf(id);
        shownText.append(browser->cardModel()->index(row, CardTableModel::Stability).data().toString());
        byNumber.append({CardTableModel::number(browser->cardModel()->card(row), CardTableModel::Stability),
                         shownText.constLast()});
    }
    std::sort(byNumber.begin(), byNumber.end());
    QStringList numericOrder;
    for (const auto &[number, text] : std::as_const(byNumber))
        numericOrder.append(text);
    shownText.sort();
    ASSERT_NE(shownText, numericOrder);

    for (const int c : {CardTableModel::Stability, CardTableModel::Difficulty, CardTableModel::Retrievability,
                        CardTableModel::Reps, CardTableModel::Lapses, CardTableModel::Due}) {
        clickHeader(c);
        const Qt::SortOrder order = browser->table()->horizontalHeader()->sortIndicatorOrder();
        ASSERT_EQ(browser->table()->horizontalHeader()->sortIndicatorSection(), c);
        QList<double> shown = column(c);
        if (order == Qt::DescendingOrder)
            std::reverse(shown.begin(), shown.end());
        EXPECT_TRUE(std::is_sorted(shown.cbegin(), shown.cend())) << "column " << c;
        clickHeader(c); // the other way round
        QList<double> reversed = column(c);
        if (browser->table()->horizontalHeader()->sortIndicatorOrder() == Qt::DescendingOrder)
            std::reverse(reversed.begin(), reversed.end());
        EXPECT_TRUE(std::is_sorted(reversed.cbegin(), reversed.cend())) << "column " << c;
    }
    // Due ascending: the new card, which has no due time, comes last.
    if (browser->table()->horizontalHeader()->sortIndicatorOrder() != Qt::AscendingOrder)
        clickHeader(CardTableModel::Due);
    EXPECT_EQ(shownIds().constLast(), u"c-tuple");
}

TEST_F(CardBrowserTest, ShowsACardWithItsWholeHistoryAndSuspendsIt)
{
    clickRow(u"c-gen"_s);
    ASSERT_TRUE(waitForCard(u"c-gen"_s));
    EXPECT_EQ(browser->cardView()->page()->profile(), webProfile) << "no second web profile (or renderer process)";
    EXPECT_TRUE(test::bodyText(browser->cardView()->page()).contains(u"A generator function"_s));
    CardHistoryView *history = browser->historyView();
    ASSERT_EQ(history->topLevelItemCount(), 6);
    // In the learner's time: 09:00 UTC on 1 June is 11:00 in Berlin (summer time).
    EXPECT_EQ(history->topLevelItem(0)->text(CardHistoryView::When), u"2026-06-01 11:00");
    EXPECT_EQ(history->topLevelItem(0)->text(CardHistoryView::Rating), u"Good");
    EXPECT_EQ(history->topLevelItem(0)->text(CardHistoryView::Interval), u"10m") << "the second learning step";
    EXPECT_EQ(history->topLevelItem(3)->text(CardHistoryView::Rating), u"Easy");
    EXPECT_EQ(history->topLevelItem(3)->text(CardHistoryView::Time), u"3.0 s");
    EXPECT_EQ(history->topLevelItem(5)->text(CardHistoryView::Time), u"60.0 s") << "capped at a minute";
    EXPECT_TRUE(history->topLevelItem(5)->text(CardHistoryView::Interval).endsWith(u"mo"_s)
                || history->topLevelItem(5)->text(CardHistoryView::Interval).endsWith(u"y"_s))
        << history->topLevelItem(5)->text(CardHistoryView::Interval).toStdString();

    QSignalSpy note(browser.get(), &CardBrowser::openNoteRequested);
    QTest::mouseClick(browser->noteButton(), Qt::LeftButton);
    ASSERT_EQ(note.size(), 1);
    EXPECT_EQ(note[0][0].toString(), u"second");
    EXPECT_EQ(note[0][1].toString(), u"c-gen");

    EXPECT_EQ(browser->suspendButton()->text(), u"Suspend");
    QTest::mouseClick(browser->suspendButton(), Qt::LeftButton);
    EXPECT_TRUE(reviews().card(u"c-gen"_s)->suspended);
    EXPECT_EQ(browser->suspendButton()->text(), u"Unsuspend");
    choose(browser->stateFilter(), u"suspended"_s);
    EXPECT_EQ(shownIds(), QStringList{u"c-gen"_s});
    QTest::mouseClick(browser->suspendButton(), Qt::LeftButton);
    EXPECT_FALSE(reviews().card(u"c-gen"_s)->suspended);
    EXPECT_TRUE(shownIds().isEmpty()) << "no longer suspended, it leaves the filtered list";
}

TEST_F(CardBrowserTest, ScreenshotsInLightAndDark)
{
    clickRow(u"c-gen"_s);
    ASSERT_TRUE(waitForCard(u"c-gen"_s));
    shoot(browser.get(), u"browser-light.png"_s, browser->cardView());
    AppTheme::apply(true);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return test::evaluate(browser->cardView()->page(), u"document.documentElement.dataset.theme"_s).toString()
                   == u"dark";
        },
        10'000));
    shoot(browser.get(), u"browser-dark.png"_s, browser->cardView());
}

TEST(CardBrowserScale, FiltersAndSortsAHundredThousandCards)
{
    constexpr int count = 100'000;
    QList<CardInfo> cards;
    cards.reserve(count);
    const QDateTime base(QDate(2026, 11, 24), QTime(4, 0), QTimeZone(QTimeZone::UTC));
    for (int i = 0; i < count; ++i) {
        CardInfo card;
        card.id = u"c-%1"_s.arg(i);
        card.front = u"Question number %1 about topic %2"_s.arg(i).arg(i % 997);
        card.back = u"Answer %1"_s.arg(i);
        card.part = 1 + i % 5;
        card.state.phase = i % 7 == 0 ? CardPhase::New : CardPhase::Review;
        if (card.state.phase == CardPhase::Review) {
            card.state.stability = double((i * 7919) % 36500) / 10;
            card.state.reps = 1 + i % 40;
            card.state.due = base.addDays(i % 400);
        }
        cards.append(card);
    }
    CardTableModel model;
    CardFilterModel filter;
    filter.setCardModel(&model);
    QTableView view;
    view.setModel(&filter);
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.setSortingEnabled(true);
    view.horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    view.resize(1200, 700);
    view.show();

    QElapsedTimer timer;
    timer.start();
    model.setCards(cards, QTimeZone(QTimeZone::UTC));
    QCoreApplication::processEvents();
    std::printf("[ metric ] 100,000 cards into the model and view: %lld ms\n", static_cast<long long>(timer.restart()));
    ASSERT_EQ(filter.rowCount(), count);

    filter.setText(u"topic 996"_s);
    std::printf("[ metric ] text filter over 100,000 cards: %lld ms\n", static_cast<long long>(timer.restart()));
    const auto expected =
        std::count_if(cards.cbegin(), cards.cend(), [](const CardInfo &c) { return c.front.contains(u"topic 996"_s); });
    EXPECT_EQ(filter.rowCount(), expected);
    filter.setText(QString());

    view.sortByColumn(CardTableModel::Stability, Qt::AscendingOrder);
    std::printf("[ metric ] sort of 100,000 cards by stability: %lld ms\n", static_cast<long long>(timer.restart()));
    double previous = -1;
    for (int row = 0; row < filter.rowCount(); row += 97) {
        const double s = filter.index(row, CardTableModel::Stability).data(CardTableModel::SortRole).toDouble();
        ASSERT_GE(s, previous) << row;
        previous = s;
    }
}

} // namespace
} // namespace pmg
