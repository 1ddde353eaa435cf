#include "annotate/quantities.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "annotate/test_support.h"
#include "annotate/times.h"

namespace crosscheck {
namespace {

// "value approximation unit counts" rows (times first, as in the pipeline).
std::vector<std::string> Quantities(const std::string& paragraph) {
  Annotations out;
  const Article article = testing::MakeArticle({paragraph}, "2024-10-18");
  const std::string body = article.Body();
  TimeAnnotator().Annotate(article, TextReading(body), out);
  QuantityAnnotator().Annotate(article, TextReading(body), out);
  std::vector<std::string> rows;
  for (const QuantityMention& q : out.quantities) {
    std::ostringstream row;
    row << q.value;
    if (q.upper) row << "-" << *q.upper;
    row << " " << ApproximationName(q.approximation) << " [" << q.unit << "] [" << q.counts << "]";
    rows.push_back(row.str());
  }
  return rows;
}

struct Case {
  std::string text;
  std::vector<std::string> expected;
};

TEST(QuantityAnnotator, Table) {
  const std::vector<Case> cases = {
      {"with 1,500 special forces already in the east", {"1500 exact [] [special forces]"}},
      {"it could send around 12,000 soldiers in total", {"12000 about [] [soldiers]"}},
      {"As many as 3,000 foreign troops have been deployed", {"3000 up_to [] [foreign troops]"}},
      {"more than 13,000 containers\xE2\x80\x99 worth of shells",
       {"13000 more_than [] [containers]"}},
      {"a total of about 10,000 troops", {"10000 about [] [troops]"}},
      {"six North Korean military officers were killed", {"6 exact [] [military officers]"}},
      {"a $7bn programme", {"7e+09 exact [USD] [programme]"}},
      {"at least 40 people died", {"40 at_least [] [people]"}},
      {"nearly 2 million refugees", {"2e+06 at_most [] [refugees]"}},
      {"between 5 and 10 villages", {"5-10 range [] [villages]"}},
      {"unemployment fell to 4.5%", {"4.5 exact [%] []"}},
      {"up to 20 percent of voters", {"20 up_to [%] [voters]"}},
      {"He arrived on 18 October 2024 at 10:30.", {}},
      {"Since 2022, one of them left.", {}},
      {"from the 8th to the 13th", {}},
      {"the Boeing 737 crashed", {}},
      {"open 24/7 for you", {}},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(Quantities(c.text), c.expected) << c.text;
  }
}

// Numbers that are not figures a reader would check are not reported; counted phrases that
// are not what the number counts are dropped.
TEST(QuantityAnnotator, TrivialNumbersAreNotFigures) {
  const std::vector<Case> cases = {
      {"The film tells the story of two men who take a road trip.", {"2 exact [] [men]"}},
      {"The two countries signed a treaty.", {}},
      {"The bloc aims to create one market for goods.", {}},
      {"It slipped one place in the chart.", {}},
      {"It was named in the top 100 list of gadgets.", {}},
      {"The band has the new number one single.", {}},
      {"The market is three times the size of its rival.", {}},
      {"He arrived two hours before the vote.", {"2 exact [hour] []"}},
      {"They meet in the Six Nations match on Saturday.", {}},
      {"She accused the three men of fraud.", {}},
      {"Nearly two thirds of voters agreed.", {"0.666667 at_most [] [voters]"}},
      {"Some two million people fled.", {"2e+06 about [] [people]"}},
      {"Police said three men were arrested.", {"3 exact [] [men]"}},
      {"The rate rose to one per cent.", {"1 exact [%] []"}},
      {"The guild has 10,500 film and television members.", {"10500 exact [] []"}},
      {"He said the £80m spent annually was wasted.", {"8e+07 exact [GBP] []"}},
      {"Interest rates rose 15 times since 2003.", {"15 exact [] []"}},
      {"Only 1 person was hurt.", {"1 exact [] [person]"}},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(Quantities(c.text), c.expected) << c.text;
  }
}

// Numbers in words, scales, ranges, changes and units the issue names.
TEST(QuantityAnnotator, NumberFormsRangesAndChanges) {
  const std::vector<Case> cases = {
      {"Some ten thousand people marched.", {"10000 about [] [people]"}},
      {"They found a dozen rifles.", {"12 exact [] [rifles]"}},
      {"Police found two dozen dirt embankments.", {"24 exact [] [dirt embankments]"}},
      {"Tens of thousands of people fled.", {"10000-100000 range [] [people]"}},
      {"Hundreds of soldiers were wounded.", {"100-1000 range [] [soldiers]"}},
      {"The club signed 3k members.", {"3000 exact [] [members]"}},
      {"The city has 1.2 million residents.", {"1.2e+06 exact [] [residents]"}},
      {"Half of the budget went to salaries.", {"0.5 exact [] []"}},
      {"A third of voters stayed home.", {"0.333333 exact [] [voters]"}},
      {"It will cost between 2,000 and 3,000 workers.", {"2000-3000 range [] [workers]"}},
      {"It employs 10-20 engineers.", {"10-20 range [] [engineers]"}},
      {"Prices range from $370,000 to $5.5 million.", {"370000-5.5e+06 range [USD] []"}},
      {"Shares rose 5% to $84.", {"5 exact [%] []", "84 exact [USD] []"}},
      {"The index fell by 2 points.", {"2 exact [pt] []"}},
      {"The budget is $45 billion.", {"4.5e+10 exact [USD] []"}},
      {"The convoy drove 300 km with 40 tonnes of grain.",
       {"300 exact [km] []", "40 exact [t] [grain]"}},
      {"A 10kW motor and a 54GB plan.", {"10 exact [kW] [motor]", "54 exact [GB] [plan]"}},
      {"Oil traded at US $58.24 per barrel.", {"58.24 exact [USD per bbl] []"}},
      {"The fine was HK$5.4m.", {"5.4e+06 exact [HKD] []"}},
      {"It fell to minus 30 degrees.", {"-30 exact [\xC2\xB0] []"}},
      {"He served three or four years.", {"3-4 range [year] []"}},
      {"The deficit rose by $43.6 billion to $419.2 billion.",
       {"4.36e+10 exact [USD] []", "4.192e+11 exact [USD] []"}},
      {"Offices rent at $80 per sq m.", {"80 exact [USD per m2] []"}},
      {"It priced shares between $62 and $68 per share.", {"62-68 range [USD per share] []"}},
      {"A five-year award of $700,000.", {"700000 exact [USD] []"}},
      {"A 50 year-old man was hurt.", {"50 exact [age] [man]"}},
      {"Temperatures dropped by 1 to 1.5 degrees Celsius.",
       {"1-1.5 range [\xC2\xB0"
        "C] []"}},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(Quantities(c.text), c.expected) << c.text;
  }
  // Movements carry their direction; the level they reach does not.
  Annotations out;
  const Article article =
      testing::MakeArticle({"Shares rose 5% to $84, then fell 2%."}, "2024-10-18");
  QuantityAnnotator().Annotate(article, TextReading(article.Body()), out);
  ASSERT_EQ(out.quantities.size(), 3u);
  EXPECT_EQ(out.quantities[0].change, QuantityChange::kUp);
  EXPECT_EQ(out.quantities[1].change, QuantityChange::kNone);
  EXPECT_EQ(out.quantities[2].change, QuantityChange::kDown);
}

// What a figure is of: the noun phrase before it, across linking words.
TEST(QuantityAnnotator, MeasuredIsTheNounPhraseBefore) {
  Annotations out;
  const Article article =
      testing::MakeArticle({"The trade deficit rose by $43.6 billion. Chris Wood has scored 22 "
                            "goals. Top speed is 87 mph (140 km/h)."},
                           "2024-10-18");
  QuantityAnnotator().Annotate(article, TextReading(article.Body()), out);
  std::vector<std::string> measured;
  for (const QuantityMention& q : out.quantities) measured.push_back(q.measured);
  EXPECT_EQ(measured,
            (std::vector<std::string>{"trade deficit", "Chris Wood", "Top speed", "Top speed"}));
}

// Across verbs and time adjuncts to the subject, to the clause's subject when the figure
// opens its clause (an apposition counts: "the weakest metal"), to the previous figure when
// it follows one, to the antecedent of "which"/"who"; a pronoun names nothing.
TEST(QuantityAnnotator, MeasuredIsTheSubjectAcrossLinks) {
  Annotations out;
  const Article article = testing::MakeArticle(
      {"The bakery generates about 40% of its sales online. Farm exports fell 3% to $2 billion. "
       "Copper, the weakest metal this month, lost 2.5%. It weighs 12 kilograms. Farm output in "
       "2022 grew by 3%. Only 60% of the workers voted. Gains came from bank stocks, which were up "
       "2.8%. The alloy, which is made of tin, reached 90 units. Rates held as the trade deficit "
       "hit "
       "its highest level, having risen 4%."},
      "2024-10-18");
  QuantityAnnotator().Annotate(article, TextReading(article.Body()), out);
  std::vector<std::string> measured;
  for (const QuantityMention& q : out.quantities) measured.push_back(q.measured);
  EXPECT_EQ(measured,
            (std::vector<std::string>{"bakery", "Farm exports", "Farm exports", "weakest metal", "",
                                      "Farm output", "", "bank stocks", "alloy", "trade deficit"}));
  // A year between the subject and the figure is a time adjunct; "60% of the workers" counts
  // the workers.
  EXPECT_EQ(out.quantities[6].counts, "workers");
}

// Irregular verbs, particles, a sign word and intensifiers ("a record $9 million") link too:
// the phrase is the subject, not "came back", "saw further", "minus" or "record".
TEST(QuantityAnnotator, MeasuredSkipsIrregularVerbsAndParticles) {
  Annotations out;
  const Article article = testing::MakeArticle(
      {"Water samples came back at 9 ppb. The rouble saw further weakening to trade at 101.5. "
       "The firm announced plans to cut 1,200 jobs. It is about minus 40 Fahrenheit, minus 40 "
       "Celsius. The villa sold for a record $9 million."},
      "2024-10-18");
  QuantityAnnotator().Annotate(article, TextReading(article.Body()), out);
  std::vector<std::string> measured;
  for (const QuantityMention& q : out.quantities) measured.push_back(q.measured);
  EXPECT_EQ(measured,
            (std::vector<std::string>{"Water samples", "rouble", "firm", "", "", "villa"}));
}

// Counted nouns a plural "-s" does not mark: "-men" plurals and peoples by their names; a
// share ("one in five adults") is its fraction, not five adults.
TEST(QuantityAnnotator, PeoplesPluralsAndShares) {
  const std::vector<Case> cases = {
      {"About 40 fishermen, who sail at dawn.", {"40 about [] [fishermen]"}},
      {"A specimen of 12 cm.", {"12 exact [cm] []"}},
      {"Some 2,500 Canadians were evacuated.", {"2500 about [] [Canadians]"}},
      {"Millions of North Koreans starve.", {"1e+06-1e+07 range [] [North Koreans]"}},
      {"One in five adults smoke.", {"0.2 exact [] [adults]"}},
      {"Nine out of 10 doctors agree.", {"0.9 exact [] [doctors]"}},
      {"He scored 2 in 2021.", {"2 exact [] []"}},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(Quantities(c.text), c.expected) << c.text;
  }
}

// The noise: numbers inside names, stamps, clock times, years, ordinals, phone and
// model numbers give no figure.
TEST(QuantityAnnotator, NamesStampsAndCodesAreNotFigures) {
  const std::vector<Case> cases = {
      {"Rebels carried AK 47 rifles.", {}},
      {"Williams beat Dementieva 7-6 7-5.", {}},
      {"Roddick beat Enqvist 3-6 7-6 (8-6).", {}},
      {"Blair walked in at 0900 GMT.", {}},
      {"The 2200 BST curfew held.", {}},
      {"Rebels carried AK-47 rifles.", {}},
      {"Leaders of the G7 met.", {}},
      {"The air force flew F-16 jets.", {}},
      {"The 2nd Corps moved north.", {}},
      {"Posted 1 hour, 44 minutes ago by staff", {}},
      {"The meeting starts at 10:30 and ends at 5pm.", {}},
      {"In 2019 the law changed.", {}},
      {"She finished 3rd in the race.", {}},
      {"Call 555-0134 for tickets.", {}},
      {"Call 020 7946 0958 for tickets.", {}},
      {"Call +1 202 555 0134 for tickets.", {}},
      {"It ranged from -5 to 0 billion and 0 to 5 billion.",
       {"-5-0 range [] []", "0-5e+09 range [] []"}},  // no 0/0
      {"Apple unveiled the iPhone 11 on stage.", {}},
      {"The category 4 hurricane hit the coast.", {}},
      {"The score was 89-89 at half time.", {}},
      {"Jane Roe, 65, said she would stay.", {}},
      {"Shares of A2 Milk gained.", {}},
      {"They ran thousands of COVID -19 tests.", {"1000-10000 range [] []"}},
      {"Homes in the 90049 ZIP Code sold.", {}},
      {"The shop at 575 Elm Road and 16-18 Mill Avenue closed.", {}},
      {"They own 9 E 71st St in Manhattan.", {}},
      {"Crews drilled 3 North Sea wells.", {"3 exact [] [wells]"}},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(Quantities(c.text), c.expected) << c.text;
  }
}

// Elsewhere "1.500" is fifteen hundred and "1 500" one number: a language with data in
// data/lang reads them so (quantity_languages.h), one without gets no figure rather than a
// misread one.
TEST(QuantityAnnotator, UnsupportedLanguageGivesNoFigure) {
  Article article = testing::MakeArticle({"Rund 1.500 Soldaten und 1\xC2\xA0"
                                          "500 Panzer sind dort."},
                                         "2024-10-18");
  Annotations out;
  article.language = "de";
  QuantityAnnotator().Annotate(article, TextReading(article.Body()), out);
  ASSERT_EQ(out.quantities.size(), 2u);
  EXPECT_EQ(out.quantities[0].value, 1500);
  EXPECT_EQ(out.quantities[1].value, 1500);
  out = Annotations();
  article.language = "fi";  // no data/lang/fi
  QuantityAnnotator().Annotate(article, TextReading(article.Body()), out);
  EXPECT_TRUE(out.quantities.empty());
  // English, and a language not identified (read as English), do get figures.
  article = testing::MakeArticle({"About 1,500 soldiers are there."}, "2024-10-18");
  for (const char* language : {"en", "un"}) {
    out = Annotations();
    article.language = language;
    QuantityAnnotator().Annotate(article, TextReading(article.Body()), out);
    ASSERT_EQ(out.quantities.size(), 1u) << language;
    EXPECT_EQ(out.quantities[0].value, 1500) << language;
  }
  // Malay writes digits the English way: they are read, unless a Malay scale word follows.
  article = testing::MakeArticle({"Saham naik ke RM1,500.50 dan RM2.5 bilion."}, "2024-10-18");
  article.language = "ms";
  out = Annotations();
  QuantityAnnotator().Annotate(article, TextReading(article.Body()), out);
  ASSERT_EQ(out.quantities.size(), 1u);
  EXPECT_EQ(out.quantities[0].value, 1500.5);
}

// A fall between two levels is a range; "a year earlier" is no rate; a conversion in brackets
// takes its figure's approximation and change.
TEST(QuantityAnnotator, FallsRatesAndConversions) {
  const std::vector<Case> cases = {
      {"The boxer went from 95 kilograms to 88 in a month.", {"88-95 range [kg] []"}},
      {"The output fell from 2.5 volts to 0.5 volts.", {"0.5-2.5 range [V] []"}},
      {"Profit was $5 billion a year earlier.", {"5e+09 exact [USD] []"}},
      {"The fare rose from $12 in the spring to $15.", {"12-15 range [USD] []"}},
      {"It fell from 40 kg in March, and to 30 kg later.",
       {"40 exact [kg] []", "30 exact [kg] []"}},
      {"Silver traded at $30 an ounce.", {"30 exact [USD per oz] []"}},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(Quantities(c.text), c.expected) << c.text;
  }
  Annotations out;
  const Article article = testing::MakeArticle(
      {"The lake level dropped by about 2 metres (6.5 feet) last year."}, "2024-10-18");
  QuantityAnnotator().Annotate(article, TextReading(article.Body()), out);
  ASSERT_EQ(out.quantities.size(), 2u);
  EXPECT_EQ(out.quantities[1].approximation, Approximation::kAbout);
  EXPECT_EQ(out.quantities[1].change, QuantityChange::kDown);
}

// Units whose letters say two things: "pounds" is a weight unless the sentence is about
// money; "p" against a price is pence, but not a screen's lines; a crown with its country.
TEST(QuantityAnnotator, PoundsPenceAndCrowns) {
  const std::vector<Case> cases = {
      {"The boxer slimmed from 180 pounds to 165.", {"165-180 range [lb] []"}},
      {"The parcel weighed 12 pounds.", {"12 exact [lb] []"}},
      {"She paid 400 pounds for the bike.", {"400 exact [GBP] []"}},
      {"A 3 million pounds deal.", {"3e+06 exact [GBP] [deal]"}},
      {"The stock closed at 212.5p, down 4 p.", {"212.5 exact [GBp] []", "4 exact [GBp] []"}},
      {"The camera records 1080p video.", {"1080 exact [] []"}},
      {"A loan of 20 million Swedish crowns.", {"2e+07 exact [SEK] []"}},
      {"The club employs 300 people nationwide.", {"300 exact [] [people]"}},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(Quantities(c.text), c.expected) << c.text;
  }
}

// Letters that say what a number is: a hyphenated scale or rate ("$2 million-a-year",
// "9,000 barrel-a-day"), "m" restated in feet (metres, not million), "aged" and "the age of",
// plural "kgs", and capitals that are no unit make a name ("5G", "3D": not 5 grams).
TEST(QuantityAnnotator, HyphenatedRatesMetresAgesAndLetters) {
  const std::vector<Case> cases = {
      {"A $3 million-a-year fee.", {"3e+06 exact [USD] [fee]"}},
      {"A 9,000 barrel-a-day plant.", {"9000 exact [bbl per day] [plant]"}},
      {"The 24m (79ft) yacht sank.", {"24 exact [m] []", "79 exact [ft] []"}},
      {"They raised $24m (\xC2\xA3"
       "19m).",
       {"2.4e+07 exact [USD] []", "1.9e+07 exact [GBP] []"}},
      {"A woman aged 52 was hurt.", {"52 exact [age] []"}},
      {"Customs seized 40 kgs of cocaine.", {"40 exact [kg] [cocaine]"}},
      {"Phones on 5G networks.", {}},
      {"A 3D film and the 3GSM congress.", {}},
      {"She died at the age of 27.", {"27 exact [age] []"}},
      {"A poll of 16 to 20-year-olds.", {"16-20 range [age] []"}},
      {"Speeds of 384 kilobits per second.", {"384 exact [kbps] []"}},
      {"A 500 g bag.", {"500 exact [g] [bag]"}},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(Quantities(c.text), c.expected) << c.text;
  }
}

// News style writes one to nine in words and 10 on in digits: a range may mix them. A
// fraction is written with the fraction slash, or a slash before "of"; dates and "24/7" are not.
TEST(QuantityAnnotator, NewsStyleRangesAndFractions) {
  const std::vector<Case> cases = {
      {"Sentences of five to 12 years.", {"5-12 range [year] []"}},
      {"Between four and 20 hikers were lost.", {"4-20 range [] [hikers]"}},
      {"Fees fell two to 15 percent.", {"2-15 range [%] []"}},
      {"Add 3/4 of a cup.", {"0.75 exact [] []"}},
      {"Add 1\xE2\x81\x84"
       "8 teaspoon.",
       {"0.125 exact [] [teaspoon]"}},
      {"Help is there 24/7 for callers.", {}},
      {"It was 3/4 full.", {}},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(Quantities(c.text), c.expected) << c.text;
  }
}

TEST(ParseNumber, Forms) {
  EXPECT_EQ(ParseNumber("1,500"), 1500);
  EXPECT_EQ(ParseNumber("3.5"), 3.5);
  EXPECT_EQ(ParseNumber("7bn"), 7e9);
  EXPECT_EQ(ParseNumber("two"), 2);
  EXPECT_FALSE(ParseNumber("troops").has_value());
}

}  // namespace
}  // namespace crosscheck
