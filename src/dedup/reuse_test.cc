#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "dedup/exact_reference.h"
#include "dedup/reuse.h"
#include "dedup/shingle.h"
#include "dedup/test_corpus.h"

namespace crosscheck {
namespace {

using dedup_testing::ArticleFromParagraphs;
using dedup_testing::RandomParagraph;

std::vector<ReusePair> Verified(const std::vector<Article>& articles, const ReuseOptions& options = {}) {
  std::unique_ptr<ReuseDetector> detector = NewReuseDetector(options);
  for (DocIndex i = 0; i < articles.size(); ++i) detector->Add(i, articles[i]);
  return detector->VerifiedPairs(articles);
}

std::vector<std::string> Paragraphs(std::mt19937& random, int count, int words) {
  std::vector<std::string> paragraphs;
  for (int i = 0; i < count; ++i) paragraphs.push_back(RandomParagraph(random, words));
  return paragraphs;
}

TEST(ReuseDetector, FindsPartialReprintWithLowJaccard) {
  std::mt19937 random(7);
  const std::vector<std::string> story = Paragraphs(random, 10, 40);
  std::vector<std::string> host = Paragraphs(random, 16, 40);
  // 4 of the story's 10 paragraphs reprinted inside a longer article.
  host.insert(host.begin() + 5, story.begin() + 2, story.begin() + 6);
  const std::vector<Article> articles = {ArticleFromParagraphs(story), ArticleFromParagraphs(host)};

  const std::vector<ReusePair> pairs = Verified(articles);
  ASSERT_EQ(pairs.size(), 1u);
  EXPECT_LT(pairs[0].jaccard, 0.2);
  EXPECT_NEAR(pairs[0].containment_a_in_b, 0.4, 0.03);
  ASSERT_EQ(pairs[0].passages.size(), 4u);
  for (uint32_t i = 0; i < 4; ++i) {
    EXPECT_EQ(pairs[0].passages[i].block_a, 2 + i);
    EXPECT_EQ(pairs[0].passages[i].block_b, 5 + i);
    EXPECT_GT(pairs[0].passages[i].similarity, 0.99);
  }
}

TEST(ReuseDetector, EditedCopyStillAlignsParagraphs) {
  const std::vector<std::string> original = {
      "NATO defence ministers agreed to station four more battalions on the alliance's eastern "
      "flank, officials said Friday after two days of talks in Brussels.",
      "The decision follows months of pressure from Baltic governments, which have warned that "
      "a thin presence along the border invites miscalculation. Poland offered to host two of "
      "the new units.",
      "Diplomats said the cost of the deployment would be shared under a formula to be settled "
      "before the summer summit, and that a first battalion could arrive within weeks.",
      "Critics in several parliaments questioned whether the additional forces would be ready "
      "in time, pointing to shortages of ammunition and transport aircraft across the bloc."};
  const std::vector<std::string> edited = {
      "Nato defence ministers agreed to station four more battalions on the alliance's eastern "
      "flank, officials said on Friday after two days of talks in Brussels.",
      "The decision follows months of pressure from Baltic governments, which have warned that "
      "a thin presence along the border invites miscalculation.",  // cut sentence
      "Diplomats said the cost of the deployment would be shared under a formula to be settled "
      "before the summer summit, and that the first battalion might arrive within weeks.",
      "Critics in several parliaments questioned whether the additional forces would be ready "
      "in time, pointing to shortages of ammunition and transport planes across the bloc."};
  const std::vector<Article> articles = {ArticleFromParagraphs(original), ArticleFromParagraphs(edited)};
  const std::vector<ReusePair> pairs = Verified(articles);
  ASSERT_EQ(pairs.size(), 1u);
  EXPECT_GT(pairs[0].containment_b_in_a, 0.8);
  ASSERT_EQ(pairs[0].passages.size(), 4u);
  for (uint32_t i = 0; i < 4; ++i) {
    EXPECT_EQ(pairs[0].passages[i].block_a, i);
    EXPECT_EQ(pairs[0].passages[i].block_b, i);
  }
  EXPECT_DOUBLE_EQ(pairs[0].passages[0].similarity, 1.0);  // case and "on" do not count
}

TEST(ReuseDetector, UnrelatedDocumentsMakeNoPairs) {
  std::mt19937 random(11);
  std::vector<Article> articles;
  for (int i = 0; i < 50; ++i) articles.push_back(ArticleFromParagraphs(Paragraphs(random, 5, 40)));
  EXPECT_TRUE(Verified(articles).empty());
}

// 50 unrelated short documents carry one added footer (about a fifth of each); one more
// document reprints half of document 3 under its own footer. Only the reprint is reuse.
std::vector<Article> FooterCorpus(std::mt19937& random, std::vector<std::vector<std::string>>& stories) {
  const std::string footer = RandomParagraph(random, 30);
  std::vector<Article> articles;
  for (int i = 0; i < 50; ++i) {
    stories.push_back(Paragraphs(random, 4, 30));
    std::vector<std::string> paragraphs = stories.back();
    paragraphs.push_back(footer);
    articles.push_back(ArticleFromParagraphs(paragraphs));
  }
  std::vector<std::string> reprint = Paragraphs(random, 3, 30);
  reprint.insert(reprint.begin() + 1, stories[3].begin(), stories[3].begin() + 2);
  reprint.push_back(footer);
  articles.push_back(ArticleFromParagraphs(reprint));
  return articles;
}

TEST(ReuseDetector, FooterSharedByManyDocumentsIsNotReuse) {
  std::mt19937 random(23);
  std::vector<std::vector<std::string>> stories;
  const std::vector<Article> articles = FooterCorpus(random, stories);
  const std::vector<ReusePair> pairs = Verified(articles);
  ASSERT_EQ(pairs.size(), 1u);
  EXPECT_EQ(pairs[0].a, 3u);
  EXPECT_EQ(pairs[0].b, 50u);
  EXPECT_GT(pairs[0].containment_a_in_b, 0.4);
  // The same corpus with the rule off pairs the footer: the test can fail.
  ReuseOptions without_rule;
  without_rule.common_passage_documents = 1000;
  EXPECT_GT(Verified(articles, without_rule).size(), 100u);
}

TEST(ReuseDetector, StoryCarriedByManyOutletsIsStillReuse) {
  // 60 outlets run one story, each under its own opening paragraph: every paragraph of the
  // story is common, so it is down-weighted everywhere and the copies still pair up.
  std::mt19937 random(29);
  const std::vector<std::string> story = Paragraphs(random, 5, 40);
  std::vector<Article> articles;
  for (int i = 0; i < 60; ++i) {
    std::vector<std::string> paragraphs = story;
    paragraphs.insert(paragraphs.begin(), RandomParagraph(random, 40));
    articles.push_back(ArticleFromParagraphs(paragraphs));
  }
  const std::vector<ReusePair> pairs = Verified(articles);
  std::vector<int> pairs_of(articles.size(), 0);
  for (const ReusePair& pair : pairs) {
    EXPECT_GT(pair.containment_a_in_b, 0.4);
    ++pairs_of[pair.a];
    ++pairs_of[pair.b];
  }
  // Keys in more than kMaxPostingDocuments documents link neighbours only: not all 1,770
  // pairs are listed, but every copy is in a pair.
  EXPECT_GE(pairs.size(), articles.size() - 1);
  for (int count : pairs_of) EXPECT_GT(count, 0);
}

TEST(ReuseDetector, LongDocumentsUseSampledSketchesAndAreVerified) {
  std::mt19937 random(13);
  const std::vector<std::string> story = Paragraphs(random, 30, 60);  // ~1,700 shingles
  std::vector<std::string> host = Paragraphs(random, 40, 60);
  host.insert(host.end(), story.begin(), story.begin() + 9);  // 30% of the story
  const std::vector<Article> articles = {ArticleFromParagraphs(story), ArticleFromParagraphs(host)};
  std::unique_ptr<ReuseDetector> detector = NewReuseDetector();
  for (DocIndex i = 0; i < articles.size(); ++i) detector->Add(i, articles[i]);
  // Two sketches of at most 1,017 bytes, and ~10 bytes per distinct paragraph counted (79).
  EXPECT_LE(detector->StateBytes(), 2 * 1024u + 79 * 16);

  const std::vector<ReusePair> pairs = detector->VerifiedPairs(articles);
  ASSERT_EQ(pairs.size(), 1u);
  EXPECT_NEAR(pairs[0].containment_a_in_b, 0.3, 0.02);
  EXPECT_EQ(pairs[0].passages.size(), 9u);
  const std::vector<ReusePair> estimated = detector->Pairs();
  ASSERT_EQ(estimated.size(), 1u);
  EXPECT_NEAR(estimated[0].containment_a_in_b, 0.3, 0.12);
}

TEST(ReuseDetector, SketchPairsAreExactForShortDocuments) {
  std::mt19937 random(17);
  const std::vector<std::string> story = Paragraphs(random, 3, 30);
  std::vector<std::string> copy(story.begin(), story.begin() + 2);
  copy.push_back(RandomParagraph(random, 30));
  const std::vector<Article> articles = {ArticleFromParagraphs(story), ArticleFromParagraphs(copy)};
  std::unique_ptr<ReuseDetector> detector = NewReuseDetector();
  for (DocIndex i = 0; i < articles.size(); ++i) detector->Add(i, articles[i]);
  const std::vector<ReusePair> sketched = detector->Pairs();
  const std::vector<ReusePair> verified = detector->VerifiedPairs(articles);
  ASSERT_EQ(sketched.size(), 1u);
  ASSERT_EQ(verified.size(), 1u);
  EXPECT_DOUBLE_EQ(sketched[0].containment_a_in_b, verified[0].containment_a_in_b);
  EXPECT_DOUBLE_EQ(sketched[0].jaccard, verified[0].jaccard);
}

TEST(ReuseDetector, OutputIsDeterministic) {
  std::mt19937 random(19);
  std::vector<Article> articles;
  const std::vector<std::string> story = Paragraphs(random, 8, 40);
  for (int i = 0; i < 20; ++i) {
    std::vector<std::string> paragraphs = Paragraphs(random, 4, 40);
    paragraphs.insert(paragraphs.end(), story.begin() + (i % 4), story.begin() + (i % 4) + 4);
    articles.push_back(ArticleFromParagraphs(paragraphs));
  }
  const std::vector<ReusePair> first = Verified(articles);
  const std::vector<ReusePair> second = Verified(articles);
  ASSERT_FALSE(first.empty());
  ASSERT_EQ(first.size(), second.size());
  for (size_t i = 0; i < first.size(); ++i) {
    EXPECT_EQ(first[i].a, second[i].a);
    EXPECT_EQ(first[i].b, second[i].b);
    EXPECT_EQ(first[i].containment_a_in_b, second[i].containment_a_in_b);
    EXPECT_EQ(first[i].passages.size(), second[i].passages.size());
  }
}

}  // namespace
}  // namespace crosscheck
