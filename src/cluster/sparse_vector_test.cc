#include "cluster/sparse_vector.h"

#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <random>

namespace crosscheck {
namespace {

SparseVector RandomVector(std::mt19937& rng, size_t max_terms) {
  std::map<TermId, float> terms;
  std::uniform_int_distribution<TermId> term(0, 60);
  std::uniform_real_distribution<float> weight(0.01f, 2.0f);
  const size_t count = std::uniform_int_distribution<size_t>(0, max_terms)(rng);
  for (size_t i = 0; i < count; ++i) terms[term(rng)] = weight(rng);
  SparseVector v;
  for (const auto& [id, w] : terms) v.push_back({id, w});
  return v;
}

// The merges checked against an obvious map-based version on random input.
TEST(SparseVectorTest, DotAndAddMatchDenseMaps) {
  std::mt19937 rng(7);
  for (int round = 0; round < 200; ++round) {
    SparseVector a = RandomVector(rng, 30), b = RandomVector(rng, 30);
    std::map<TermId, double> dense_a, dense_b;
    for (const WeightedTerm& t : a) dense_a[t.term] = t.weight;
    for (const WeightedTerm& t : b) dense_b[t.term] = t.weight;
    double dot = 0;
    for (const auto& [id, w] : dense_a) {
      if (dense_b.count(id)) dot += w * dense_b[id];
    }
    EXPECT_NEAR(Dot(a, b), dot, 1e-4);

    std::vector<TermId> new_terms;
    size_t expected_new = 0;
    for (const auto& [id, w] : dense_b) {
      expected_new += dense_a.count(id) == 0;
      dense_a[id] += 0.5 * w;
    }
    EXPECT_EQ(AddScaled(a, b, 0.5f, &new_terms), expected_new);
    EXPECT_EQ(new_terms.size(), expected_new);
    ASSERT_EQ(a.size(), dense_a.size());
    size_t i = 0;
    for (const auto& [id, w] : dense_a) {
      EXPECT_EQ(a[i].term, id);
      EXPECT_NEAR(a[i].weight, w, 1e-4);
      ++i;
    }
  }
}

TEST(SparseVectorTest, KeepHeaviestKeepsTopTermsSorted) {
  SparseVector v = {{1, 0.5f}, {3, 2.0f}, {4, 0.1f}, {9, 1.0f}, {12, 1.0f}};
  std::vector<TermId> dropped;
  KeepHeaviest(v, 3, &dropped);
  ASSERT_EQ(v.size(), 3u);
  EXPECT_EQ(v[0].term, 3u);
  EXPECT_EQ(v[1].term, 9u);
  EXPECT_EQ(v[2].term, 12u);
  EXPECT_EQ(dropped.size(), 2u);
  EXPECT_FLOAT_EQ(WeightOf(v, 9), 1.0f);
  EXPECT_FLOAT_EQ(WeightOf(v, 1), 0.0f);
}

TEST(SparseVectorTest, NormalizeGivesUnitLength) {
  SparseVector v = {{2, 3.0f}, {5, 4.0f}};
  Normalize(v);
  EXPECT_NEAR(Norm(v), 1.0, 1e-6);
  SparseVector empty;
  Normalize(empty);
  EXPECT_TRUE(empty.empty());
}

// DotQuery against the merge it replaces: bit-for-bit the same sums, on vectors whose terms
// collide in the filter (term ids far apart and close together) and on empty ones.
TEST(SparseVectorTest, DotQueryEqualsWeightedDotExactly) {
  std::mt19937 random(42);
  const auto make = [&](size_t size, TermId range) {
    std::map<TermId, float> terms;
    std::uniform_int_distribution<TermId> term(0, range);
    std::uniform_real_distribution<float> weight(0.01f, 3.0f);
    while (terms.size() < size) terms[term(random)] = weight(random);
    SparseVector v;
    for (const auto& [id, w] : terms) v.push_back({id, w});
    return v;
  };
  const auto idf = [](TermId term) { return 1.0 + std::log1p(static_cast<double>(term % 97)); };
  for (int round = 0; round < 300; ++round) {
    const TermId range = round % 3 == 0 ? 500 : (round % 3 == 1 ? 5'000'000 : 20'000);
    const SparseVector query = make(round % 50, range);
    const DotQuery dot(query);
    for (int other = 0; other < 5; ++other) {
      const SparseVector centroid = make(static_cast<size_t>(other * 70), range);
      EXPECT_EQ(dot.Dot(centroid, idf), WeightedDot(query, centroid, idf));
    }
  }
}

}  // namespace
}  // namespace crosscheck
