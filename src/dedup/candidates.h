// Candidate pairs for reuse: documents whose sketches share at least two stored keys (one
// when either is sampled at level 2 or deeper, where one trace may be all a reprint leaves).
//
// This is the LSH step, done as an inverted index over the sampled keys (each key a "band"
// of one). A key stored by more than kMaxPostingDocuments documents is *common* (a phrase
// many documents carry: boilerplate, stock phrases, or a story reprinted by many outlets)
// and stops generating all its pairs: it links each document only to the next
// kCommonKeyWindow documents of its posting list, so a large reprint family stays connected
// for grouping (not every pair of it is listed) and cost per stored key is bounded.
// A candidate whose shared keys are all common is flagged `common_only`: the detector then
// asks its sketch estimate to pass the threshold itself before verifying.
//
// Cost: O(E) for E stored entries (two counting-sort passes on the keys' hash bits into
// buckets of ~32 entries, each sorted), plus at most kMaxPostingDocuments pair records per
// entry, plus O(C log C) to sort the C candidates. Memory is bounded, not proportional to E or
// to the pairs: the postings are grouped a share of the key space at a time (4M postings,
// 16 bytes each while grouping), and the pair records (8 bytes each) are totalled one range of
// 8,192 first slots at a time (12 bytes per distinct pair of the range, at most half load);
// both wait their turn in a spill arena (base/spill_arena.h, an unlinked temporary file past
// 1 MiB). Reads the store's sketches once, in slot order. Thread-safe when the store is not
// written meanwhile.
#ifndef CROSSCHECK_DEDUP_CANDIDATES_H_
#define CROSSCHECK_DEDUP_CANDIDATES_H_

#include <cstddef>
#include <cstdint>
#include <vector>

#include "dedup/sketch.h"

namespace crosscheck {

inline constexpr size_t kMaxPostingDocuments = 32;
inline constexpr size_t kCommonKeyWindow = 4;

struct CandidatePair {
  uint32_t first = 0;   // slot, first < second
  uint32_t second = 0;
  bool common_only = false;  // every shared key is common
};

// How much of the index is worked on at once: memory, not results (any values give the
// same candidates; tests use small ones to check that).
struct CandidateLimits {
  // Postings grouped at once, at most (unless one of the 1,024 key partitions holds more):
  // 16 bytes each while grouping. Default: 4M.
  size_t postings_per_group = size_t{4} << 20;
  // First slots whose pair records are totalled at once. Default: 8,192.
  size_t slots_per_pair_range = 8192;
};

// Ascending by (first, second), without repeats.
std::vector<CandidatePair> FindCandidatePairs(const SketchStore& store, const CandidateLimits& limits = {});

}  // namespace crosscheck

#endif  // CROSSCHECK_DEDUP_CANDIDATES_H_
