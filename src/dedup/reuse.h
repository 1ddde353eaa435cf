// Reuse detection: which documents share text, and which passages.
//
// Documents are added one at a time (in pipeline order); Pairs() returns every pair whose
// shared text passes the thresholds, scored by containment in both directions (a partial
// reprint has low Jaccard but high containment), with passage-level alignment.
// Group() then turns pairs and wire credits into syndication groups.
// Not thread-safe: one detector per run.
#ifndef CROSSCHECK_DEDUP_REUSE_H_
#define CROSSCHECK_DEDUP_REUSE_H_

#include <memory>
#include <span>
#include <vector>

#include "model/corpus.h"
#include "model/document.h"

namespace crosscheck {

struct ReuseOptions {
  // A pair is reuse when at least this share of the smaller document's shingles is in the
  // larger one. Default: 0.2.
  double min_containment = 0.2;
  // A pair is a near-exact copy when both containments reach this. Default: 0.9.
  double duplicate_containment = 0.9;
};

class ReuseDetector {
 public:
  virtual ~ReuseDetector() = default;
  virtual void Add(DocIndex index, const Article& article) = 0;
  virtual std::vector<ReusePair> Pairs() const = 0;
};

std::unique_ptr<ReuseDetector> NewReuseDetector(const ReuseOptions& options = {});

// Syndication groups from reuse pairs and credits; duplicate_of for near-exact copies.
SyndicationResult GroupSyndication(std::span<const Article> articles,
                                   std::vector<ReusePair> pairs,
                                   const ReuseOptions& options = {});

}  // namespace crosscheck

#endif  // CROSSCHECK_DEDUP_REUSE_H_
