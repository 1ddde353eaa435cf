#include "base/date.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "base/random_text_for_tests.h"

namespace crosscheck {
namespace {

std::string Found(std::string_view text) {
  auto match = FindDate(text);
  return match ? match->date.ToIso() + "|" + std::string(text.substr(match->begin, match->end - match->begin)) : "none";
}

TEST(DateTest, FindsNewsDateForms) {
  EXPECT_EQ(Found("Brussels, Belgium, Oct 18 (AFP) Oct 18, 2024"), "XXXX-10-18|Oct 18");
  EXPECT_EQ(Found("Published October 18, 2024"), "2024-10-18|October 18, 2024");
  EXPECT_EQ(Found("10:38 AM EDT, October 23, 2024"), "2024-10-23|October 23, 2024");
  EXPECT_EQ(Found("on 21 October"), "XXXX-10-21|21 October");
  EXPECT_EQ(Found("17 Nov, 2024"), "2024-11-17|17 Nov, 2024");
  EXPECT_EQ(Found("/news/2024-10-24/us-says"), "2024-10-24|2024-10-24");
  EXPECT_EQ(Found("am 18.10.2024 in Berlin"), "2024-10-18|18.10.2024");
  EXPECT_EQ(Found("18. Oktober 2024"), "2024-10-18|18. Oktober 2024");
  EXPECT_EQ(Found("le 3 février 2023"), "2023-02-03|3 février 2023");
  EXPECT_EQ(Found("in October 2024"), "2024-10|October 2024");
}

TEST(DateTest, IgnoresNonDates) {
  EXPECT_EQ(Found("1,500 special forces"), "none");
  EXPECT_EQ(Found("they may 3 times"), "none");
  EXPECT_EQ(Found("31 February 2024"), "XXXX-02-31|31 February");  // no valid year-day
  EXPECT_EQ(Found("2024-13-01"), "none");
}

std::string Published(std::string_view text) {
  auto date = ParsePublishedDate(text);
  return date ? date->ToIso() : "none";
}

TEST(DateTest, ReadsPublishedDatesInEveryFeedForm) {
  EXPECT_EQ(Published("2024-10-18"), "2024-10-18");
  EXPECT_EQ(Published(" 2024-10-18T10:02:00Z "), "2024-10-18");
  EXPECT_EQ(Published("2024-10-18T23:30:00-05:00"), "2024-10-18");  // as written, not UTC
  EXPECT_EQ(Published("2024-10-18 10:02:00+02:00"), "2024-10-18");
  EXPECT_EQ(Published("October 18, 2024"), "2024-10-18");
  EXPECT_EQ(Published("18 Oct 2024"), "2024-10-18");
  EXPECT_EQ(Published("Fri, 18 Oct 2024 10:02:00 GMT"), "2024-10-18");  // RFC 2822
  EXPECT_EQ(Published("Fri, 18 Oct 2024 10:02:00 +0200"), "2024-10-18");
  EXPECT_EQ(Published("18/10/2024"), "2024-10-18");  // day first
  EXPECT_EQ(Published("03/04/2024"), "2024-04-03");  // ambiguous: day first
  EXPECT_EQ(Published("10/18/2024"), "2024-10-18");  // day first impossible: month first
  EXPECT_EQ(Published("10/18/2024 10:02"), "2024-10-18");
  EXPECT_EQ(Published("18.10.2024"), "2024-10-18");
  EXPECT_EQ(Published("1729245720"), "2024-10-18");     // Unix seconds (10:02 UTC)
  EXPECT_EQ(Published("1729245720000"), "2024-10-18");  // Unix milliseconds
  EXPECT_EQ(Published("October 2024"), "2024-10");
}

TEST(DateTest, RejectsUnreadablePublishedDates) {
  EXPECT_EQ(Published(""), "none");
  EXPECT_EQ(Published("yesterday"), "none");
  EXPECT_EQ(Published("13/13/2024"), "none");
  EXPECT_EQ(Published("31/02/2024"), "none");
  EXPECT_EQ(Published("Oct 18"), "none");  // no year
  EXPECT_EQ(Published("12345"), "none");
  EXPECT_EQ(Published("99999999999999"), "none");
}

TEST(DateTest, ParsesIso) {
  EXPECT_EQ(ParseIsoDate("2024-10-18T08:00:00Z")->ToIso(), "2024-10-18");
  EXPECT_EQ(ParseIsoDate("2024-10")->ToIso(), "2024-10");
  EXPECT_FALSE(ParseIsoDate("18-10-2024"));
  EXPECT_FALSE(ParseIsoDate(""));
}

TEST(DateTest, ValidatesCalendar) {
  EXPECT_TRUE(IsValidDay(2024, 2, 29));
  EXPECT_FALSE(IsValidDay(2023, 2, 29));
  EXPECT_FALSE(IsValidDay(2024, 4, 31));
}

}  // namespace
}  // namespace crosscheck

