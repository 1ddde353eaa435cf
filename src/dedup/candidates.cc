#include "dedup/candidates.h"

#include <algorithm>
#include <bit>
#include <span>

namespace crosscheck {
namespace {

// Stored-key entries per bucket when grouping equal keys (each bucket sorted on its own).
constexpr size_t kBucketEntries = 32;
// A shared common key counts this much in a pair's packed count; rare keys count 1.
constexpr uint32_t kCommonUnit = 1u << 16;
// One shared key is enough only where sampling is sparse (a level of 2 or more: the pair's
// shared text may have left a single trace); densely sampled pairs need two.
constexpr uint32_t kSparseLevel = 2;

// Open-addressing map from slot pairs packed as first << 32 | second (never 0 because
// first < second) to the keys they share (rare + kCommonUnit * common). Linear probing;
// grows at half load.
class PairCounts {
 public:
  void Add(uint64_t pair, uint32_t amount) {
    if ((size_ + 1) * 2 > slots_.size()) Grow();
    counts_[Find(pair)] += amount;
  }
  std::vector<CandidatePair> Candidates(const SketchStore& store) const {
    std::vector<CandidatePair> candidates;
    for (size_t slot = 0; slot < slots_.size(); ++slot) {
      if (slots_[slot] == kEmpty) continue;
      const uint32_t first = static_cast<uint32_t>(slots_[slot] >> 32), second = static_cast<uint32_t>(slots_[slot]);
      const uint32_t rare = counts_[slot] % kCommonUnit, common = counts_[slot] / kCommonUnit;
      const bool sparse = std::max(store.level(first), store.level(second)) >= kSparseLevel;
      if (rare + common >= 2 || sparse) candidates.push_back({first, second, rare == 0});
    }
    std::sort(candidates.begin(), candidates.end(), [](const CandidatePair& x, const CandidatePair& y) {
      return x.first != y.first ? x.first < y.first : x.second < y.second;
    });
    return candidates;
  }

 private:
  static constexpr uint64_t kEmpty = 0;
  static size_t SlotOf(uint64_t pair, size_t mask) {
    return static_cast<size_t>((pair * 0x9E3779B97F4A7C15ULL) >> 20) & mask;
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
  std::vector<uint64_t> slots_;
  std::vector<uint32_t> counts_;
  size_t size_ = 0;
};

// Counting sort of postings[begin, end) by bucket_of(key) into `out` (same positions), then
// each bucket sorted: equal keys end up adjacent, each key's slots ascending.
template <typename BucketOf>
void BucketSort(std::span<const uint64_t> in, std::span<uint64_t> out, size_t buckets, BucketOf bucket_of,
                std::vector<size_t>& bucket_begin) {
  bucket_begin.assign(buckets + 1, 0);
  for (uint64_t posting : in) ++bucket_begin[bucket_of(static_cast<uint32_t>(posting >> 32)) + 1];
  for (size_t bucket = 0; bucket < buckets; ++bucket) bucket_begin[bucket + 1] += bucket_begin[bucket];
  std::vector<size_t> next(bucket_begin.begin(), bucket_begin.end() - 1);
  for (uint64_t posting : in) out[next[bucket_of(static_cast<uint32_t>(posting >> 32))]++] = posting;
}

// All (key << 32 | slot) entries, equal keys adjacent and each key's slots ascending, in
// O(E): entries are split into kPartitions by the key's low (uniform hash) bits, in slot
// order, so each partition's slots stay ascending; each partition (cache-sized) is then
// counting-sorted into buckets of ~kBucketEntries by the next bits, and each bucket sorted.
std::vector<uint64_t> GroupedPostings(const SketchStore& store) {
  constexpr uint32_t kPartitionBits = 10;
  constexpr size_t kPartitions = size_t{1} << kPartitionBits;
  size_t entries = 0;
  for (uint32_t slot = 0; slot < store.size(); ++slot) entries += store.entries(slot);
  std::vector<uint64_t> postings(entries);
  {
    std::vector<uint64_t> all;
    all.reserve(entries);
    for (uint32_t slot = 0; slot < store.size(); ++slot) {
      for (uint32_t key : store.AllEntries(slot).keys) all.push_back(uint64_t{key} << 32 | slot);
    }
    std::vector<size_t> unused;
    BucketSort(all, postings, kPartitions, [](uint32_t key) { return key & (kPartitions - 1); }, unused);
  }
  std::vector<size_t> partition_begin(kPartitions + 1, 0);
  for (uint64_t posting : postings) ++partition_begin[((posting >> 32) & (kPartitions - 1)) + 1];
  for (size_t partition = 0; partition < kPartitions; ++partition) {
    partition_begin[partition + 1] += partition_begin[partition];
  }
  std::vector<uint64_t> scratch;
  std::vector<size_t> bucket_begin;
  for (size_t partition = 0; partition < kPartitions; ++partition) {
    const std::span<uint64_t> range(postings.data() + partition_begin[partition],
                                    partition_begin[partition + 1] - partition_begin[partition]);
    scratch.assign(range.begin(), range.end());
    const size_t buckets = std::bit_ceil(std::max<size_t>(1, range.size() / kBucketEntries));
    BucketSort(scratch, range, buckets, [buckets](uint32_t key) { return (key >> kPartitionBits) & (buckets - 1); },
               bucket_begin);
    for (size_t bucket = 0; bucket < buckets; ++bucket) {
      std::sort(range.begin() + bucket_begin[bucket], range.begin() + bucket_begin[bucket + 1]);
    }
  }
  return postings;
}

}  // namespace

std::vector<CandidatePair> FindCandidatePairs(const SketchStore& store) {
  const std::vector<uint64_t> postings = GroupedPostings(store);
  PairCounts pairs;
  for (size_t run_begin = 0; run_begin < postings.size();) {
    const uint64_t key = postings[run_begin] >> 32;
    size_t run_end = run_begin + 1;
    while (run_end < postings.size() && (postings[run_end] >> 32) == key) ++run_end;
    const bool common = run_end - run_begin > kMaxPostingDocuments;
    const size_t window = common ? kCommonKeyWindow + 1 : run_end - run_begin;
    for (size_t i = run_begin; i < run_end; ++i) {
      const uint64_t first = postings[i] & 0xFFFFFFFFu;
      const size_t last = std::min(run_end, i + window);
      for (size_t j = i + 1; j < last; ++j) {
        const uint64_t second = postings[j] & 0xFFFFFFFFu;
        if (first != second) pairs.Add(first << 32 | second, common ? kCommonUnit : 1);
      }
    }
    run_begin = run_end;
  }
  return pairs.Candidates(store);
}

}  // namespace crosscheck
