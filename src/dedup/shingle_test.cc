#include "dedup/shingle.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace crosscheck {
namespace {

using Words = std::vector<std::string>;

TEST(NormalizedContentWords, FoldsCaseAndDropsStopWords) {
  EXPECT_EQ(NormalizedContentWords("NATO ministers met"), NormalizedContentWords("Nato ministers met"));
  EXPECT_EQ(NormalizedContentWords("the minister said Friday"),
            NormalizedContentWords("the minister said on Friday"));
}

TEST(NormalizedContentWords, NormalizesNumbersAndAccents) {
  EXPECT_EQ(NormalizedContentWords("1,500 troops"), (Words{"1500", "troops"}));
  EXPECT_EQ(NormalizedContentWords("Élysée Palace"), NormalizedContentWords("elysee palace"));
}

TEST(NormalizedContentWords, SkipsQuotedText) {
  const Words expected = NormalizedContentWords("minister told reporters");
  EXPECT_EQ(NormalizedContentWords("minister told reporters \"we will never surrender\""), expected);
  EXPECT_EQ(NormalizedContentWords("minister \u201Cwe will never surrender\u201D told reporters"), expected);
  EXPECT_EQ(NormalizedContentWords("minister \u00ABnous ne cederons jamais\u00BB told reporters"), expected);
  EXPECT_EQ(NormalizedContentWords("minister \u201Ewir geben nie auf\u201C told reporters"), expected);
}

TEST(NormalizedContentWords, StrayClosingQuoteKeepsText) {
  EXPECT_EQ(NormalizedContentWords("troops withdrew\u201D yesterday morning"),
            NormalizedContentWords("troops withdrew yesterday morning"));
}

TEST(ShingleBlocks, EditedSentenceKeepsMostShingles) {
  const std::vector<BlockShingle> original = ShingleBlocks(
      {"NATO defence ministers agreed on Thursday to send 1,500 more troops to the eastern "
       "border, officials said Friday after talks in Brussels."});
  const std::vector<BlockShingle> edited = ShingleBlocks(
      {"Nato defence ministers agreed on Thursday to send 1500 more troops to the eastern "
       "border, officials said on Friday after talks in Brussels."});
  EXPECT_EQ(original, edited);
}

TEST(ShingleBlocks, ShinglesDoNotSpanBlocks) {
  const std::vector<BlockShingle> split = ShingleBlocks({"alpha bravo", "charlie delta"});
  ASSERT_EQ(split.size(), 0u);
  const std::vector<BlockShingle> joined = ShingleBlocks({"alpha bravo charlie delta"});
  EXPECT_EQ(joined.size(), 2u);
}

TEST(ShingleBlocks, Deterministic) {
  const std::string text = "Rescuers searched collapsed buildings in the port city overnight.";
  EXPECT_EQ(ShingleBlocks({text}), ShingleBlocks({text}));
  EXPECT_FALSE(ShingleBlocks({text}).empty());
}

TEST(ShingleBlocks, InvalidUtf8DoesNotCrash) {
  const std::string bad = "abc \xff\xfe def \xc3 ghi jkl mno";
  EXPECT_FALSE(ShingleBlocks({bad}).empty());
}

}  // namespace
}  // namespace crosscheck
