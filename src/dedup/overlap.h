// Overlap between two documents' shingle lists: how many distinct shingles they share, and
// which blocks of one reappear in which blocks of the other (passage alignment).
//
// A shingle list is two parallel columns sorted by key: the shingle key and the block it
// occurs in (a key may repeat with different blocks). The same code serves the exact lists
// (64-bit keys, every shingle) and the sketches (32-bit keys, a consistent sample).
// Optional block weights (dedup/passage_frequency.h) weigh each distinct key as its heaviest
// block; containments are then weighted, the counts stay plain.
// Cost: O(|a| + |b|) for the counts; passages add O(p log p) for p co-occurring block pairs.
// Pure functions; thread-safe.
#ifndef CROSSCHECK_DEDUP_OVERLAP_H_
#define CROSSCHECK_DEDUP_OVERLAP_H_

#include <algorithm>
#include <cstdint>
#include <span>
#include <vector>

#include "model/corpus.h"

namespace crosscheck {

template <typename Key, typename BlockId>
struct ShingleColumns {
  std::span<const Key> keys;        // ascending; equal keys are adjacent
  std::span<const BlockId> blocks;  // parallel to keys
};

struct PassageThresholds {
  // Two blocks align when this share of the smaller block's shingles is in the other.
  // Default: 0.5.
  double min_similarity = 0.5;
  // ... and they share at least this many shingles (or all of the smaller block's).
  // Default: 2.
  uint32_t min_shared = 2;
};

struct Overlap {
  uint32_t distinct_a = 0;  // distinct keys of a
  uint32_t distinct_b = 0;
  uint32_t shared = 0;      // distinct keys in both
  // Weighted sums (every key weighs 1 without block weights): all of a's keys, and a's keys
  // also in b; the same for b.
  double weight_a = 0, shared_weight_a = 0;
  double weight_b = 0, shared_weight_b = 0;
  std::vector<PassageMatch> passages;  // sorted by (block_a, block_b); empty unless asked

  // Weighted share of a's shingles found in b.
  double ContainmentAInB() const { return weight_a <= 0 ? 0.0 : shared_weight_a / weight_a; }
  double ContainmentBInA() const { return weight_b <= 0 ? 0.0 : shared_weight_b / weight_b; }
  // The larger of the two containments (unweighted: the share of the smaller list's
  // shingles found in the other one).
  double MaxContainment() const { return std::max(ContainmentAInB(), ContainmentBInA()); }
  // Shared keys as the lighter side weighs them (= shared without block weights).
  double SharedWeight() const { return std::min(shared_weight_a, shared_weight_b); }
  double Jaccard() const;  // unweighted
};

// Block weights of one side, indexed by block; blocks past the end weigh 1. Empty: all 1.
using BlockWeights = std::span<const float>;

// Counts (and, when with_passages, aligns blocks: for each block of either side, its best
// partner block on the other side if they pass `thresholds`).
template <typename Key, typename BlockId>
Overlap MeasureOverlap(const ShingleColumns<Key, BlockId>& a, const ShingleColumns<Key, BlockId>& b,
                       bool with_passages, const PassageThresholds& thresholds = {},
                       BlockWeights weights_a = {}, BlockWeights weights_b = {});

// The ReusePair of documents doc_a and doc_b whose shingle lists gave `overlap` (doc_a is the
// overlap's a side); swaps sides so that pair.a < pair.b.
ReusePair MakeReusePair(DocIndex doc_a, DocIndex doc_b, const Overlap& overlap);

}  // namespace crosscheck

#endif  // CROSSCHECK_DEDUP_OVERLAP_H_
