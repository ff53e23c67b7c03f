// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The statistics page over half a year of reviews: every chart draws exactly the numbers ReviewService::statistics()
// gives (due forecast, true retention per month, cards by state, answers per day), with the chart theme following the
// application's, and screenshots in light and dark.
#include "reviewheatmap.h"
#include "reviewstatspage.h"
#include "srs/reviewservice.h"
#include "support/reviewguifixture.h"
#include "support/reviewhistory.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLabel>

using namespace Qt::StringLiterals;

namespace pmg {
namespace {

class ReviewStatsTest : public test::ReviewGuiFixture
{
protected:
    void SetUp() override
    {
        ReviewGuiFixture::SetUp();
        importReviews(test::halfAYearOfReviews());
        page = std::make_unique<ReviewStatsPage>(*garden);
        page->resize(1300, 1000);
        ASSERT_TRUE(test::showActive(page.get()));
        ASSERT_TRUE(QTest::qWaitFor([&] { return page->statistics().dueForecast.size() == 30; }, 5000))
            << "read when shown";
        const QDate today = garden->clock().today();
        stats = reviews().statistics(today.addDays(-364), today, 30);
    }

    void TearDown() override
    {
        page.reset();
        ReviewGuiFixture::TearDown();
    }

    static QList<double> values(QChart *chart)
    {
        QList<double> result;
        const QList<QAbstractSeries *> series = chart->series();
        if (series.size() != 1)
            return result;
        const QList<QBarSet *> sets = static_cast<QAbstractBarSeries *>(series.constFirst())->barSets();
        if (sets.size() != 1)
            return result;
        for (int i = 0; i < sets.constFirst()->count(); ++i)
            result.append(sets.constFirst()->at(i));
        return result;
    }

    std::unique_ptr<ReviewStatsPage> page;
    ReviewStatistics stats;
};

TEST_F(ReviewStatsTest, ChartsDrawTheServicesNumbers)
{
    // Due forecast: 30 days, today first (overdue included).
    ASSERT_EQ(stats.dueForecast.size(), 30);
    QList<double> expected;
    for (const int due : std::as_const(stats.dueForecast))
        expected.append(due);
    EXPECT_EQ(values(page->forecastChart()), expected);
    EXPECT_GE(stats.dueForecast.first(), 2) << "c-dict is overdue and c-loop's step is due today";

    // True retention per month, in per cent, for the months with reviews of cards in review.
    expected.clear();
    QStringList months;
    for (const ReviewStatistics::Month &month : std::as_const(stats.retentionByMonth)) {
        if (month.reviews > 0) {
            expected.append(100 * month.retention());
            months.append(month.month);
        }
    }
    EXPECT_EQ(months, (QStringList{u"2026-06"_s, u"2026-07"_s, u"2026-09"_s, u"2026-10"_s}));
    EXPECT_EQ(values(page->retentionChart()), expected);
    EXPECT_EQ(expected.constLast(), 0.0) << "c-list was forgotten in October";
    const auto *months_axis = qobject_cast<QBarCategoryAxis *>(page->retentionChart()->axes(Qt::Horizontal).value(0));
    ASSERT_NE(months_axis, nullptr);
    EXPECT_EQ(months_axis->count(), 4);

    // Cards by state.
    expected.clear();
    for (const char *state : {"new", "learning", "review", "relearning", "suspended", "retired"})
        expected.append(stats.byState.value(QString::fromLatin1(state)));
    EXPECT_EQ(values(page->stateChart()), expected);
    EXPECT_EQ(expected, (QList<double>{1, 1, 3, 0, 0, 0}));

    // Answers per day over the year, as a calendar.
    ReviewHeatmap *heatmap = page->heatmap();
    int answers = 0;
    for (const DayCounts &day : std::as_const(stats.days)) {
        const QModelIndex index = heatmap->indexOf(day.day);
        ASSERT_TRUE(index.isValid()) << day.day.toString(Qt::ISODate).toStdString();
        EXPECT_EQ(index.data(ReviewHeatmap::CountRole).toInt(), day.total()) << day.day.toString().toStdString();
        EXPECT_GT(index.data(ReviewHeatmap::LevelRole).toInt(), 0);
        answers += day.total();
    }
    EXPECT_EQ(answers, 11);
    const QDate today = garden->clock().today();
    EXPECT_EQ(heatmap->indexOf(today.addDays(-1)).data(ReviewHeatmap::CountRole).toInt(), 0);
    EXPECT_EQ(heatmap->indexOf(today.addDays(-1)).data(ReviewHeatmap::LevelRole).toInt(), 0);
    EXPECT_TRUE(heatmap->indexOf(today.addDays(-364)).isValid());
    EXPECT_FALSE(heatmap->indexOf(today.addDays(-365)).isValid());
    EXPECT_TRUE(page->heatmapTitle()->text().contains(u"11 answer"_s)) << page->heatmapTitle()->text().toStdString();

    // A new answer shows after a refresh (the page refreshes when it is shown).
    ReviewService::Queue queue = reviews().queue();
    ASSERT_FALSE(queue.fresh.isEmpty());
    ASSERT_TRUE(reviews().grade(queue.fresh.constFirst(), Rating::Good, gardenClock->now(), nullptr));
    page->refresh();
    EXPECT_EQ(heatmap->indexOf(today).data(ReviewHeatmap::CountRole).toInt(), 2);
}

TEST_F(ReviewStatsTest, ScreenshotsInLightAndDark)
{
    EXPECT_EQ(page->forecastChart()->theme(), QChart::ChartThemeLight);
    shoot(page.get(), u"statistics-light.png"_s);
    AppTheme::apply(true);
    ASSERT_TRUE(QTest::qWaitFor([&] { return page->forecastChart()->theme() == QChart::ChartThemeDark; }, 5000));
    EXPECT_EQ(page->retentionChart()->theme(), QChart::ChartThemeDark);
    shoot(page.get(), u"statistics-dark.png"_s);
}

} // namespace
} // namespace pmg
