// "A slow obvious version checks the fast one": the sketch + index + verification detector
// against the exact all-pairs reference, on random synthetic corpora where documents reuse
// random shares of each other (0..100%), some long enough to be sampled, a quarter of them
// with one of two footers, and paragraphs copied often enough to be common passages.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <random>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "dedup/exact_reference.h"
#include "dedup/reuse.h"
#include "dedup/shingle.h"
#include "dedup/test_corpus.h"

namespace crosscheck {
namespace {

using dedup_testing::ArticleFromParagraphs;
using dedup_testing::RandomParagraph;

std::vector<Article> RandomCorpus(uint32_t seed, int documents) {
  std::mt19937 random(seed);
  std::vector<std::vector<std::string>> sources;
  std::vector<Article> articles;
  // Footers carried by many documents (down-weighted as common passages).
  const std::string footers[2] = {RandomParagraph(random, 20), RandomParagraph(random, 35)};
  for (int doc = 0; doc < documents; ++doc) {
    std::vector<std::string> paragraphs;
    if (doc % 4 == 1) paragraphs.push_back(footers[doc % 8 / 4]);
    const int length = 2 + random() % (doc % 5 == 0 ? 40 : 10);
    for (int i = 0; i < length; ++i) {
      if (!sources.empty() && random() % 3 == 0) {
        const std::vector<std::string>& source = sources[random() % sources.size()];
        paragraphs.push_back(source[random() % source.size()]);
      } else {
        paragraphs.push_back(RandomParagraph(random, 10 + random() % 40));
      }
    }
    sources.push_back(paragraphs);
    articles.push_back(ArticleFromParagraphs(paragraphs));
  }
  return articles;
}

using PairKey = std::pair<DocIndex, DocIndex>;

std::map<PairKey, ReusePair> ByKey(const std::vector<ReusePair>& pairs) {
  std::map<PairKey, ReusePair> keyed;
  for (const ReusePair& pair : pairs) keyed.emplace(PairKey(pair.a, pair.b), pair);
  return keyed;
}

std::map<PairKey, ReusePair> Reference(const std::vector<Article>& articles, const ReuseOptions& options) {
  std::vector<std::vector<BlockShingle>> shingles;
  for (const Article& article : articles) shingles.push_back(ShingleArticle(article));
  return ByKey(ExactReusePairs(shingles, options, /*with_passages=*/true));
}

TEST(ReuseProperty, VerifiedPairsEqualExactReference) {
  for (uint32_t seed : {1u, 2u, 3u}) {
    const std::vector<Article> articles = RandomCorpus(seed, 150);
    const ReuseOptions options;
    const std::map<PairKey, ReusePair> expected = Reference(articles, options);
    std::unique_ptr<ReuseDetector> detector = NewReuseDetector(options);
    for (DocIndex i = 0; i < articles.size(); ++i) detector->Add(i, articles[i]);
    const std::map<PairKey, ReusePair> found = ByKey(detector->VerifiedPairs(articles));
    ASSERT_GT(expected.size(), 20u) << "seed " << seed;

    size_t recalled = 0;
    for (const auto& [key, pair] : expected) {
      recalled += found.count(key);
      if (!found.count(key)) {
        ADD_FAILURE() << "missed " << key.first << "," << key.second << " c " << pair.containment_a_in_b << " "
                      << pair.containment_b_in_a << " sizes " << ShingleArticle(articles[key.first]).size() << " "
                      << ShingleArticle(articles[key.second]).size();
      }
    }
    EXPECT_GE(double(recalled) / expected.size(), 0.99) << "seed " << seed;
    for (const auto& [key, pair] : found) {
      auto it = expected.find(key);
      ASSERT_NE(it, expected.end()) << "seed " << seed << " false pair " << key.first << "," << key.second;
      EXPECT_DOUBLE_EQ(pair.containment_a_in_b, it->second.containment_a_in_b);
      EXPECT_DOUBLE_EQ(pair.containment_b_in_a, it->second.containment_b_in_a);
      EXPECT_EQ(pair.passages.size(), it->second.passages.size());
    }
  }
}

TEST(ReuseProperty, SketchPairsRecallClearReuse) {
  // Sketch estimates blur the threshold, so judge them on pairs clearly above it.
  const std::vector<Article> articles = RandomCorpus(5, 200);
  const ReuseOptions options;
  ReuseOptions clear = options;
  clear.min_containment = 0.35;
  const std::map<PairKey, ReusePair> expected = Reference(articles, clear);
  std::unique_ptr<ReuseDetector> detector = NewReuseDetector(options);
  for (DocIndex i = 0; i < articles.size(); ++i) detector->Add(i, articles[i]);
  const std::map<PairKey, ReusePair> found = ByKey(detector->Pairs());
  ASSERT_GT(expected.size(), 20u);
  size_t recalled = 0;
  for (const auto& [key, pair] : expected) recalled += found.count(key);
  EXPECT_GE(double(recalled) / expected.size(), 0.95);
}

}  // namespace
}  // namespace crosscheck
