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
// BlockFrequency counts fingerprints exactly in an open-addressing table (32-bit fingerprint
// + 8-bit count saturating at 255, linear probing, grows x2 at 70% load): about 10 bytes per
// distinct block, O(1) expected per block. (A count-min sketch that grows by copying
// counters drifts upward by about one count per doubling; exact counts keep the detector
// equal to the exact reference.)
// Not thread-safe for writes; Count may be shared by readers.
#ifndef CROSSCHECK_DEDUP_PASSAGE_FREQUENCY_H_
#define CROSSCHECK_DEDUP_PASSAGE_FREQUENCY_H_

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

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
  // Counts one document: each distinct non-zero fingerprint once.
  void AddDocument(std::span<const uint32_t> fingerprints);
  // Documents carrying `fingerprint` (saturates at 255).
  uint32_t Count(uint32_t fingerprint) const;
  // Per-block weights of one document, from its fingerprints.
  std::vector<float> Weights(std::span<const uint32_t> fingerprints, uint32_t common_passage_documents) const;
  size_t MemoryBytes() const { return fingerprints_.size() * (sizeof(uint32_t) + sizeof(uint8_t)); }

 private:
  static constexpr size_t kInitialSlots = 16;
  static constexpr uint32_t kEmpty = 0;  // fingerprints are never 0
  size_t Find(uint32_t fingerprint) const;  // its slot, or the empty slot where it would go
  void Grow();
  std::vector<uint32_t> fingerprints_;
  std::vector<uint8_t> counts_;
  size_t size_ = 0;
  std::vector<uint32_t> scratch_;
};

}  // namespace crosscheck

#endif  // CROSSCHECK_DEDUP_PASSAGE_FREQUENCY_H_
