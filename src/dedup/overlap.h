// Overlap between two documents' shingle lists: how many distinct shingles they share, and
// which blocks of one reappear in which blocks of the other (passage alignment).
//
// A shingle list is two parallel columns sorted by key: the shingle key and the block it
// occurs in (a key may repeat with different blocks). The same code serves the exact lists
// (64-bit keys, every shingle) and the sketches (32-bit keys, a consistent sample).
// Cost: O(|a| + |b|) for the counts; passages add O(p log p) for p co-occurring block pairs.
// Pure functions; thread-safe.
#ifndef CROSSCHECK_DEDUP_OVERLAP_H_
#define CROSSCHECK_DEDUP_OVERLAP_H_

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
  std::vector<PassageMatch> passages;  // sorted by (block_a, block_b); empty unless asked

  double ContainmentAInB() const { return distinct_a == 0 ? 0.0 : double(shared) / distinct_a; }
  double ContainmentBInA() const { return distinct_b == 0 ? 0.0 : double(shared) / distinct_b; }
  // Share of the smaller list's shingles found in the other one.
  double ContainmentOfSmaller() const;
  double Jaccard() const;
};

// Counts (and, when with_passages, aligns blocks: for each block of either side, its best
// partner block on the other side if they pass `thresholds`).
template <typename Key, typename BlockId>
Overlap MeasureOverlap(const ShingleColumns<Key, BlockId>& a, const ShingleColumns<Key, BlockId>& b,
                       bool with_passages, const PassageThresholds& thresholds = {});

// The ReusePair of documents doc_a and doc_b whose shingle lists gave `overlap` (doc_a is the
// overlap's a side); swaps sides so that pair.a < pair.b.
ReusePair MakeReusePair(DocIndex doc_a, DocIndex doc_b, const Overlap& overlap);

}  // namespace crosscheck

#endif  // CROSSCHECK_DEDUP_OVERLAP_H_
