#include "dedup/sketch.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>

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
  record_scratch_.resize(entries.size() * kEntryBytes);
  char* blocks = record_scratch_.data() + entries.size() * sizeof(uint32_t);
  for (size_t i = 0; i < entries.size(); ++i) {
    std::memcpy(record_scratch_.data() + i * sizeof(uint32_t), &entries[i].first, sizeof(uint32_t));
    blocks[i] = static_cast<char>(entries[i].second);
  }
  arena_.Append(record_scratch_.data(), record_scratch_.size());
  records_.Push(static_cast<uint8_t>(entries.size()));
  docs_.push_back(doc);
  // Level 0 keeps every shingle: the entries are the document's distinct keys.
  distinct_.push_back(level == 0 ? static_cast<uint32_t>(entries.size()) : static_cast<uint32_t>(shingles.size()));
  levels_.push_back(static_cast<uint8_t>(level));
  return static_cast<uint32_t>(docs_.size() - 1);
}

SketchColumns SketchStore::View(uint32_t slot, uint32_t level, SketchBuffer& buffer) const {
  if (buffer.slot != slot) {
    const size_t count = entries(slot);
    const uint64_t start = uint64_t{kEntryBytes} * records_.start(slot);
    buffer.keys.resize(count);
    buffer.blocks.resize(count);
    buffer.slot = slot;
    if (!arena_.Read(start, buffer.keys.data(), count * sizeof(uint32_t)) ||
        !arena_.Read(start + count * sizeof(uint32_t), buffer.blocks.data(), count)) {
      buffer.keys.clear();  // the spill file failed: the slot reads as empty
      buffer.blocks.clear();
    }
  }
  const auto first = std::lower_bound(buffer.keys.begin(), buffer.keys.end(), level << kLevelShift);
  const size_t skip = static_cast<size_t>(first - buffer.keys.begin());
  return {std::span<const uint32_t>(buffer.keys).subspan(skip), std::span<const uint8_t>(buffer.blocks).subspan(skip)};
}

Overlap SketchStore::Compare(uint32_t slot_a, uint32_t slot_b, bool with_passages,
                             const PassageThresholds& thresholds) const {
  const uint32_t level = std::max(levels_[slot_a], levels_[slot_b]);
  const SketchColumns a = View(slot_a, level, compare_a_);
  const SketchColumns b = View(slot_b, level, compare_b_);
  return MeasureOverlap(a, b, with_passages, thresholds);
}

size_t SketchStore::MemoryBytes() const {
  return arena_.MemoryBytes() + records_.MemoryBytes() + docs_.size() * sizeof(DocIndex) +
         distinct_.size() * sizeof(uint32_t) + levels_.size() * sizeof(uint8_t);
}

}  // namespace crosscheck
