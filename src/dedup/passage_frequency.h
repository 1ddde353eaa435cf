// Common passages: how many documents carry each block (paragraph), so that furniture
// repeated across many documents (a footer, a disclaimer, a newsletter blurb) is not taken
// for reused copy, while a story reprinted by many outlets still is.
//
// Rule: a block's fingerprint is the mix of its two largest shingle sketch keys (its only key
// for a one-shingle block), so identical or near-identical paragraphs share it, and two
// unrelated paragraphs share it only when they share both top shingles. A block carried by D
// documents weighs min(1, common_passage_documents / D); every shingle weighs as its block
// (the heaviest, if in several). Containment is then weighted on both sides: a pair that
// shares only a common footer has little weight in common, while the copies of a story
// carried by many outlets are down-weighted all over and keep their containment.
//
// BlockFrequency counts fingerprints exactly, at the end rather than as documents come:
// each document's distinct fingerprints wait in a spill arena (base/spill_arena.h: 4 bytes
// each, an unlinked temporary file past 1 MiB); the first Count after an AddDocument counts
// them all, a share of the fingerprint space at a time (sort and count runs: at most 4M
// fingerprints in memory at once), and keeps in memory only the fingerprints carried by more
// than `keep_above` documents, with their counts. The detector keeps those above
// common_passage_documents, the only ones weighing under 1: a few bytes per common passage
// instead of ~10 per distinct block, and the same weights. (A count-min sketch that grows by
// copying counters drifts upward by about one count per doubling; exact counts keep the
// detector equal to the exact reference.)
// Not thread-safe, Count included (it counts on first use); once counted, Count may be
// shared by readers.
#ifndef CROSSCHECK_DEDUP_PASSAGE_FREQUENCY_H_
#define CROSSCHECK_DEDUP_PASSAGE_FREQUENCY_H_

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "base/spill_arena.h"
#include "dedup/shingle.h"

namespace crosscheck {

// Document counts saturate here (a weight floor of common_passage_documents / 255).
inline constexpr uint32_t kMaxCountedDocuments = 255;

// Fingerprint of each block of a document's shingles (any order, repeats allowed), indexed
// by block number; 0 for a block without shingles. Never 0 otherwise.
std::vector<uint32_t> BlockFingerprints(std::span<const BlockShingle> shingles);

// Weight of a block that `documents` documents carry (see the top of the file).
float CommonPassageWeight(uint32_t documents, uint32_t common_passage_documents);

class BlockFrequency {
 public:
  // Counts are kept for fingerprints carried by more than `keep_above` documents. Default: 0
  // (all of them).
  explicit BlockFrequency(uint32_t keep_above = 0) : keep_above_(keep_above) {}

  // Counts one document: each distinct non-zero fingerprint once.
  void AddDocument(std::span<const uint32_t> fingerprints);
  // Documents carrying `fingerprint` (saturates at 255) when that is more than keep_above,
  // else 0. O(log c) for c counts kept, after the counting pass (see the top of the file).
  uint32_t Count(uint32_t fingerprint) const;
  // Per-block weights of one document, from its fingerprints (exact as long as
  // common_passage_documents >= keep_above).
  std::vector<float> Weights(std::span<const uint32_t> fingerprints, uint32_t common_passage_documents) const;
  // Bytes held in memory: the arena's in-memory tail and the counts kept.
  size_t MemoryBytes() const {
    return arena_.MemoryBytes() + common_.size() * (sizeof(uint32_t) + sizeof(uint8_t));
  }

 private:
  // Fingerprints counted at once, at most (unless one share of the space holds more).
  static constexpr size_t kFingerprintsPerShare = size_t{4} << 20;
  void CountAll() const;

  uint32_t keep_above_;
  SpillArena arena_;  // every document's distinct non-zero fingerprints, one after another
  std::vector<uint32_t> scratch_;
  // Counted (when counted_): fingerprints carried by more than keep_above_ documents,
  // ascending, and their counts.
  mutable bool counted_ = true;
  mutable std::vector<uint32_t> common_;
  mutable std::vector<uint8_t> common_counts_;
};

}  // namespace crosscheck

#endif  // CROSSCHECK_DEDUP_PASSAGE_FREQUENCY_H_
