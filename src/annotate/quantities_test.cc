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
  TimeAnnotator().Annotate(article, body, out);
  QuantityAnnotator().Annotate(article, body, out);
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
      {"more than 13,000 containers\xE2\x80\x99 worth of shells", {"13000 more_than [] [containers]"}},
      {"a total of about 10,000 troops", {"10000 about [] [troops]"}},
      {"six North Korean military officers were killed", {"6 exact [] [military officers]"}},
      {"a $7bn programme", {"7e+09 exact [USD] [programme]"}},
      {"at least 40 people died", {"40 at_least [] [people]"}},
      {"nearly 2 million refugees", {"2e+06 at_most [] [refugees]"}},
      {"between 5 and 10 villages", {"5-10 range [] [villages]"}},
      {"unemployment fell to 4.5%", {"4.5 exact [%] []"}},
      {"up to 20 percent of voters", {"20 up_to [%] []"}},
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
      {"The film tells the story of two men who take a road trip.", {}},
      {"The two countries signed a treaty.", {}},
      {"The bloc aims to create one market for goods.", {}},
      {"It slipped one place in the chart.", {}},
      {"It was named in the top 100 list of gadgets.", {}},
      {"The band has the new number one single.", {}},
      {"The market is three times the size of its rival.", {}},
      {"He arrived two hours before the vote.", {}},
      {"They meet in the Six Nations match on Saturday.", {}},
      {"She accused the three men of fraud.", {}},
      {"Nearly two thirds of voters agreed.", {"2 at_most [] [thirds]"}},
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

TEST(ParseNumber, Forms) {
  EXPECT_EQ(ParseNumber("1,500"), 1500);
  EXPECT_EQ(ParseNumber("3.5"), 3.5);
  EXPECT_EQ(ParseNumber("7bn"), 7e9);
  EXPECT_EQ(ParseNumber("two"), 2);
  EXPECT_FALSE(ParseNumber("troops").has_value());
}

}  // namespace
}  // namespace crosscheck
