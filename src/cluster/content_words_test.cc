#include "cluster/content_words.h"

#include <gtest/gtest.h>

namespace crosscheck {
namespace {

std::vector<std::string> Stems(std::string_view text, std::string_view language = "en") {
  ContentWords words;
  std::vector<std::string> stems;
  words.AppendStems(text, language, stems);
  return stems;
}

TEST(ContentWordsTest, DropsStopWordsAndNumbersAndStems) {
  EXPECT_EQ(Stems("The earthquakes were shaking 2 cities in 2013, officials said."),
            (std::vector<std::string>{"earthquak", "shake", "citi", "offici"}));
}

TEST(ContentWordsTest, LowerCasesUnicodeAndUsesLanguage) {
  EXPECT_EQ(Stems("ÉLECTIONS à Paris", "fr"), (std::vector<std::string>{"élect", "paris"}));
  EXPECT_EQ(Stems("Die Wahlen und die Regierung", "de"), (std::vector<std::string>{"wahl", "regier"}));
}

TEST(ContentWordsTest, UnknownLanguageFallsBackToEnglish) {
  EXPECT_EQ(StemmerNameForLanguage("un"), "english");
  EXPECT_EQ(StemmerNameForLanguage("es"), "spanish");
  EXPECT_EQ(Stems("running reports", "un"), (std::vector<std::string>{"run", "report"}));
}

TEST(ContentWordsTest, SurvivesInvalidUtf8AndEmptyText) {
  EXPECT_TRUE(Stems("").empty());
  EXPECT_EQ(Stems("bad\xff\xfe bytes"), (std::vector<std::string>{"bad", "byte"}));
}

// The stem cache (emptied at 65,536 words) never changes a stem: one ContentWords reading
// 100,000 distinct words twice, with the cache filling, emptying and refilling, gives what a
// new one gives on each word alone.
TEST(ContentWordsTest, RememberedStemsEqualFreshOnesPastTheCacheBound) {
  std::string text;
  const char* endings[] = {"ing", "ed", "s", "ations", "ly", ""};
  for (int i = 0; i < 100000; ++i) {
    std::string word = "zq";
    for (int n = i; n > 0; n /= 26) word.push_back(static_cast<char>('a' + n % 26));
    text += word + endings[i % 6] + " ";
  }
  ContentWords reused;
  std::vector<std::string> first, second;
  reused.AppendStems(text, "en", first);
  reused.AppendStems(text, "en", second);
  EXPECT_EQ(first, second);
  ASSERT_EQ(first.size(), 100000u);
  // Against fresh objects: every 997th word alone.
  std::string_view rest = text;
  for (size_t i = 0; i < first.size(); ++i) {
    const size_t space = rest.find(' ');
    if (i % 997 == 0) {
      ContentWords fresh;
      std::vector<std::string> alone;
      fresh.AppendStems(rest.substr(0, space), "en", alone);
      ASSERT_EQ(alone.size(), 1u);
      EXPECT_EQ(alone[0], first[i]) << rest.substr(0, space);
    }
    rest.remove_prefix(space + 1);
  }
}

}  // namespace
}  // namespace crosscheck
