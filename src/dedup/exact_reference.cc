#include "dedup/exact_reference.h"

#include <algorithm>
#include <unordered_map>

#include "dedup/passage_frequency.h"

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

std::vector<std::vector<float>> ExactBlockWeights(std::span<const std::vector<BlockShingle>> docs,
                                                  uint32_t common_passage_documents) {
  std::vector<std::vector<uint32_t>> fingerprints;
  std::unordered_map<uint32_t, uint32_t> documents_with;
  for (const std::vector<BlockShingle>& doc : docs) {
    fingerprints.push_back(BlockFingerprints(doc));
    std::vector<uint32_t> distinct = fingerprints.back();
    std::sort(distinct.begin(), distinct.end());
    distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
    for (uint32_t fingerprint : distinct) {
      if (fingerprint != 0) ++documents_with[fingerprint];
    }
  }
  std::vector<std::vector<float>> weights;
  for (const std::vector<uint32_t>& doc : fingerprints) {
    std::vector<float>& doc_weights = weights.emplace_back(doc.size(), 1.0f);
    for (size_t block = 0; block < doc.size(); ++block) {
      if (doc[block] != 0) doc_weights[block] = CommonPassageWeight(std::min(documents_with[doc[block]], kMaxCountedDocuments),
                                                    common_passage_documents);
    }
  }
  return weights;
}

std::vector<ReusePair> ExactReusePairs(std::span<const std::vector<BlockShingle>> docs,
                                       const ReuseOptions& options, bool with_passages) {
  std::vector<ExactShingles> lists;
  for (const std::vector<BlockShingle>& doc : docs) lists.emplace_back(doc);
  const std::vector<std::vector<float>> weights = ExactBlockWeights(docs, options.common_passage_documents);
  std::vector<ReusePair> pairs;
  for (size_t a = 0; a < lists.size(); ++a) {
    for (size_t b = a + 1; b < lists.size(); ++b) {
      const Overlap overlap =
          MeasureOverlap(lists[a].columns(), lists[b].columns(), /*with_passages=*/false, {}, weights[a], weights[b]);
      if (overlap.SharedWeight() < options.min_shared_shingles || overlap.MaxContainment() < options.min_containment) {
        continue;
      }
      pairs.push_back(MakeReusePair(
          static_cast<DocIndex>(a), static_cast<DocIndex>(b),
          with_passages ? MeasureOverlap(lists[a].columns(), lists[b].columns(), true, {}, weights[a], weights[b])
                        : overlap));
    }
  }
  return pairs;
}

}  // namespace crosscheck
