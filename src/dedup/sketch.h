// Containment sketches: per document, a bounded consistent sample of its shingles (at most
// kMaxSketchEntries entries of 5 bytes: under 1 KiB), kept in one spill arena
// (base/spill_arena.h: an unlinked temporary file once past 1 MiB), so that what stays in
// memory is 10 bytes of bookkeeping per document; entries are read back per slot.
//
// Why not plain MinHash: a bottom-k or k-permutation signature estimates Jaccard, and a
// partial reprint (40% of a story inside a three times longer article) has Jaccard near 0.15.
// Here every document keeps *all* its shingles whose hash has at least `level` leading zero
// bits (a 2^-level sample, Broder's MODm sketch with nested levels); `level` is the smallest
// that fits the budget, so short documents are kept whole and exact. Two documents are
// compared at the larger of their levels, where both samples are consistent, giving
// unbiased containment in both directions (and Jaccard) from the same sample.
//
// Each block also keeps its largest key as an anchor, even below the level, so that a short
// document's paragraph reprinted whole inside a long document shares a key with it; anchors
// serve candidate search only (they are below the level, outside View(level)).
// Stored key: bits 28..31 = min(leading zeros of the 64-bit hash, 15); bits 0..27 = low hash
// bits. Keys at level L are exactly those >= L << 28: a suffix of the sorted keys.
// Add: O(n + k log k) for n shingles, k kept. View: O(k), one read of the slot's record
// into the caller's buffer (none when the buffer holds it already). Not thread-safe: Compare
// reads through the store's own buffers; View with a buffer per thread may be shared.
#ifndef CROSSCHECK_DEDUP_SKETCH_H_
#define CROSSCHECK_DEDUP_SKETCH_H_

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "base/record_index.h"
#include "base/spill_arena.h"
#include "dedup/overlap.h"
#include "dedup/shingle.h"
#include "model/corpus.h"

namespace crosscheck {

// Budget of sampled shingles per document: 200 x (4-byte key + 1-byte block) = 1000 bytes.
inline constexpr size_t kMaxSketchEntries = 200;
inline constexpr int kLevelShift = 28;
inline constexpr uint32_t kMaxLevel = 15;

using SketchColumns = ShingleColumns<uint32_t, uint8_t>;

// The sketch key of a 64-bit shingle hash (see the top of this file).
uint32_t SketchKey(uint64_t shingle_hash);

// One slot's entries as read back from the store, reusable between reads.
struct SketchBuffer {
  static constexpr uint32_t kNoSlot = UINT32_MAX;
  std::vector<uint32_t> keys;
  std::vector<uint8_t> blocks;
  uint32_t slot = kNoSlot;  // whose entries it holds
};

class SketchStore {
 public:
  // Sketches `shingles` (any order, repeats allowed) as the next slot. Returns the slot number.
  uint32_t Add(DocIndex doc, std::span<const BlockShingle> shingles);

  size_t size() const { return docs_.size(); }
  DocIndex doc(uint32_t slot) const { return docs_[slot]; }
  uint32_t level(uint32_t slot) const { return levels_[slot]; }
  // Shingles of the whole document: distinct at level 0, with repeats above.
  uint32_t shingle_count(uint32_t slot) const { return distinct_[slot]; }
  // True when the sketch holds every shingle of the document (level 0, nothing cut).
  bool complete(uint32_t slot) const { return levels_[slot] == 0 && entries(slot) == distinct_[slot]; }
  size_t entries(uint32_t slot) const { return records_.length(slot); }

  // Every stored key of the slot (sample and anchors), for the candidate index; the spans
  // point into `buffer`. Empty if the spill file cannot be read.
  SketchColumns AllEntries(uint32_t slot, SketchBuffer& buffer) const { return View(slot, 0, buffer); }
  // The slot's sample restricted to `level` (>= its own level), read into `buffer`.
  SketchColumns View(uint32_t slot, uint32_t level, SketchBuffer& buffer) const;
  // Both slots at their common level.
  Overlap Compare(uint32_t slot_a, uint32_t slot_b, bool with_passages,
                  const PassageThresholds& thresholds = {}) const;

  // Bytes held in memory for all documents (bookkeeping and the arena's in-memory tail,
  // excluding vector slack; entries written out to the spill file are not counted).
  size_t MemoryBytes() const;

 private:
  // Slot s's record in arena_: its keys (ascending), then its blocks (block index saturated
  // at 255, parallel), at byte kEntryBytes * records_.start(s).
  static constexpr size_t kEntryBytes = sizeof(uint32_t) + sizeof(uint8_t);
  static_assert(kMaxSketchEntries <= UINT8_MAX, "entry counts are kept in a byte");
  SpillArena arena_;
  RecordIndex<uint8_t> records_;  // slot -> entries, and where they start
  std::vector<DocIndex> docs_;
  std::vector<uint32_t> distinct_;
  std::vector<uint8_t> levels_;
  // Reused between calls to Add (no allocation per document once warm).
  std::vector<std::pair<uint32_t, uint8_t>> scratch_;
  std::vector<uint32_t> anchor_scratch_;
  std::vector<char> record_scratch_;
  // Compare's two sides (the first usually repeats: candidates come sorted by first slot).
  mutable SketchBuffer compare_a_, compare_b_;
};

}  // namespace crosscheck

#endif  // CROSSCHECK_DEDUP_SKETCH_H_