namespace crosscheck {
namespace {

TEST(FindDateTest, DatesAsOtherLanguagesWriteThem) {
  const auto found = [](std::string_view text) {
    const std::optional<DateMatch> match = FindDate(text);
    return match ? match->date.ToIso() + "|" +
                       std::string(text.substr(match->begin, match->end - match->begin))
                 : std::string("none");
  };
  EXPECT_EQ(found("El 13 de marzo de 2025 llegaron."), "2025-03-13|13 de marzo de 2025");
  EXPECT_EQ(found("Chegaram a 20 de março e"), "XXXX-03-20|20 de março");
  EXPECT_EQ(found("13 марта 2025 года он заявил"), "2025-03-13|13 марта 2025");
  EXPECT_EQ(found("13 березня 2025 року"), "2025-03-13|13 березня 2025");
  EXPECT_EQ(found("dnia 13 lipca 2025 r."), "2025-07-13|13 lipca 2025");
  EXPECT_EQ(found("2025年3月13日，他表示"), "2025-03-13|2025年3月13日");
  EXPECT_EQ(found("部队将于3月20日抵达"), "XXXX-03-20|3月20日");
  EXPECT_EQ(found("2025年3月，"), "2025-03|2025年3月");
  EXPECT_EQ(found("2025년 3월 13일 발표"), "2025-03-13|2025년 3월 13일");
  EXPECT_EQ(found("2025年2月30日"), "2025-02|2025年2月");  // no such day: the month stands
  EXPECT_EQ(found("13 de la tarde"), "none");
}

}  // namespace
}  // namespace crosscheck

namespace crosscheck {
namespace {

// FindDate reads tokens only as far as it needs; the reference reads them all first. They
// agree on random text made of date pieces in several languages, numbers and punctuation,
// and on the seeds.
TEST(FindDateTest, ReadingAheadOnlyAsNeededFindsWhatTheReferenceFinds) {
  const std::vector<std::string> pieces = {"18",
                                           "2024",
                                           "Oct",
                                           "October",
                                           "Oct.",
                                           "May",
                                           "may",
                                           "3",
                                           "13",
                                           "de",
                                           "marzo",
                                           "del",
                                           "2025",
                                           "18th",
                                           "1st",
                                           "31",
                                           ",",
                                           ".",
                                           "-",
                                           "/",
                                           "2024-10-18",
                                           "18.10.2024",
                                           "Oktober",
                                           "марта",
                                           "2025\xE5\xB9\xB4",
                                           "3\xE6\x9C\x88",
                                           "13\xE6\x97\xA5",
                                           "the",
                                           "on",
                                           "said",
                                           "(",
                                           "12345",
                                           "1999",
                                           "June",
                                           "2",
                                           "\n",
                                           "Mon",
                                           "9"};
  RandomText random(3);
  size_t found = 0;
  for (int round = 0; round < 20000; ++round) {
    const std::string text = random.Make(pieces, 1, 40, 4);
    const auto fast = FindDate(text);
    const auto slow = FindDateReference(text);
    ASSERT_EQ(fast.has_value(), slow.has_value()) << text;
    if (!fast) continue;
    ++found;
    EXPECT_EQ(fast->date.ToIso(), slow->date.ToIso()) << text;
    EXPECT_EQ(fast->begin, slow->begin) << text;
    EXPECT_EQ(fast->end, slow->end) << text;
  }
  EXPECT_GT(found, 10000u);
  // Every date of each seed, found one after another as the time annotator finds them.
  const std::filesystem::path seeds =
      std::filesystem::path(CROSSCHECK_SOURCE_DIR) / "examples/seeds";
  std::error_code error;
  size_t dates = 0;
  for (auto it = std::filesystem::directory_iterator(seeds, error);
       !error && it != std::filesystem::directory_iterator(); it.increment(error)) {
    std::ifstream file(it->path(), std::ios::binary);
    std::stringstream buffer;
    buffer << file.rdbuf();
    const std::string text = buffer.str();
    for (size_t pos = 0; pos < text.size();) {
      const auto fast = FindDate(std::string_view(text).substr(pos));
      const auto slow = FindDateReference(std::string_view(text).substr(pos));
      ASSERT_EQ(fast.has_value(), slow.has_value());
      if (!fast) break;
      EXPECT_EQ(fast->begin, slow->begin);
      EXPECT_EQ(fast->end, slow->end);
      EXPECT_EQ(fast->date.ToIso(), slow->date.ToIso());
      ++dates;
      pos += std::max<size_t>(fast->end, 1);
    }
  }
  EXPECT_GT(dates, 20u);
}

}  // namespace
}  // namespace crosscheck
