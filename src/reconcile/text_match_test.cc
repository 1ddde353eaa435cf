// Property tests of the set overlaps in story_parts.h against a plain count.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "reconcile/story_parts.h"

namespace crosscheck::reconcile {
namespace {

// |A ∩ B| / min(|A|, |B|), counted the slow way.
template <typename T>
double ReferenceOverlap(const std::vector<T>& a, const std::vector<T>& b) {
  if (a.empty() || b.empty()) return 0;
  const std::set<T> in_b(b.begin(), b.end());
  size_t shared = 0;
  for (const T& x : a) shared += in_b.count(x);
  return static_cast<double>(shared) / static_cast<double>(std::min(a.size(), b.size()));
}

// A sorted set of distinct ids drawn from [0, universe).
std::vector<uint32_t> RandomIds(std::mt19937& random, size_t universe) {
  std::uniform_int_distribution<size_t> size(0, 24);
  std::uniform_int_distribution<uint32_t> id(0, static_cast<uint32_t>(universe - 1));
  std::set<uint32_t> ids;
  for (size_t n = size(random); ids.size() < std::min(n, universe);) ids.insert(id(random));
  return {ids.begin(), ids.end()};
}

TEST(SortedSetsOverlapTest, ReachesGivesTheFullCountsAnswer) {
  std::mt19937 random(20261208);
  const double thresholds[] = {0, 0.1, 0.25, 0.5, 0.6, 2.0 / 3, 0.75, 0.8, 0.9, 1.0, 1.1};
  for (int round = 0; round < 20000; ++round) {
    const size_t universe = 1 + round % 40;  // small universes share much, large ones little
    const std::vector<uint32_t> a = RandomIds(random, universe);
    const std::vector<uint32_t> b = RandomIds(random, universe);
    const double overlap = SortedSetsOverlap(a, b);
    ASSERT_DOUBLE_EQ(overlap, ReferenceOverlap(a, b));
    for (double threshold : thresholds) {
      ASSERT_EQ(SortedSetsOverlapReaches(a, b, threshold), overlap >= threshold)
          << "round " << round << " threshold " << threshold;
    }
    // The same over words.
    std::vector<std::string> words_a, words_b;
    for (uint32_t id : a) words_a.push_back("w" + std::to_string(1000 + id));
    for (uint32_t id : b) words_b.push_back("w" + std::to_string(1000 + id));
    for (double threshold : thresholds) {
      ASSERT_EQ(SortedSetsOverlapReaches(words_a, words_b, threshold), overlap >= threshold);
    }
  }
}

TEST(SortedSetsOverlapTest, EmptySetsShareNothing) {
  const std::vector<uint32_t> none, some = {1, 2, 3};
  EXPECT_EQ(SortedSetsOverlap(none, some), 0);
  EXPECT_FALSE(SortedSetsOverlapReaches(none, some, 0.5));
  EXPECT_TRUE(SortedSetsOverlapReaches(none, some, 0));
  EXPECT_TRUE(SortedSetsOverlapReaches(some, some, 1.0));
}

}  // namespace
}  // namespace crosscheck::reconcile
