#include "dedup/candidates.h"

#include <algorithm>

namespace crosscheck {
namespace {

// Open-addressing set of slot pairs packed as first << 32 | second (never 0 because
// first < second). Linear probing; grows at half load.
class PairSet {
 public:
  void Insert(uint64_t pair) {
    if ((size_ + 1) * 2 > slots_.size()) Grow();
    InsertNoGrow(pair);
  }
  std::vector<uint64_t> TakeSorted() {
    std::vector<uint64_t> pairs;
    pairs.reserve(size_);
    for (uint64_t value : slots_) {
      if (value != kEmpty) pairs.push_back(value);
    }
    std::sort(pairs.begin(), pairs.end());
    return pairs;
  }

 private:
  static constexpr uint64_t kEmpty = 0;
  static size_t SlotOf(uint64_t pair, size_t mask) {
    return static_cast<size_t>((pair * 0x9E3779B97F4A7C15ULL) >> 20) & mask;
  }
  void InsertNoGrow(uint64_t pair) {
    const size_t mask = slots_.size() - 1;
    for (size_t slot = SlotOf(pair, mask);; slot = (slot + 1) & mask) {
      if (slots_[slot] == pair) return;
      if (slots_[slot] == kEmpty) {
        slots_[slot] = pair;
        ++size_;
        return;
      }
    }
  }
  void Grow() {
    std::vector<uint64_t> old = std::move(slots_);
    slots_.assign(std::max<size_t>(1024, old.size() * 2), kEmpty);
    size_ = 0;
    for (uint64_t value : old) {
      if (value != kEmpty) InsertNoGrow(value);
    }
  }
  std::vector<uint64_t> slots_;
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

  PairSet pairs;
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
        if (first != second) pairs.Insert(first << 32 | second);
      }
    }
    run_begin = run_end;
  }
  std::vector<std::pair<uint32_t, uint32_t>> result;
  for (uint64_t pair : pairs.TakeSorted()) {
    result.emplace_back(static_cast<uint32_t>(pair >> 32), static_cast<uint32_t>(pair));
  }
  return result;
}

}  // namespace crosscheck
