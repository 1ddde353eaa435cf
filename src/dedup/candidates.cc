#include "dedup/candidates.h"

#include <algorithm>

namespace crosscheck {
namespace {

// Open-addressing map from slot pairs packed as first << 32 | second (never 0 because
// first < second) to the number of keys they share. Linear probing; grows at half load.
class PairCounts {
 public:
  void Increment(uint64_t pair) {
    if ((size_ + 1) * 2 > slots_.size()) Grow();
    ++counts_[Find(pair)];
  }
  // Pairs with count >= min_count, ascending.
  std::vector<uint64_t> SortedPairs(const SketchStore& store) const {
    std::vector<uint64_t> pairs;
    for (size_t slot = 0; slot < slots_.size(); ++slot) {
      if (slots_[slot] != kEmpty && Enough(slots_[slot], counts_[slot], store)) pairs.push_back(slots_[slot]);
    }
    std::sort(pairs.begin(), pairs.end());
    return pairs;
  }

 private:
  static constexpr uint64_t kEmpty = 0;
  static size_t SlotOf(uint64_t pair, size_t mask) {
    return static_cast<size_t>((pair * 0x9E3779B97F4A7C15ULL) >> 20) & mask;
  }
  // One shared key is enough only where sampling is sparse (a level of 2 or more: the pair's
  // shared text may have left a single trace); densely sampled pairs need two.
  static bool Enough(uint64_t pair, uint32_t count, const SketchStore& store) {
    if (count >= 2) return true;
    const uint32_t first = static_cast<uint32_t>(pair >> 32), second = static_cast<uint32_t>(pair);
    return std::max(store.level(first), store.level(second)) >= kSparseLevel;
  }
  size_t Find(uint64_t pair) {
    const size_t mask = slots_.size() - 1;
    for (size_t slot = SlotOf(pair, mask);; slot = (slot + 1) & mask) {
      if (slots_[slot] == pair) return slot;
      if (slots_[slot] == kEmpty) {
        slots_[slot] = pair;
        ++size_;
        return slot;
      }
    }
  }
  void Grow() {
    std::vector<uint64_t> old = std::move(slots_);
    std::vector<uint32_t> old_counts = std::move(counts_);
    slots_.assign(std::max<size_t>(1024, old.size() * 2), kEmpty);
    counts_.assign(slots_.size(), 0);
    size_ = 0;
    for (size_t slot = 0; slot < old.size(); ++slot) {
      if (old[slot] != kEmpty) counts_[Find(old[slot])] = old_counts[slot];
    }
  }
  static constexpr uint32_t kSparseLevel = 2;
  std::vector<uint64_t> slots_;
  std::vector<uint32_t> counts_;
  size_t size_ = 0;
};

}  // namespace

std::vector<std::pair<uint32_t, uint32_t>> FindCandidatePairs(const SketchStore& store) {
  std::vector<uint64_t> postings;  // key << 32 | slot
  for (uint32_t slot = 0; slot < store.size(); ++slot) {
    const SketchColumns sketch = store.AllEntries(slot);
    for (uint32_t key : sketch.keys) postings.push_back(uint64_t{key} << 32 | slot);
  }
  std::sort(postings.begin(), postings.end());

  PairCounts pairs;
  for (size_t run_begin = 0; run_begin < postings.size();) {
    const uint64_t key = postings[run_begin] >> 32;
    size_t run_end = run_begin + 1;
    while (run_end < postings.size() && (postings[run_end] >> 32) == key) ++run_end;
    const size_t run_length = run_end - run_begin;
    const size_t window = run_length <= kFullPostingLimit ? run_length : kLongPostingWindow + 1;
    for (size_t i = run_begin; i < run_end; ++i) {
      const uint64_t first = postings[i] & 0xFFFFFFFFu;
      const size_t last = std::min(run_end, i + window);
      for (size_t j = i + 1; j < last; ++j) {
        const uint64_t second = postings[j] & 0xFFFFFFFFu;
        if (first != second) pairs.Increment(first << 32 | second);
      }
    }
    run_begin = run_end;
  }
  std::vector<std::pair<uint32_t, uint32_t>> result;
  for (uint64_t pair : pairs.SortedPairs(store)) {
    result.emplace_back(static_cast<uint32_t>(pair >> 32), static_cast<uint32_t>(pair));
  }
  return result;
}

}  // namespace crosscheck
