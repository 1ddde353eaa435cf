#include "dedup/sketch.h"

#include <algorithm>
#include <array>
#include <bit>

namespace crosscheck {

uint32_t SketchKey(uint64_t shingle_hash) {
  const uint32_t leading_zeros = std::min<uint32_t>(std::countl_zero(shingle_hash), kMaxLevel);
  constexpr uint64_t kLowBitsMask = (uint64_t{1} << kLevelShift) - 1;
  return (leading_zeros << kLevelShift) | static_cast<uint32_t>(shingle_hash & kLowBitsMask);
}

uint32_t SketchStore::Add(DocIndex doc, std::span<const BlockShingle> shingles) {
  constexpr uint32_t kMaxBlock = 255;
  std::vector<std::pair<uint32_t, uint8_t>>& entries = scratch_;
  entries.clear();
  std::array<uint32_t, kMaxLevel + 1> per_level{};
  for (const BlockShingle& shingle : shingles) {
    const uint32_t key = SketchKey(shingle.hash);
    entries.emplace_back(key, static_cast<uint8_t>(std::min(shingle.block, kMaxBlock)));
    ++per_level[key >> kLevelShift];
  }
  // Block anchors: the largest key of each block, kept below the sampling level too, so that
  // a short document's paragraph reprinted whole inside a long, sparsely sampled one still
  // shares a key with it (candidates only; estimates use the level sample alone).
  std::vector<uint32_t>& anchor_of_block = anchor_scratch_;
  anchor_of_block.clear();
  for (const BlockShingle& shingle : shingles) {
    if (shingle.block >= anchor_of_block.size()) anchor_of_block.resize(shingle.block + 1, 0);
    anchor_of_block[shingle.block] = std::max(anchor_of_block[shingle.block], SketchKey(shingle.hash));
  }
  std::sort(anchor_of_block.begin(), anchor_of_block.end());
  anchor_of_block.erase(std::unique(anchor_of_block.begin(), anchor_of_block.end()), anchor_of_block.end());
  // Smallest level whose sample plus the anchors under it fits the budget.
  uint32_t level = 0;
  size_t sampled = entries.size();
  auto anchors_under = [&](uint32_t candidate_level) {
    return static_cast<size_t>(std::lower_bound(anchor_of_block.begin(), anchor_of_block.end(),
                                                candidate_level << kLevelShift) -
                               anchor_of_block.begin());
  };
  while (sampled + anchors_under(level) > kMaxSketchEntries && level < kMaxLevel) {
    sampled -= per_level[level];
    ++level;
  }
  const uint32_t min_key = level << kLevelShift;
  std::erase_if(entries, [&](const auto& entry) {
    return entry.first < min_key &&
           !std::binary_search(anchor_of_block.begin(), anchor_of_block.end(), entry.first);
  });
  std::sort(entries.begin(), entries.end());
  // Repeated shingles, and distinct hashes sharing 28 low bits: one entry per key, first block.
  entries.erase(std::unique(entries.begin(), entries.end(),
                            [](const auto& x, const auto& y) { return x.first == y.first; }),
                entries.end());
  if (entries.size() > kMaxSketchEntries) {  // only past the deepest level: keep the rarest
    entries.erase(entries.begin(), entries.end() - kMaxSketchEntries);
  }
  for (const auto& [key, block] : entries) {
    keys_.push_back(key);
    blocks_.push_back(block);
  }
  offsets_.push_back(keys_.size());
  docs_.push_back(doc);
  // Level 0 keeps every shingle: the entries are the document's distinct keys.
  distinct_.push_back(level == 0 ? static_cast<uint32_t>(entries.size()) : static_cast<uint32_t>(shingles.size()));
  levels_.push_back(static_cast<uint8_t>(level));
  return static_cast<uint32_t>(docs_.size() - 1);
}

SketchColumns SketchStore::View(uint32_t slot, uint32_t level) const {
  const uint32_t* begin = keys_.data() + offsets_[slot];
  const uint32_t* end = keys_.data() + offsets_[slot + 1];
  const uint32_t* first = std::lower_bound(begin, end, level << kLevelShift);
  const size_t skip = first - begin;
  return {std::span<const uint32_t>(first, end),
          std::span<const uint8_t>(blocks_.data() + offsets_[slot] + skip, end - first)};
}

Overlap SketchStore::Compare(uint32_t slot_a, uint32_t slot_b, bool with_passages,
                             const PassageThresholds& thresholds) const {
  const uint32_t level = std::max(levels_[slot_a], levels_[slot_b]);
  return MeasureOverlap(View(slot_a, level), View(slot_b, level), with_passages, thresholds);
}

size_t SketchStore::MemoryBytes() const {
  return keys_.size() * sizeof(uint32_t) + blocks_.size() * sizeof(uint8_t) +
         offsets_.size() * sizeof(size_t) + docs_.size() * sizeof(DocIndex) +
         distinct_.size() * sizeof(uint32_t) + levels_.size() * sizeof(uint8_t);
}

}  // namespace crosscheck
