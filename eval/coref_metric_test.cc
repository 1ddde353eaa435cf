#include "coref_metric.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <numeric>
#include <random>

namespace crosscheck {
namespace {

// Key {1,2,3} {4,5}; response {1,2} {3,4,5}: worked out by hand from the definitions.
TEST(ScoreCoreference, HandWorkedExample) {
  const CorefScores s = ScoreCoreference({"a", "a", "a", "b", "b"}, {"x", "x", "y", "y", "y"});
  EXPECT_NEAR(s.muc.recall, 2.0 / 3, 1e-9);
  EXPECT_NEAR(s.muc.precision, 2.0 / 3, 1e-9);
  EXPECT_NEAR(s.b_cubed.precision, 11.0 / 15, 1e-9);
  EXPECT_NEAR(s.b_cubed.recall, 11.0 / 15, 1e-9);
  EXPECT_NEAR(s.ceaf_e.recall, 0.8, 1e-9);
  EXPECT_NEAR(s.ceaf_e.precision, 0.8, 1e-9);
  EXPECT_NEAR(s.conll_f1, (2.0 / 3 + 11.0 / 15 + 0.8) / 3, 1e-9);
}

TEST(ScoreCoreference, IdenticalPartitionsScoreOne) {
  const CorefScores s = ScoreCoreference({"a", "b", "a", "c"}, {"p", "q", "p", "r"});
  EXPECT_DOUBLE_EQ(s.muc.f1, 1.0);
  EXPECT_DOUBLE_EQ(s.b_cubed.f1, 1.0);
  EXPECT_DOUBLE_EQ(s.ceaf_e.f1, 1.0);
}

TEST(ScoreCoreference, AllSingletonsHaveNoLinks) {
  const CorefScores s = ScoreCoreference({"a", "a", "b"}, {"1", "2", "3"});
  EXPECT_DOUBLE_EQ(s.muc.recall, 0.0);
  EXPECT_DOUBLE_EQ(s.muc.f1, 0.0);
  EXPECT_DOUBLE_EQ(s.b_cubed.precision, 1.0);
  EXPECT_NEAR(s.b_cubed.recall, (0.5 + 0.5 + 1.0) / 3, 1e-9);
}

// The assignment against every permutation, on random small matrices.
TEST(MaxWeightAssignment, MatchesBruteForce) {
  std::mt19937 rng(11);
  for (int round = 0; round < 200; ++round) {
    const size_t rows = 1 + rng() % 5, columns = 1 + rng() % 5;
    std::vector<double> weights(rows * columns);
    for (double& w : weights) w = (rng() % 4 == 0) ? 0.0 : static_cast<double>(rng() % 1000) / 997;
    const size_t n = std::max(rows, columns);
    std::vector<size_t> perm(n);
    std::iota(perm.begin(), perm.end(), 0);
    double best = 0;
    do {
      double total = 0;
      for (size_t r = 0; r < rows; ++r) {
        if (perm[r] < columns) total += weights[r * columns + perm[r]];
      }
      best = std::max(best, total);
    } while (std::next_permutation(perm.begin(), perm.end()));
    EXPECT_NEAR(MaxWeightAssignment(weights, rows, columns), best, 1e-9);
  }
}

}  // namespace
}  // namespace crosscheck
