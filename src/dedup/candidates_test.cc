#include "dedup/candidates.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <random>
#include <tuple>
#include <vector>

#include "dedup/sketch.h"

namespace crosscheck {
namespace {

using Candidates = std::vector<std::tuple<uint32_t, uint32_t, bool>>;

Candidates Find(const SketchStore& store, const CandidateLimits& limits = {}) {
  Candidates found;
  for (const CandidatePair& pair : FindCandidatePairs(store, limits)) {
    found.emplace_back(pair.first, pair.second, pair.common_only);
  }
  return found;
}

// Random sketches with the structures the index treats differently: families of documents
// sharing text (rare keys), a few phrases carried by many documents (common keys, more than
// kMaxPostingDocuments each), and lengths from a few shingles to well past the sketch budget
// (levels 0 to 3, anchors below the level).
void FillRandomStore(uint32_t documents, uint32_t seed, SketchStore& store) {
  std::mt19937_64 random(seed);
  std::vector<uint64_t> common(6);
  for (uint64_t& hash : common) hash = random();
  std::vector<std::vector<uint64_t>> families(documents / 5 + 1);
  for (std::vector<uint64_t>& family : families) {
    family.resize(40 + random() % 1200);
    for (uint64_t& hash : family) hash = random();
  }
  std::vector<BlockShingle> shingles;
  for (uint32_t doc = 0; doc < documents; ++doc) {
    shingles.clear();
    const std::vector<uint64_t>& family = families[random() % families.size()];
    const size_t own = random() % 300;
    for (size_t i = 0; i < family.size(); ++i) {
      if (random() % 3 != 0) shingles.push_back({family[i], static_cast<uint32_t>(i / 20)});
    }
    for (size_t i = 0; i < own; ++i) shingles.push_back({random(), static_cast<uint32_t>(100 + i / 20)});
    if (random() % 2 == 0) shingles.push_back({common[random() % common.size()], 99});
    store.Add(doc, shingles);
  }
}

// Grouping the postings a few at a time and totalling pairs a few first slots at a time give
// exactly the candidates of doing each at once.
TEST(FindCandidatePairs, SameCandidatesWhateverTheShares) {
  SketchStore store;
  FillRandomStore(600, 7, store);
  const Candidates at_once = Find(store, CandidateLimits{.postings_per_group = SIZE_MAX, .slots_per_pair_range = SIZE_MAX});
  ASSERT_GT(at_once.size(), 100u);
  size_t common_only = 0;
  for (size_t i = 0; i < at_once.size(); ++i) {
    common_only += std::get<2>(at_once[i]);
    if (i > 0) {
      ASSERT_LT(at_once[i - 1], at_once[i]);
    }
  }
  EXPECT_GT(common_only, 0u);
  for (const CandidateLimits limits : {CandidateLimits{.postings_per_group = 1000, .slots_per_pair_range = 7},
                                       CandidateLimits{.postings_per_group = 1, .slots_per_pair_range = 1},
                                       CandidateLimits{.postings_per_group = 20000, .slots_per_pair_range = 64},
                                       CandidateLimits{}}) {
    EXPECT_EQ(Find(store, limits), at_once)
        << limits.postings_per_group << " postings, " << limits.slots_per_pair_range << " slots";
  }
}

// A store past the spill arenas' memory budget reads back the same sketches.
TEST(FindCandidatePairs, SameCandidatesFromSpilledSketches) {
  SketchStore store;
  FillRandomStore(3000, 11, store);  // ~1.5 MB of sketches: past 1 MiB
  const Candidates candidates = Find(store);
  EXPECT_EQ(Find(store, CandidateLimits{.postings_per_group = 5000, .slots_per_pair_range = 100}), candidates);
  SketchBuffer first, again;
  for (uint32_t slot = 0; slot < store.size(); slot += 97) {
    const SketchColumns a = store.AllEntries(slot, first);
    const SketchColumns b = store.AllEntries(slot, again);
    ASSERT_EQ(a.keys.size(), store.entries(slot));
    EXPECT_TRUE(std::equal(a.keys.begin(), a.keys.end(), b.keys.begin(), b.keys.end()));
    EXPECT_TRUE(std::is_sorted(a.keys.begin(), a.keys.end()));
  }
}

}  // namespace
}  // namespace crosscheck
