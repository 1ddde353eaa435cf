// Exact shingle lists, and the slow obvious reference the fast detector is checked against:
// every pair of documents, containment from the full sets of distinct shingle hashes (one
// merge per pair), no sampling, no index, block weights from exact document frequencies
// (a hash map, not the count-min sketch). O(n^2 * m) for n documents of m shingles: for
// tests, evals and small corpora only.
// ExactShingles is a value type; the functions are pure and thread-safe.
#ifndef CROSSCHECK_DEDUP_EXACT_REFERENCE_H_
#define CROSSCHECK_DEDUP_EXACT_REFERENCE_H_

#include <cstdint>
#include <span>
#include <vector>

#include "dedup/overlap.h"
#include "dedup/reuse.h"
#include "dedup/shingle.h"
#include "model/corpus.h"

namespace crosscheck {

// Every shingle of one document as overlap columns (64-bit hash, block).
class ExactShingles {
 public:
  // `shingles` sorted by (hash, block), as ShingleArticle returns them.
  explicit ExactShingles(const std::vector<BlockShingle>& shingles);
  ShingleColumns<uint64_t, uint32_t> columns() const { return {hashes_, blocks_}; }
  // Distinct hashes, ascending.
  std::vector<uint64_t> DistinctHashes() const;

 private:
  std::vector<uint64_t> hashes_;
  std::vector<uint32_t> blocks_;
};

// Block weights of every document (dedup/passage_frequency.h) from exact counts of block
// fingerprints over `docs`.
std::vector<std::vector<float>> ExactBlockWeights(std::span<const std::vector<BlockShingle>> docs,
                                                  uint32_t common_passage_documents);

// All pairs (a < b) that pass `options` (min_shared_shingles, min_containment of either
// document, weighted), with exact containments and Jaccard; passages from MeasureOverlap when
// `with_passages`. Sorted by (a, b). Document i is docs[i].
std::vector<ReusePair> ExactReusePairs(std::span<const std::vector<BlockShingle>> docs,
                                       const ReuseOptions& options, bool with_passages);

}  // namespace crosscheck

#endif  // CROSSCHECK_DEDUP_EXACT_REFERENCE_H_
