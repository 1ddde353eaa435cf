#include "dedup/exact_reference.h"

#include <algorithm>
#include <iterator>

namespace crosscheck {

ExactShingles::ExactShingles(const std::vector<BlockShingle>& shingles) {
  hashes_.reserve(shingles.size());
  blocks_.reserve(shingles.size());
  for (const BlockShingle& shingle : shingles) {
    hashes_.push_back(shingle.hash);
    blocks_.push_back(shingle.block);
  }
}

std::vector<uint64_t> ExactShingles::DistinctHashes() const {
  std::vector<uint64_t> distinct(hashes_);
  distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
  return distinct;
}

std::vector<ReusePair> ExactReusePairs(std::span<const std::vector<BlockShingle>> docs,
                                       const ReuseOptions& options, bool with_passages) {
  std::vector<ExactShingles> lists;
  std::vector<std::vector<uint64_t>> sets;
  for (const std::vector<BlockShingle>& doc : docs) {
    lists.emplace_back(doc);
    sets.push_back(lists.back().DistinctHashes());
  }
  std::vector<ReusePair> pairs;
  std::vector<uint64_t> common;
  for (size_t a = 0; a < sets.size(); ++a) {
    for (size_t b = a + 1; b < sets.size(); ++b) {
      common.clear();
      std::set_intersection(sets[a].begin(), sets[a].end(), sets[b].begin(), sets[b].end(),
                            std::back_inserter(common));
      const size_t smaller = std::min(sets[a].size(), sets[b].size());
      if (smaller == 0 || common.size() < options.min_shared_shingles) continue;
      if (double(common.size()) / smaller < options.min_containment) continue;
      ReusePair pair;
      pair.a = static_cast<DocIndex>(a);
      pair.b = static_cast<DocIndex>(b);
      pair.containment_a_in_b = double(common.size()) / sets[a].size();
      pair.containment_b_in_a = double(common.size()) / sets[b].size();
      pair.jaccard = double(common.size()) / (sets[a].size() + sets[b].size() - common.size());
      if (with_passages) {
        pair.passages = MeasureOverlap(lists[a].columns(), lists[b].columns(), true).passages;
      }
      pairs.push_back(std::move(pair));
    }
  }
  return pairs;
}

}  // namespace crosscheck
