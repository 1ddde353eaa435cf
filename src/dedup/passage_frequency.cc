#include "dedup/passage_frequency.h"

#include <algorithm>
#include <limits>

#include "dedup/sketch.h"

namespace crosscheck {
namespace {

uint64_t Mix(uint64_t value) {  // splitmix64 finalizer
  value ^= value >> 30;
  value *= 0xBF58476D1CE4E5B9ULL;
  value ^= value >> 27;
  value *= 0x94D049BB133111EBULL;
  return value ^ (value >> 31);
}

constexpr uint8_t kSaturated = kMaxCountedDocuments;
static_assert(kMaxCountedDocuments <= std::numeric_limits<uint8_t>::max());

}  // namespace

std::vector<uint32_t> BlockFingerprints(std::span<const BlockShingle> shingles) {
  // Per block: the largest and second largest distinct sketch key.
  std::vector<std::pair<uint32_t, uint32_t>> top;
  std::vector<bool> seen;
  for (const BlockShingle& shingle : shingles) {
    if (shingle.block >= top.size()) {
      top.resize(shingle.block + 1, {0, 0});
      seen.resize(shingle.block + 1, false);
    }
    const uint32_t key = SketchKey(shingle.hash);
    auto& [first, second] = top[shingle.block];
    if (!seen[shingle.block]) {
      seen[shingle.block] = true;
      first = key;
      second = key;
    } else if (key > first) {
      second = first;
      first = key;
    } else if (key < first && (second == first || key > second)) {
      second = key;
    }
  }
  std::vector<uint32_t> fingerprints(top.size(), 0);
  for (size_t block = 0; block < top.size(); ++block) {
    if (!seen[block]) continue;
    const uint32_t fingerprint = static_cast<uint32_t>(Mix(uint64_t{top[block].first} << 32 | top[block].second));
    fingerprints[block] = fingerprint == 0 ? 1 : fingerprint;
  }
  return fingerprints;
}

float CommonPassageWeight(uint32_t documents, uint32_t common_passage_documents) {
  if (documents <= common_passage_documents || documents == 0) return 1.0f;
  return static_cast<float>(common_passage_documents) / static_cast<float>(documents);
}

size_t BlockFrequency::Find(uint32_t fingerprint) const {
  const size_t mask = fingerprints_.size() - 1;
  for (size_t slot = static_cast<size_t>(Mix(fingerprint)) & mask;; slot = (slot + 1) & mask) {
    if (fingerprints_[slot] == fingerprint || fingerprints_[slot] == kEmpty) return slot;
  }
}

void BlockFrequency::Grow() {
  std::vector<uint32_t> old_fingerprints = std::move(fingerprints_);
  std::vector<uint8_t> old_counts = std::move(counts_);
  fingerprints_.assign(std::max(kInitialSlots, old_fingerprints.size() * 2), kEmpty);
  counts_.assign(fingerprints_.size(), 0);
  for (size_t slot = 0; slot < old_fingerprints.size(); ++slot) {
    if (old_fingerprints[slot] == kEmpty) continue;
    const size_t new_slot = Find(old_fingerprints[slot]);
    fingerprints_[new_slot] = old_fingerprints[slot];
    counts_[new_slot] = old_counts[slot];
  }
}

void BlockFrequency::AddDocument(std::span<const uint32_t> fingerprints) {
  scratch_.assign(fingerprints.begin(), fingerprints.end());
  std::sort(scratch_.begin(), scratch_.end());
  scratch_.erase(std::unique(scratch_.begin(), scratch_.end()), scratch_.end());
  for (uint32_t fingerprint : scratch_) {
    if (fingerprint == kEmpty) continue;
    if ((size_ + 1) * 10 > fingerprints_.size() * 7) Grow();
    const size_t slot = Find(fingerprint);
    if (fingerprints_[slot] == kEmpty) {
      fingerprints_[slot] = fingerprint;
      ++size_;
    }
    if (counts_[slot] != kSaturated) ++counts_[slot];
  }
}

uint32_t BlockFrequency::Count(uint32_t fingerprint) const {
  if (fingerprints_.empty() || fingerprint == kEmpty) return 0;
  return counts_[Find(fingerprint)];
}

std::vector<float> BlockFrequency::Weights(std::span<const uint32_t> fingerprints,
                                           uint32_t common_passage_documents) const {
  std::vector<float> weights(fingerprints.size(), 1.0f);
  for (size_t block = 0; block < fingerprints.size(); ++block) {
    if (fingerprints[block] != 0) weights[block] = CommonPassageWeight(Count(fingerprints[block]), common_passage_documents);
  }
  return weights;
}

}  // namespace crosscheck
