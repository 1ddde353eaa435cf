#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "dedup/reuse.h"
#include "dedup/test_corpus.h"

namespace crosscheck {
namespace {

using dedup_testing::ArticleFromParagraphs;
using dedup_testing::RandomParagraph;

SyndicationResult DetectAndGroup(const std::vector<Article>& articles, const ReuseOptions& options = {}) {
  std::unique_ptr<ReuseDetector> detector = NewReuseDetector(options);
  for (DocIndex i = 0; i < articles.size(); ++i) detector->Add(i, articles[i]);
  return GroupSyndication(articles, detector->VerifiedPairs(articles), options);
}

// A public statement both stories quote at length.
const char kStatement[] =
    "We will not rest until every family displaced by the floods has a safe place to sleep, "
    "clean water to drink and a clear timetable for rebuilding their homes and schools";

std::vector<std::string> StoryQuoting(std::mt19937& random, const std::string& open,
                                      const std::string& close) {
  return {RandomParagraph(random, 20),
          "The interior minister said: " + open + kStatement + "." + close,
          RandomParagraph(random, 20)};
}

TEST(GroupSyndication, SharedQuotationIsNotReusedCopy) {
  std::mt19937 random(23);
  const std::vector<Article> quoted = {
      ArticleFromParagraphs(StoryQuoting(random, "\u201C", "\u201D")),
      ArticleFromParagraphs(StoryQuoting(random, "\"", "\""))};
  const SyndicationResult result = DetectAndGroup(quoted);
  EXPECT_TRUE(result.pairs.empty());
  ASSERT_EQ(result.groups.size(), 2u);
  EXPECT_NE(result.group_of[0], result.group_of[1]);

  // Control: the same sentence as the outlets' own (unquoted) text is reused copy.
  std::mt19937 same_random(23);
  const std::vector<Article> unquoted = {ArticleFromParagraphs(StoryQuoting(same_random, "", "")),
                                         ArticleFromParagraphs(StoryQuoting(same_random, "", ""))};
  const SyndicationResult control = DetectAndGroup(unquoted);
  EXPECT_EQ(control.pairs.size(), 1u);
  EXPECT_EQ(control.group_of[0], control.group_of[1]);
}

TEST(GroupSyndication, SameCreditWithoutSharedTextIsNotOneStory) {
  std::mt19937 random(29);
  std::vector<Article> articles = {ArticleFromParagraphs({RandomParagraph(random, 60)}),
                                   ArticleFromParagraphs({RandomParagraph(random, 60)})};
  articles[0].credits = {"AFP"};
  articles[1].credits = {"AFP"};
  const SyndicationResult result = DetectAndGroup(articles);
  EXPECT_NE(result.group_of[0], result.group_of[1]);
  EXPECT_EQ(result.groups[0].origin, "AFP");
  EXPECT_EQ(result.groups[1].origin, "AFP");
}

TEST(GroupSyndication, SameCreditWithSomeSharedTextIsOneStory) {
  std::mt19937 random(31);
  const std::string shared = RandomParagraph(random, 20);
  // 15% shared: under min_containment, over min_credited_containment.
  std::vector<Article> articles = {
      ArticleFromParagraphs({RandomParagraph(random, 60), shared, RandomParagraph(random, 50)}),
      ArticleFromParagraphs({RandomParagraph(random, 50), shared, RandomParagraph(random, 60)}),
      ArticleFromParagraphs({RandomParagraph(random, 50), shared, RandomParagraph(random, 60)})};
  articles[0].credits = {"AFP"};
  articles[1].credits = {"AFP", "Reuters"};
  articles[0].outlet = "Daily One";
  const SyndicationResult result = DetectAndGroup(articles);
  EXPECT_EQ(result.group_of[0], result.group_of[1]);
  EXPECT_NE(result.group_of[0], result.group_of[2]);  // no shared credit
  EXPECT_EQ(result.groups[result.group_of[0]].origin, "AFP");
  ASSERT_EQ(result.pairs.size(), 1u);
  EXPECT_EQ(result.pairs[0].passages.size(), 1u);
}

TEST(GroupSyndication, NearExactCopyPointsToEarliestPublished) {
  std::mt19937 random(37);
  const std::vector<std::string> story = {RandomParagraph(random, 40), RandomParagraph(random, 40)};
  std::vector<std::string> copy = story;
  copy[1] += " Extra closing words here.";
  std::vector<Article> articles = {ArticleFromParagraphs({RandomParagraph(random, 40)}),
                                   ArticleFromParagraphs(story), ArticleFromParagraphs(copy),
                                   ArticleFromParagraphs(story)};
  articles[1].published = {2024, 10, 19};
  articles[2].published = {2024, 10, 18};  // earliest copy, later in document order
  articles[3].outlet = "Late Copy";
  articles[2].outlet = "First Paper";
  const SyndicationResult result = DetectAndGroup(articles);
  EXPECT_FALSE(result.duplicate_of[0].has_value());
  EXPECT_EQ(result.duplicate_of[1], 2u);
  EXPECT_FALSE(result.duplicate_of[2].has_value());
  EXPECT_EQ(result.duplicate_of[3], 2u);
  ASSERT_EQ(result.groups.size(), 2u);
  EXPECT_EQ(result.groups[0].id, "g1");
  EXPECT_EQ(result.groups[0].members, std::vector<DocIndex>{0});
  EXPECT_EQ(result.groups[1].id, "g2");
  EXPECT_EQ(result.groups[1].members, (std::vector<DocIndex>{1, 2, 3}));
  EXPECT_EQ(result.groups[1].origin, "First Paper");  // earliest published with an outlet
}

TEST(GroupSyndication, PartialReprintIsNotDuplicate) {
  std::mt19937 random(41);
  std::vector<std::string> story;
  for (int i = 0; i < 5; ++i) story.push_back(RandomParagraph(random, 40));
  std::vector<std::string> reprint(story.begin(), story.begin() + 2);
  const std::vector<Article> articles = {ArticleFromParagraphs(story), ArticleFromParagraphs(reprint)};
  const SyndicationResult result = DetectAndGroup(articles);
  EXPECT_EQ(result.group_of[0], result.group_of[1]);
  EXPECT_FALSE(result.duplicate_of[1].has_value());
}

TEST(GroupSyndication, IgnoresPairsOutsideTheCorpus) {
  std::vector<Article> articles(2);
  ReusePair bogus;
  bogus.a = 0;
  bogus.b = 7;
  const SyndicationResult result = GroupSyndication(articles, {bogus});
  EXPECT_TRUE(result.pairs.empty());
  EXPECT_EQ(result.groups.size(), 2u);
}

}  // namespace
}  // namespace crosscheck
