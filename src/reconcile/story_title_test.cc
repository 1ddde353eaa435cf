#include <gtest/gtest.h>

#include "annotate/sentences.h"
#include "reconcile/story_parts.h"

namespace crosscheck::reconcile {
namespace {

TEST(LooksLikeHeadline, HeadlinesAndPageFurniture) {
  EXPECT_TRUE(LooksLikeHeadline("Wrong-way driver halted", ""));
  EXPECT_TRUE(LooksLikeHeadline("Storm closes coast road for two days", "Harbour Gazette"));
  EXPECT_FALSE(LooksLikeHeadline("Top Classifieds", ""));
  EXPECT_FALSE(LooksLikeHeadline("home", ""));
  EXPECT_FALSE(LooksLikeHeadline("www.smh.com.au", ""));
  EXPECT_FALSE(LooksLikeHeadline("Financial Times FT.com", ""));
  EXPECT_FALSE(LooksLikeHeadline("World - Wire", ""));
  EXPECT_FALSE(LooksLikeHeadline("By Ana Ruiz Lopez", ""));
  EXPECT_FALSE(LooksLikeHeadline("The Harbour Gazette Online", "the harbour gazette online"));
  EXPECT_TRUE(LooksLikeHeadline("Talks resume in Geneva after 3.5 hours", ""));
  EXPECT_TRUE(LooksLikeHeadline("NATO cannot confirm N.Korea move, U.S. says", ""));
}

TEST(OpeningSentenceTitle, FirstSentenceCutAtAWord) {
  StoryDocument doc;
  doc.body =
      "Home\n\nA driver going the wrong way on the motorway was stopped by police early on "
      "Sunday after a chase of twenty kilometres through three towns. Nobody was hurt.";
  doc.sentences = SplitSentences(doc.body);
  const std::string title = OpeningSentenceTitle(doc);
  EXPECT_TRUE(title.starts_with("A driver going the wrong way")) << title;
  EXPECT_LE(title.size(), kMaxDerivedTitleBytes + 3);
  EXPECT_TRUE(title.ends_with("\xE2\x80\xA6")) << title;
  StoryDocument empty;
  EXPECT_EQ(OpeningSentenceTitle(empty), "");
}

}  // namespace
}  // namespace crosscheck::reconcile
