#include "pipeline/shared_passages.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <tuple>
#include <vector>

namespace crosscheck {
namespace {

// The slow reference: every pair scanned for each document, in pair order.
std::vector<SharedPassages::Entry> Reference(const std::vector<ReusePair>& pairs, size_t count,
                                             DocIndex doc) {
  std::vector<SharedPassages::Entry> out;
  for (const ReusePair& pair : pairs) {
    if (pair.a >= count || pair.b >= count) continue;
    for (const PassageMatch& passage : pair.passages) {
      if (pair.a == doc) out.push_back({pair.b, passage.block_a, passage.similarity});
      if (pair.b == doc) out.push_back({pair.a, passage.block_b, passage.similarity});
    }
  }
  return out;
}

std::vector<ReusePair> RandomPairs(size_t documents, size_t pair_count, uint32_t seed) {
  std::mt19937 random(seed);
  std::uniform_int_distribution<DocIndex> doc(0, static_cast<DocIndex>(documents + 2));
  std::uniform_int_distribution<int> passages(0, 6);
  std::uniform_int_distribution<uint32_t> block(0, 40);
  std::uniform_real_distribution<double> similarity(0.5, 1.0);
  std::vector<ReusePair> pairs;
  for (size_t i = 0; i < pair_count; ++i) {
    ReusePair pair;
    pair.a = doc(random);
    pair.b = doc(random);
    if (pair.a == pair.b) continue;
    if (pair.a > pair.b) std::swap(pair.a, pair.b);
    for (int p = passages(random); p > 0; --p) {
      pair.passages.push_back({block(random), block(random), similarity(random)});
    }
    pairs.push_back(pair);
  }
  std::sort(pairs.begin(), pairs.end(), [](const ReusePair& x, const ReusePair& y) {
    return std::tie(x.a, x.b) < std::tie(y.a, y.b);
  });
  return pairs;
}

void ExpectSameAsReference(const std::vector<ReusePair>& pairs, size_t documents, size_t batch) {
  const SharedPassages shared(pairs, documents, batch);
  ASSERT_EQ(shared.documents(), documents);
  std::vector<SharedPassages::Entry> got;
  for (DocIndex doc = 0; doc < documents + 3; ++doc) {
    ASSERT_TRUE(shared.Of(doc, &got));
    const std::vector<SharedPassages::Entry> want = Reference(pairs, documents, doc);
    ASSERT_EQ(got.size(), doc < documents ? want.size() : 0) << "document " << doc;
    for (size_t i = 0; i < got.size(); ++i) {
      EXPECT_EQ(got[i].other, want[i].other);
      EXPECT_EQ(got[i].block, want[i].block);
      EXPECT_EQ(got[i].similarity, want[i].similarity);
    }
  }
}

TEST(SharedPassagesTest, EachDocumentGetsItsPassagesInPairOrderWhateverTheBatch) {
  // Pairs naming documents past the count and pairs without passages are dropped.
  const std::vector<ReusePair> pairs = RandomPairs(60, 400, 7);
  for (size_t batch : {size_t{1}, size_t{5}, size_t{64}, size_t{1} << 20}) {
    SCOPED_TRACE(batch);
    ExpectSameAsReference(pairs, 60, batch);
  }
}

TEST(SharedPassagesTest, SpilledPastItsMemoryBudgetReadsBackTheSame) {
  // About 300,000 entries of 16 bytes: several MiB, past the arena's 1 MiB tail.
  const std::vector<ReusePair> pairs = RandomPairs(3000, 50000, 11);
  const SharedPassages shared(pairs, 3000, 4096);
  EXPECT_GT(shared.entries() * sizeof(SharedPassages::Entry), size_t{2} << 20);
  EXPECT_LT(shared.MemoryBytes(), size_t{2} << 20);
  ExpectSameAsReference(pairs, 3000, 4096);
}

TEST(SharedPassagesTest, NoPairsNoEntries) {
  const SharedPassages shared({}, 4);
  std::vector<SharedPassages::Entry> got{{1, 2, 0.5}};
  for (DocIndex doc = 0; doc < 4; ++doc) {
    ASSERT_TRUE(shared.Of(doc, &got));
    EXPECT_TRUE(got.empty());
  }
  EXPECT_EQ(shared.entries(), 0u);
}

}  // namespace
}  // namespace crosscheck
