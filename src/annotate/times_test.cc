#include "annotate/times.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "annotate/test_support.h"

namespace crosscheck {
namespace {

// "text=value" rows.
std::vector<std::string> Times(const std::string& paragraph, const std::string& published) {
  Annotations out;
  const Article article = testing::MakeArticle({paragraph}, published);
  TimeAnnotator().Annotate(article, TextReading(article.Body()), out);
  std::vector<std::string> rows;
  for (const TimeMention& t : out.times) rows.push_back(t.text + "=" + t.value);
  return rows;
}

struct Case {
  std::string text;
  std::string published;
  std::vector<std::string> expected;
};

TEST(TimeAnnotator, Table) {
  // 2024-10-18 is a Friday.
  const std::vector<Case> cases = {
      {"The minister said Friday the plan was off.", "2024-10-18", {"Friday=2024-10-18"}},
      {"He spoke on Wednesday.", "2024-10-18", {"Wednesday=2024-10-16"}},
      {"They met last Friday.", "2024-10-18", {"last Friday=2024-10-11"}},
      {"They meet next Monday.", "2024-10-18", {"next Monday=2024-10-21"}},
      {"It happened yesterday and again today.",
       "2024-10-18",
       {"yesterday=2024-10-17", "today=2024-10-18"}},
      {"Talks were held last week.", "2024-10-18", {"last week=2024-W41"}},
      {"Earlier this month, prices rose.", "2024-10-18", {"Earlier this month=2024-10"}},
      {"The treaty was signed in June.", "2024-10-18", {"June=2024-06"}},
      {"Shipments continued since last August.", "2024-10-18", {"last August=2024-08"}},
      {"The work ends by December.", "2024-10-18", {"December=2024-12"}},
      {"On October 3, six were hurt.", "2024-10-18", {"October 3=2024-10-03"}},
      {"A meeting is set for 28 October.", "2024-10-25", {"28 October=2024-10-28"}},
      {"Published Oct 18, 2024 in Paris.", "", {"Oct 18, 2024=2024-10-18"}},
      {"He spoke on Wednesday.", "", {"Wednesday=XXXX-WXX-3"}},
      {"Since Russia's 2022 invasion, it changed.", "2024-10-18", {"2022=2022"}},
      {"The war lasted two years.", "2024-10-18", {"two years=P2Y"}},
      {"That was three years ago.", "2024-10-18", {"three years ago=2021"}},
      {"At 10:38 AM the alarm rang.", "2024-10-23", {"10:38 AM=2024-10-23T10:38"}},
      {"They sent 2000 troops.", "2024-10-18", {}},
      {"The index closed at 2082.1 points.", "2024-10-18", {}},
      // Tense points a bare weekday: "will" -> the coming one (2024-10-18 is a Friday).
      {"The ministers will meet on Wednesday.", "2024-10-18", {"Wednesday=2024-10-23"}},
      {"The ministers met on Wednesday.", "2024-10-18", {"Wednesday=2024-10-16"}},
      {"He said Monday that he will resign.", "2024-10-18", {"Monday=2024-10-14"}},
      {"Fighting resumed Wednesday night.", "2024-10-18", {"Wednesday night=2024-10-16TNI"}},
      {"Shops opened this morning.", "2024-10-18", {"this morning=2024-10-18TMO"}},
      {"They spoke yesterday morning.", "", {"yesterday morning=PAST_REF"}},
      {"Prices are now higher and were recently cut.",
       "2024-10-18",
       {"now=PRESENT_REF", "recently=PAST_REF"}},
      {"Profit rose in the third quarter from a year earlier.",
       "2024-10-18",
       {"the third quarter=2024-Q3", "a year earlier=2023-Q3"}},
      {"Third-quarter sales fell.", "2024-10-18", {"Third-quarter=2024-Q3"}},
      {"Earnings for the quarter beat forecasts.", "2024-10-18", {"the quarter=2024-Q3"}},
      {"Crowds gathered over the weekend.", "2024-10-18", {"the weekend=2024-W41-WE"}},
      {"The fair runs from the 8th to the 13th of October.",
       "2024-10-02",
       {"8th=2024-10-08", "13th of October=2024-10-13"}},
      {"Between 5 and 10 villages were hit.", "2024-10-18", {}},
      {"He may go.", "2024-10-18", {}},
      // Issue 10's forms. 2024-11-05 is a Tuesday, a week after 30 October.
      {"The leaders will meet on 30 October.", "2024-11-05", {"30 October=2025-10-30"}},
      {"The leaders met on 30 October.", "2024-11-05", {"30 October=2024-10-30"}},
      {"The dividend is payable Nov. 20, the company said.", "2024-11-05", {"Nov. 20=2024-11-20"}},
      {"Revenue for the period ended Jan. 31 rose.", "2024-11-05", {"Jan. 31=2024-01-31"}},
      {"The summit opened October 30 in Oslo.", "2024-11-05", {"October 30=2024-10-30"}},
      {"Talks are held from the 8th to the 13th.",
       "2024-10-02",
       {"8th=2024-10-08", "13th=2024-10-13"}},
      {"Fighting peaked in early-to-mid October.", "2024-11-05", {"early-to-mid October=2024-10"}},
      {"Elections will be held in March.", "2024-11-05", {"March=2025-03"}},
      {"Elections were held in March.", "2024-11-05", {"March=2024-03"}},
      {"Sales in January beat those of May.", "2024-11-05", {"January=2025-01", "May=2024-05"}},
      {"The ship sailed on 3 May. It docked the next day.",
       "2024-10-18",
       {"3 May=2024-05-03", "the next day=2024-05-04"}},
      {"He resigned on Tuesday, the day after the vote.",
       "2024-10-18",
       {"Tuesday=2024-10-15", "the day after=2024-10-16"}},
      {"It docked the following day.", "2024-10-18", {"the following day=2024-10-19"}},
      {"It docked the following day.", "", {"the following day=XXXX-XX-XX"}},
      {"They met two years ago, since last August and earlier this month.",
       "",
       {"two years ago=PAST_REF", "last August=XXXX-08", "earlier this month=XXXX-XX"}},
      {"The ministers will meet on 30 October 2024.", "", {"30 October 2024=2024-10-30"}},
      // Durations, seasons, decades, sets, anchored years (tuned on TimeBank's misses).
      {"She won a two-year term after twenty years in office.",
       "2024-10-18",
       {"two-year=P2Y", "twenty years=P20Y"}},
      {"The talks lasted three hours.", "2024-10-18", {"three hours=PT3H"}},
      {"A 6-year-old girl and a man, 52 years old, were hurt.", "2024-10-18", {}},
      {"Harvests fell this summer and last fall.",
       "2024-10-18",
       {"this summer=2024-SU", "last fall=2023-FA"}},
      {"Harvests fell this summer.", "", {"this summer=XXXX-SU"}},
      {"Prices rose in the 1990s, in the nineties and in the 20th century.",
       "2024-10-18",
       {"the 1990s=199", "the nineties=199", "the 20th century=19"}},
      {"It was founded in nineteen ninety-six.", "2024-10-18", {"nineteen ninety-six=1996"}},
      {"Sales fell in recent months and may rise in coming weeks.",
       "2024-10-18",
       {"recent months=PXM", "coming weeks=FUTURE_REF"}},
      {"The board meets each year and every Thursday.",
       "2024-10-18",
       {"each year=P1Y", "every Thursday=XXXX-WXX-4"}},
      {"Crowds march each July; the vote is this coming Sunday.",
       "2024-10-18",
       {"each July=XXXX-07", "this coming Sunday=2024-10-20"}},
      {"The club meets Tuesday nights and on Sundays.",
       "2024-10-18",
       {"Tuesday nights=XXXX-WXX-2TNI", "Sundays=XXXX-WXX-7"}},
      {"It saves $2 million a year and runs four flights a week, within a week.",
       "2024-10-18",
       {"a year=P1Y", "a week=P1W", "a week=P1W"}},
      {"Profit in the third quarter of 1990 rose.",
       "2024-10-18",
       {"the third quarter of 1990=1990-Q3"}},
      {"Polls close at 10 p.m. Wednesday and results come by noon.",
       "2024-10-18",
       {"10 p.m. Wednesday=2024-10-16T22:00", "noon=2024-10-18T12:00"}},
      {"Bids are due by 5 p.m. EST, Nov. 6.",
       "2024-10-18",
       {"5 p.m. EST, Nov. 6=2024-11-06T17:00"}},
      {"Sales rose over the past year.", "2024-10-18", {"the past year=2023"}},
      {"Profit for the full year rose after the past two quarters.",
       "2024-10-18",
       {"the full year=2024", "two quarters=P2Q"}},
      {"Rates stay low in the near term, as in mid-1996.",
       "2024-10-18",
       {"the near term=FUTURE_REF", "1996=1996"}},
      {"He left in 2019 and returned the following year.",
       "2024-10-18",
       {"2019=2019", "the following year=2020"}},
      // Counts at a sentence start, spaced compounds, a word between count and unit.
      {"Two years ago it fell. Three days later it rose.",
       "2024-10-18",
       {"Two years ago=2022", "Three days=P3D"}},
      {"It took twenty four hours, then 20 more years and five straight days.",
       "2024-10-18",
       {"twenty four hours=PT24H", "20 more years=P20Y", "five straight days=P5D"}},
      {"It took two and a half years, an hour and a half and half an hour.",
       "2024-10-18",
       {"two and a half years=P2Y6M", "an hour and a half=PT1H30M", "half an hour=PT30M"}},
      {"Prices rose in the '90s and fell in the late '80s.",
       "2024-10-18",
       {"the '90s=199", "the late '80s=198"}},
      // The word before a cue: passive infinitives, plans that were, "set to".
      {"She will be named commander for a mission in December.",
       "1998-03-04",
       {"December=1998-12"}},
      {"The offer had been due to expire Friday evening.",
       "2024-10-16",
       {"Friday evening=2024-10-11TEV"}},
      {"Talks are set to resume Monday.", "2024-10-18", {"Monday=2024-10-21"}},
      // Holidays by name (data/lexicons/holidays.txt).
      {"Shops were full at Christmas.", "2024-01-03", {"Christmas=2023-12-25"}},
      {"Talks will resume after Thanksgiving.", "2024-10-18", {"Thanksgiving=2024-11-28"}},
      // Edges and halves of periods, a month with its year, a season with its year.
      {"By the end of the year, and the end of this week.",
       "2024-10-18",
       {"the end of the year=2024", "the end of this week=2024-W42"}},
      {"Sales rose in the second half of 1999 and in June last year.",
       "2024-10-18",
       {"the second half of 1999=1999-H2", "June last year=2023-06"}},
      {"It opened in the summer of 1996.", "2024-10-18", {"the summer of 1996=1996-SU"}},
      // Year-ago comparisons of earnings reports.
      {"Profit rose in the third quarter; year-earlier profit was lower.",
       "1989-10-25",
       {"the third quarter=1989-Q3", "year-earlier=1988-Q3"}},
      {"It beat the year-ago third quarter.", "1989-10-25", {"the year-ago third quarter=1988-Q3"}},
      {"Sales in next year's first quarter may fall.",
       "1989-10-25",
       {"next year's first quarter=1990-Q1"}},
      {"Net rose for the fiscal year ended June 30.",
       "1989-10-25",
       {"the fiscal year=P1Y", "June 30=1989-06-30"}},
      {"Profit rose in the third quarter, against a year-earlier loss.",
       "1989-10-25",
       {"the third quarter=1989-Q3", "year-earlier=1988-Q3"}},
      // "this past weekend" is a date; a count ending the sentence before makes no rate;
      // "twice a week" is one.
      {"Crowds gathered this past weekend.", "2024-10-18", {"this past weekend=2024-W41-WE"}},
      {"The dam opened in 1995. A year later it leaked.",
       "2024-10-18",
       {"1995=1995", "A year=P1Y"}},
      {"She swims twice a week.", "2024-10-18", {"a week=P1W"}},
      // Bare plural units after "for"/"within" are lengths nobody counted; "in the past"
      // is PAST_REF unless a count or unit follows; "2 1/2 years" has its half.
      {"Talks dragged on for years; a deal may come within days.",
       "2024-10-18",
       {"years=PXY", "days=PXD"}},
      {"Rain fell for hours, after weeks of talks for days of rest.", "2024-10-18", {"hours=PTXH"}},
      {"In the past, prices rose; in the past two years they fell.",
       "2024-10-18",
       {"the past=PAST_REF", "the past two years=P2Y"}},
      {"The job took 2 1/2 years.", "2024-10-18", {"2 1/2 years=P2Y6M"}},
      // A length's extent takes in its determiner and modifier, as TimeML marks it.
      {"It took nearly three years, at least the past 18 months and more than two weeks.",
       "2024-10-18",
       {"nearly three years=P3Y", "at least the past 18 months=P18M", "more than two weeks=P2W"}},
      {"Fiscal 1989 sales rose and may double over the next couple of years.",
       "2024-10-18",
       {"1989=1989", "the next couple of years=P2Y"}},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(Times(c.text, c.published), c.expected) << c.text;
  }
}

TEST(TimeAnnotator, RatesAreSetsAndSpansAreDurations) {
  Annotations out;
  const Article article = testing::MakeArticle(
      {"It runs four flights a week, and talks end within a week."}, "2024-10-18");
  TimeAnnotator().Annotate(article, TextReading(article.Body()), out);
  ASSERT_EQ(out.times.size(), 2u);
  EXPECT_EQ(out.times[0].type, TimeType::kSet);       // four flights a week
  EXPECT_EQ(out.times[1].type, TimeType::kDuration);  // within a week
}

TEST(TimeAnnotator, TwiceAWeekIsASet) {
  Annotations out;
  const Article article = testing::MakeArticle({"She swims twice a week."}, "2024-10-18");
  TimeAnnotator().Annotate(article, TextReading(article.Body()), out);
  ASSERT_EQ(out.times.size(), 1u);
  EXPECT_EQ(out.times[0].type, TimeType::kSet);
}

TEST(TimeAnnotator, CalendarArithmetic) {
  EXPECT_EQ(DaysFromCivil(1970, 1, 1), 0);
  EXPECT_EQ(CivilFromDays(DaysFromCivil(2024, 2, 29)).ToIso(), "2024-02-29");
  EXPECT_EQ(IsoWeekday(Date{2024, 10, 18}), 5);
  EXPECT_EQ(IsoWeekValue(Date{2024, 10, 18}), "2024-W42");
  EXPECT_EQ(IsoWeekValue(Date{2021, 1, 1}), "2020-W53");
}

// A time's words inside a hyphenated rate ("barrel-a-day", "million-a-year") are the rate's
// ending, not a time; the spaced form stays a set.
TEST(TimeAnnotator, HyphenatedRatesAreNoTimes) {
  EXPECT_EQ(Times("A 9,000 barrel-a-day plant and a $3 million-a-year fee.", "2024-10-18"),
            std::vector<std::string>{});
  EXPECT_EQ(Times("They pay $9 a day.", "2024-10-18"), std::vector<std::string>{"a day=P1D"});
}

}  // namespace
}  // namespace crosscheck
