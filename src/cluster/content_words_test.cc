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

}  // namespace
}  // namespace crosscheck
