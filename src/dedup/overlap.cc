// Overlap: one merge over the two key columns. Each run of equal keys counts once for the
// document-level figures; for passages every (block of a, block of b) combination of a
// shared run is recorded as one co-occurrence, then counted by sorting.
#include "dedup/overlap.h"

#include <algorithm>
#include <tuple>

namespace crosscheck {

double Overlap::Jaccard() const {
  const uint32_t union_size = distinct_a + distinct_b - shared;
  return union_size == 0 ? 0.0 : double(shared) / union_size;
}

namespace {

// Weight of the key run [begin, end) of one side: its heaviest block.
template <typename BlockId>
double RunWeight(std::span<const BlockId> blocks, size_t begin, size_t end, BlockWeights weights) {
  if (weights.empty()) return 1.0;
  double weight = 0;
  for (size_t i = begin; i < end; ++i) {
    const size_t block = blocks[i];
    weight = std::max(weight, block < weights.size() ? double(weights[block]) : 1.0);
  }
  return weight;
}

// Distinct keys per block: a key repeated inside one block counts once.
template <typename Key, typename BlockId>
std::vector<uint32_t> DistinctKeysPerBlock(const ShingleColumns<Key, BlockId>& list) {
  std::vector<uint32_t> counts;
  for (size_t i = 0; i < list.keys.size(); ++i) {
    const size_t block = list.blocks[i];
    if (block >= counts.size()) counts.resize(block + 1, 0);
    const bool repeat = i > 0 && list.keys[i - 1] == list.keys[i] && list.blocks[i - 1] == list.blocks[i];
    if (!repeat) ++counts[block];
  }
  return counts;
}

struct BlockPairCount {
  uint32_t block_a = 0;
  uint32_t block_b = 0;
  uint32_t shared = 0;
  double similarity = 0;
};

// Keeps, for each block on one side, its best partner (most shared, then most similar,
// then lowest index) when it passes the thresholds.
void KeepBestPartners(const std::vector<BlockPairCount>& counts, bool by_block_a,
                      std::vector<BlockPairCount>& kept) {
  std::vector<const BlockPairCount*> best;
  for (const BlockPairCount& count : counts) {
    const uint32_t side = by_block_a ? count.block_a : count.block_b;
    if (side >= best.size()) best.resize(side + 1, nullptr);
    const BlockPairCount* current = best[side];
    if (current == nullptr || count.shared > current->shared ||
        (count.shared == current->shared && count.similarity > current->similarity)) {
      best[side] = &count;
    }
  }
  for (const BlockPairCount* count : best) {
    if (count != nullptr) kept.push_back(*count);
  }
}

}  // namespace

template <typename Key, typename BlockId>
Overlap MeasureOverlap(const ShingleColumns<Key, BlockId>& a, const ShingleColumns<Key, BlockId>& b,
                       bool with_passages, const PassageThresholds& thresholds,
                       BlockWeights weights_a, BlockWeights weights_b) {
  Overlap overlap;
  std::vector<uint64_t> co_occurrences;  // block_a << 32 | block_b
  size_t ia = 0, ib = 0;
  const size_t na = a.keys.size(), nb = b.keys.size();
  while (ia < na || ib < nb) {
    if (ib == nb || (ia < na && a.keys[ia] < b.keys[ib])) {
      const Key key = a.keys[ia];
      const size_t run = ia;
      ++overlap.distinct_a;
      while (ia < na && a.keys[ia] == key) ++ia;
      overlap.weight_a += RunWeight(a.blocks, run, ia, weights_a);
      continue;
    }
    if (ia == na || b.keys[ib] < a.keys[ia]) {
      const Key key = b.keys[ib];
      const size_t run = ib;
      ++overlap.distinct_b;
      while (ib < nb && b.keys[ib] == key) ++ib;
      overlap.weight_b += RunWeight(b.blocks, run, ib, weights_b);
      continue;
    }
    const Key key = a.keys[ia];
    const size_t run_a = ia, run_b = ib;
    while (ia < na && a.keys[ia] == key) ++ia;
    while (ib < nb && b.keys[ib] == key) ++ib;
    ++overlap.distinct_a;
    ++overlap.distinct_b;
    ++overlap.shared;
    const double key_weight_a = RunWeight(a.blocks, run_a, ia, weights_a);
    const double key_weight_b = RunWeight(b.blocks, run_b, ib, weights_b);
    overlap.weight_a += key_weight_a;
    overlap.shared_weight_a += key_weight_a;
    overlap.weight_b += key_weight_b;
    overlap.shared_weight_b += key_weight_b;
    if (!with_passages) continue;
    for (size_t i = run_a; i < ia; ++i) {
      for (size_t j = run_b; j < ib; ++j) {
        co_occurrences.push_back(uint64_t{a.blocks[i]} << 32 | uint64_t{b.blocks[j]});
      }
    }
  }
  if (!with_passages || co_occurrences.empty()) return overlap;

  std::sort(co_occurrences.begin(), co_occurrences.end());
  const std::vector<uint32_t> size_a = DistinctKeysPerBlock(a);
  const std::vector<uint32_t> size_b = DistinctKeysPerBlock(b);
  std::vector<BlockPairCount> counts;
  for (size_t i = 0; i < co_occurrences.size();) {
    size_t end = i;
    while (end < co_occurrences.size() && co_occurrences[end] == co_occurrences[i]) ++end;
    BlockPairCount count;
    count.block_a = static_cast<uint32_t>(co_occurrences[i] >> 32);
    count.block_b = static_cast<uint32_t>(co_occurrences[i]);
    count.shared = static_cast<uint32_t>(end - i);
    const uint32_t smaller = std::min(size_a[count.block_a], size_b[count.block_b]);
    count.similarity = smaller == 0 ? 0.0 : std::min(1.0, double(count.shared) / smaller);
    const bool enough_shared = count.shared >= std::min(thresholds.min_shared, smaller);
    if (enough_shared && count.similarity >= thresholds.min_similarity) counts.push_back(count);
    i = end;
  }
  std::vector<BlockPairCount> kept;
  KeepBestPartners(counts, /*by_block_a=*/true, kept);
  KeepBestPartners(counts, /*by_block_a=*/false, kept);
  std::sort(kept.begin(), kept.end(), [](const BlockPairCount& x, const BlockPairCount& y) {
    return std::tie(x.block_a, x.block_b) < std::tie(y.block_a, y.block_b);
  });
  for (size_t i = 0; i < kept.size(); ++i) {
    if (i > 0 && kept[i].block_a == kept[i - 1].block_a && kept[i].block_b == kept[i - 1].block_b) {
      continue;
    }
    overlap.passages.push_back({kept[i].block_a, kept[i].block_b, kept[i].similarity});
  }
  return overlap;
}

ReusePair MakeReusePair(DocIndex doc_a, DocIndex doc_b, const Overlap& overlap) {
  ReusePair pair;
  pair.a = doc_a;
  pair.b = doc_b;
  pair.containment_a_in_b = overlap.ContainmentAInB();
  pair.containment_b_in_a = overlap.ContainmentBInA();
  pair.jaccard = overlap.Jaccard();
  pair.passages = overlap.passages;
  if (doc_a > doc_b) {
    std::swap(pair.a, pair.b);
    std::swap(pair.containment_a_in_b, pair.containment_b_in_a);
    for (PassageMatch& passage : pair.passages) std::swap(passage.block_a, passage.block_b);
    std::sort(pair.passages.begin(), pair.passages.end(),
              [](const PassageMatch& x, const PassageMatch& y) {
                return std::tie(x.block_a, x.block_b) < std::tie(y.block_a, y.block_b);
              });
  }
  return pair;
}

template Overlap MeasureOverlap<uint32_t, uint8_t>(const ShingleColumns<uint32_t, uint8_t>&,
                                                   const ShingleColumns<uint32_t, uint8_t>&, bool,
                                                   const PassageThresholds&, BlockWeights, BlockWeights);
template Overlap MeasureOverlap<uint64_t, uint32_t>(const ShingleColumns<uint64_t, uint32_t>&,
                                                    const ShingleColumns<uint64_t, uint32_t>&, bool,
                                                    const PassageThresholds&, BlockWeights, BlockWeights);

}  // namespace crosscheck
