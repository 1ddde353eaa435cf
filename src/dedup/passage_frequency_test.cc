#include "dedup/passage_frequency.h"

#include <gtest/gtest.h>

#include <map>
#include <random>
#include <vector>

namespace crosscheck {
namespace {

TEST(BlockFrequency, CountsDocumentsExactly) {
  std::mt19937 random(3);
  BlockFrequency frequency;
  std::map<uint32_t, uint32_t> exact;
  std::vector<uint32_t> heavy;
  for (int i = 0; i < 3; ++i) heavy.push_back(random() | 1);  // ~555 documents each: saturates
  for (int doc = 0; doc < 5000; ++doc) {
    std::vector<uint32_t> fingerprints;
    for (int block = 0; block < 12; ++block) fingerprints.push_back(random() | 1);
    if (doc % 3 == 0) fingerprints.push_back(heavy[doc % heavy.size()]);
    fingerprints.push_back(fingerprints.front());  // a repeat counts once
    frequency.AddDocument(fingerprints);
    std::sort(fingerprints.begin(), fingerprints.end());
    fingerprints.erase(std::unique(fingerprints.begin(), fingerprints.end()), fingerprints.end());
    for (uint32_t fingerprint : fingerprints) ++exact[fingerprint];
  }
  size_t wrong = 0;
  for (const auto& [fingerprint, count] : exact) {
    const uint32_t estimate = frequency.Count(fingerprint);
    wrong += estimate != std::min(count, kMaxCountedDocuments);
  }
  EXPECT_EQ(wrong, 0u);
  EXPECT_EQ(frequency.Count(2), 0u);  // never added (added ones are odd)
  EXPECT_LE(frequency.MemoryBytes(), 15 * exact.size());
}

TEST(BlockFrequency, KeepsCountsAboveTheLimitAndRecountsAfterAdding) {
  BlockFrequency frequency(/*keep_above=*/2);
  const std::vector<uint32_t> common = {7, 0, 5, 7};  // repeats and empty blocks count once
  const std::vector<uint32_t> rare = {9, 5};
  for (int doc = 0; doc < 3; ++doc) frequency.AddDocument(common);
  frequency.AddDocument(rare);
  EXPECT_EQ(frequency.Count(5), 4u);
  EXPECT_EQ(frequency.Count(7), 3u);
  EXPECT_EQ(frequency.Count(9), 0u);  // one document: at or below the limit
  EXPECT_EQ(frequency.Count(0), 0u);
  frequency.AddDocument(rare);
  frequency.AddDocument(rare);
  EXPECT_EQ(frequency.Count(9), 3u);
  EXPECT_EQ(frequency.Count(5), 6u);
  const std::vector<float> weights = frequency.Weights(std::vector<uint32_t>{5, 9, 0}, 3);
  EXPECT_FLOAT_EQ(weights[0], 0.5f);
  EXPECT_EQ(weights[1], 1.0f);
  EXPECT_EQ(weights[2], 1.0f);
}

TEST(BlockFingerprints, SameParagraphSameFingerprint) {
  std::vector<BlockShingle> shingles = {{10, 0}, {20, 0}, {30, 0}, {10, 2}, {20, 2}, {30, 2}, {99, 1}};
  const std::vector<uint32_t> fingerprints = BlockFingerprints(shingles);
  ASSERT_EQ(fingerprints.size(), 3u);
  EXPECT_EQ(fingerprints[0], fingerprints[2]);
  EXPECT_NE(fingerprints[0], fingerprints[1]);
  EXPECT_NE(fingerprints[1], 0u);
}

TEST(CommonPassageWeight, DownWeightsAboveTheLimit) {
  EXPECT_EQ(CommonPassageWeight(3, 8), 1.0f);
  EXPECT_EQ(CommonPassageWeight(8, 8), 1.0f);
  EXPECT_FLOAT_EQ(CommonPassageWeight(16, 8), 0.5f);
}

}  // namespace
}  // namespace crosscheck
