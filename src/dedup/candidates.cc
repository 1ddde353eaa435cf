#include "dedup/candidates.h"

#include <algorithm>
#include <bit>
#include <span>

#include "base/spill_arena.h"

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
  // The counted pairs that are candidates, sorted, appended to `candidates`.
  void AppendCandidates(const SketchStore& store, std::vector<CandidatePair>& candidates) const {
    const size_t begin = candidates.size();
    for (size_t slot = 0; slot < slots_.size(); ++slot) {
      if (slots_[slot] == kEmpty) continue;
      const uint32_t first = static_cast<uint32_t>(slots_[slot] >> 32), second = static_cast<uint32_t>(slots_[slot]);
      const uint32_t rare = counts_[slot] % kCommonUnit, common = counts_[slot] / kCommonUnit;
      const bool sparse = std::max(store.level(first), store.level(second)) >= kSparseLevel;
      if (rare + common >= 2 || sparse) candidates.push_back({first, second, rare == 0});
    }
    std::sort(candidates.begin() + static_cast<std::ptrdiff_t>(begin), candidates.end(),
              [](const CandidatePair& x, const CandidatePair& y) {
                return x.first != y.first ? x.first < y.first : x.second < y.second;
              });
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

// Fixed-size records kept by bucket, in the order added: each bucket buffers a chunk in
// memory, full chunks go to one spill arena (base/spill_arena.h: on disk past 1 MiB), so
// that a bucket at a time can be read back and worked on. Memory: one chunk per bucket.
class BucketedRecords {
 public:
  explicit BucketedRecords(size_t buckets) : buffers_(buckets), chunks_(buckets) {}

  void Add(size_t bucket, uint64_t record) {
    std::vector<uint64_t>& buffer = buffers_[bucket];
    buffer.push_back(record);
    if (buffer.size() == kChunkRecords) {
      chunks_[bucket].push_back(arena_.Append(buffer.data(), kChunkRecords * sizeof(uint64_t)));
      buffer.clear();
    }
  }

  // Bucket `bucket`'s records in the order added, into `out`; the bucket's buffer is freed.
  // Records of a chunk the spill file fails to give back are left out.
  void Take(size_t bucket, std::vector<uint64_t>& out) {
    out.clear();
    for (uint64_t offset : chunks_[bucket]) {
      const size_t at = out.size();
      out.resize(at + kChunkRecords);
      if (!arena_.Read(offset, out.data() + at, kChunkRecords * sizeof(uint64_t))) out.resize(at);
    }
    out.insert(out.end(), buffers_[bucket].begin(), buffers_[bucket].end());
    std::vector<uint64_t>().swap(buffers_[bucket]);
    std::vector<uint64_t>().swap(chunks_[bucket]);
  }

 private:
  static constexpr size_t kChunkRecords = 4096;  // 32 KiB
  SpillArena arena_;
  std::vector<std::vector<uint64_t>> buffers_;
  std::vector<std::vector<uint64_t>> chunks_;  // by bucket: arena offsets of its full chunks
};

// Stored-key partitions (by the key's low, uniform hash bits) grouped in memory at once.
constexpr uint32_t kPartitionBits = 10;
constexpr size_t kPartitions = size_t{1} << kPartitionBits;
// Pair records: first << 32 | second, with this bit set for a shared common key (slots are
// under 2^31).
constexpr uint64_t kCommonRecordBit = uint64_t{1} << 63;

// (key << 32 | slot) postings given in slot order, regrouped in place so that equal keys are
// adjacent and each key's slots ascending, in O(E): split into kPartitions by the key's low
// (uniform hash) bits, in slot order, so each partition's slots stay ascending; each partition
// (cache-sized) is then counting-sorted into buckets of ~kBucketEntries by the next bits, and
// each bucket sorted.
void GroupPostings(std::vector<uint64_t>& postings) {
  std::vector<uint64_t> all(postings.size());
  std::vector<size_t> unused;
  BucketSort(postings, all, kPartitions, [](uint32_t key) { return key & (kPartitions - 1); }, unused);
  postings.swap(all);
  std::vector<uint64_t>().swap(all);
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
}

// Pair records of one grouped run of postings sharing a key (see the top of candidates.h).
void EmitRunPairs(std::span<const uint64_t> run, size_t slots_per_range, BucketedRecords& pair_records) {
  const bool common = run.size() > kMaxPostingDocuments;
  const size_t window = common ? kCommonKeyWindow + 1 : run.size();
  for (size_t i = 0; i < run.size(); ++i) {
    const uint64_t first = run[i] & 0xFFFFFFFFu;
    const size_t last = std::min(run.size(), i + window);
    for (size_t j = i + 1; j < last; ++j) {
      const uint64_t second = run[j] & 0xFFFFFFFFu;
      if (first != second) {
        pair_records.Add(first / slots_per_range, first << 32 | second | (common ? kCommonRecordBit : 0));
      }
    }
  }
}

}  // namespace

std::vector<CandidatePair> FindCandidatePairs(const SketchStore& store, const CandidateLimits& limits) {
  const size_t postings_per_group = std::max<size_t>(1, limits.postings_per_group);
  const size_t slots_per_range = std::max<size_t>(1, limits.slots_per_pair_range);
  // Postings by group of key partitions (a group's keys are all in it), in slot order.
  size_t entries = 0;
  for (uint32_t slot = 0; slot < store.size(); ++slot) entries += store.entries(slot);
  const size_t groups = std::min(kPartitions, std::bit_ceil(std::max<size_t>(1, entries / postings_per_group)));
  BucketedRecords postings_by_group(groups);
  {
    SketchBuffer buffer;
    for (uint32_t slot = 0; slot < store.size(); ++slot) {
      for (uint32_t key : store.AllEntries(slot, buffer).keys) {
        postings_by_group.Add(key & (groups - 1), uint64_t{key} << 32 | slot);
      }
    }
  }
  // Each group's runs of equal keys give pair records, by range of their first slot.
  const size_t ranges = store.size() == 0 ? 0 : (store.size() - 1) / slots_per_range + 1;
  BucketedRecords pair_records(std::max<size_t>(1, ranges));
  std::vector<uint64_t> postings;
  for (size_t group = 0; group < groups; ++group) {
    postings_by_group.Take(group, postings);
    GroupPostings(postings);
    for (size_t run_begin = 0; run_begin < postings.size();) {
      const uint64_t key = postings[run_begin] >> 32;
      size_t run_end = run_begin + 1;
      while (run_end < postings.size() && (postings[run_end] >> 32) == key) ++run_end;
      EmitRunPairs(std::span<const uint64_t>(postings).subspan(run_begin, run_end - run_begin), slots_per_range,
                   pair_records);
      run_begin = run_end;
    }
  }
  std::vector<uint64_t>().swap(postings);
  // Each range's pairs counted, judged and sorted: ranges ascend, so the whole list does.
  std::vector<CandidatePair> candidates;
  std::vector<uint64_t> records;
  for (size_t range = 0; range < ranges; ++range) {
    pair_records.Take(range, records);
    PairCounts pairs;
    for (uint64_t record : records) {
      pairs.Add(record & ~kCommonRecordBit, (record & kCommonRecordBit) != 0 ? kCommonUnit : 1);
    }
    pairs.AppendCandidates(store, candidates);
  }
  return candidates;
}

}  // namespace crosscheck
