#include "dedup/passage_frequency.h"

#include <algorithm>
#include <bit>
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
constexpr uint32_t kNoFingerprint = 0;  // a block without shingles
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

void BlockFrequency::AddDocument(std::span<const uint32_t> fingerprints) {
  scratch_.assign(fingerprints.begin(), fingerprints.end());
  std::sort(scratch_.begin(), scratch_.end());
  scratch_.erase(std::unique(scratch_.begin(), scratch_.end()), scratch_.end());
  if (!scratch_.empty() && scratch_.front() == kNoFingerprint) scratch_.erase(scratch_.begin());
  arena_.Append(scratch_.data(), scratch_.size() * sizeof(uint32_t));
  counted_ = false;
}

void BlockFrequency::CountAll() const {
  common_.clear();
  common_counts_.clear();
  const uint64_t total = arena_.size() / sizeof(uint32_t);
  const size_t shares = std::bit_ceil(std::max<uint64_t>(1, total / kFingerprintsPerShare));
  std::vector<std::pair<uint32_t, uint8_t>> kept;
  std::vector<uint32_t> chunk(size_t{1} << 16);
  std::vector<uint32_t> share;
  for (size_t share_index = 0; share_index < shares; ++share_index) {
    share.clear();
    for (uint64_t at = 0; at < total; at += chunk.size()) {
      const size_t count = static_cast<size_t>(std::min<uint64_t>(chunk.size(), total - at));
      if (!arena_.Read(at * sizeof(uint32_t), chunk.data(), count * sizeof(uint32_t))) continue;
      for (size_t i = 0; i < count; ++i) {
        if ((Mix(chunk[i]) >> 40 & (shares - 1)) == share_index) share.push_back(chunk[i]);
      }
    }
    std::sort(share.begin(), share.end());
    for (size_t run_begin = 0; run_begin < share.size();) {
      size_t run_end = run_begin + 1;
      while (run_end < share.size() && share[run_end] == share[run_begin]) ++run_end;
      if (run_end - run_begin > keep_above_) {
        kept.emplace_back(share[run_begin], static_cast<uint8_t>(std::min<size_t>(run_end - run_begin, kSaturated)));
      }
      run_begin = run_end;
    }
  }
  std::sort(kept.begin(), kept.end());
  for (const auto& [fingerprint, count] : kept) {
    common_.push_back(fingerprint);
    common_counts_.push_back(count);
  }
  counted_ = true;
}

uint32_t BlockFrequency::Count(uint32_t fingerprint) const {
  if (!counted_) CountAll();
  const auto it = std::lower_bound(common_.begin(), common_.end(), fingerprint);
  if (fingerprint == kNoFingerprint || it == common_.end() || *it != fingerprint) return 0;
  return common_counts_[static_cast<size_t>(it - common_.begin())];
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
