// ReadRelativeTimeGroups against the whole pattern's own group reading.
#include "annotate/time_pattern.h"

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

// Every match the time annotator's scan finds in `text`: the groups read by the alternative
// equal the groups the whole pattern reads, group by group (position and length).
size_t ExpectSameGroups(const std::string& text) {
  const RE2& pattern = RelativeTimePattern();
  const int count = pattern.NumberOfCapturingGroups() + 1;
  std::vector<re2::StringPiece> fast(static_cast<size_t>(count)), slow(static_cast<size_t>(count));
  size_t matches = 0;
  re2::StringPiece whole;
  for (size_t pos = 0;
       pos < text.size() && pattern.Match(text, pos, text.size(), RE2::UNANCHORED, &whole, 1);) {
    const size_t begin = static_cast<size_t>(whole.data() - text.data());
    const size_t end = begin + whole.size();
    const bool slow_ok = pattern.Match(text, begin, end, RE2::ANCHOR_BOTH, slow.data(), count);
    const bool fast_ok = ReadRelativeTimeGroups(text, begin, end, fast.data(), count);
    EXPECT_EQ(fast_ok, slow_ok) << text.substr(begin, end - begin);
    if (fast_ok && slow_ok) {
      for (int g = 0; g < count; ++g) {
        const auto& f = fast[static_cast<size_t>(g)];
        const auto& s = slow[static_cast<size_t>(g)];
        EXPECT_EQ(f.data() == nullptr, s.data() == nullptr) << "group " << g << " of " << whole;
        if (f.data() != nullptr && s.data() != nullptr) {
          EXPECT_EQ(f.data() - text.data(), s.data() - text.data())
              << "group " << g << " of " << whole;
          EXPECT_EQ(f.size(), s.size()) << "group " << g << " of " << whole;
        }
      }
    }
    ++matches;
    pos = std::max(end, begin + 1);
  }
  return matches;
}

TEST(RelativeTimeGroups, ThePatternSplitsIntoItsAlternatives) {
  EXPECT_GT(RelativeTimeAlternatives(), 30u);
}

TEST(RelativeTimeGroups, SameGroupsAsTheWholePatternOnWrittenForms) {
  const std::string text =
      "Last week, on Monday morning, the first quarter of 2024 and the year-ago third quarter; "
      "the next day, the day before, this afternoon, from the 8th to the 13th of October, "
      "early-to-mid October, late March next year, the summer of 1996, the 1990s, the '80s, "
      "the 21st century, nineteen eighty-four, recent years, each Tuesday, the fiscal year "
      "ended, the current fiscal year, the near term, three quarters, the following month, "
      "two and a half years, a year and a half, half an hour, for years, in the past, "
      "a couple of weeks ago, 5-year, 2001, 10:30 a.m. EST on Friday, noon on Sunday, 14:45, "
      "Christmas Eve, today, yesterday evening, the weekend, a year earlier, the latest quarter. "
      "Words glued to numbers: 3.2024, 10,000 years, 2020s3 and x2004y and 12pm.";
  EXPECT_GT(ExpectSameGroups(text), 40u);
}

// Random text made of the pattern's words, digits and punctuation: every scan match reads
// the same groups both ways.
TEST(RelativeTimeGroups, SameGroupsAsTheWholePatternOnRandomText) {
  const std::vector<std::string> pieces = {
      "the",   "The",     "last",   "next",    "this",    "week",      "month",   "year",
      "years", "day",     "Monday", "morning", "quarter", "first",     "third",   "2024",
      "1996",  "12",      "8th",    "13th",    "of",      "October",   "March",   "early",
      "mid",   "late",    "to",     "-",       "summer",  "1990s",     "'80s",    "a",
      "half",  "and",     "ago",    "for",     "in",      "past",      "few",     "couple",
      "10:30", "a.m.",    "pm",     "noon",    "on",      "Friday",    "today",   "earlier",
      "ended", "fiscal",  "each",   "every",   ",",       ".",         "two",     "twenty-one",
      "from",  "between", "until",  "century", "21st",    "Christmas", "weekend", "EST"};
  RandomText random(7);
  size_t matches = 0;
  for (int round = 0; round < 3000; ++round) {
    const std::string text = random.Make(pieces, 2, 12, 6);
    matches += ExpectSameGroups(text);
  }
  EXPECT_GT(matches, 3000u);
}

// Real news: BBC 2225 when ../shared is here, else the seeds in the repository.
TEST(RelativeTimeGroups, SameGroupsAsTheWholePatternOnNews) {
  std::vector<std::filesystem::path> roots = {
      std::filesystem::path(CROSSCHECK_SHARED_DIR) / "data/bbc_news_2225/business",
      std::filesystem::path(CROSSCHECK_SOURCE_DIR) / "examples/seeds"};
  size_t matches = 0;
  for (const auto& root : roots) {
    std::error_code error;
    if (!std::filesystem::is_directory(root, error)) continue;
    for (auto it = std::filesystem::directory_iterator(root, error);
         !error && it != std::filesystem::directory_iterator(); it.increment(error)) {
      if (!it->is_regular_file()) continue;
      std::ifstream file(it->path(), std::ios::binary);
      std::stringstream buffer;
      buffer << file.rdbuf();
      matches += ExpectSameGroups(buffer.str());
    }
  }
  EXPECT_GT(matches, 20u);
}

}  // namespace
}  // namespace crosscheck
