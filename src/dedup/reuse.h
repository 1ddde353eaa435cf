// Reuse detection: which documents share text, and which passages.
//
// Documents are added one at a time (in pipeline order); the detector keeps only a bounded
// containment sketch per document (dedup/sketch.h, under 1 KiB). VerifiedPairs() returns every
// pair whose shared text passes the thresholds, scored by containment in both directions (a
// partial reprint has low Jaccard but high containment), checked exactly against the
// articles, with passage-level alignment; Pairs() gives the same from the sketches alone.
// Text inside quotation marks is not shingled: a shared quotation is not reused copy.
// Passages carried by many documents (footers, disclaimers, newsletter blurbs) are
// down-weighted by document frequency (dedup/passage_frequency.h): a pair needs
// max(weighted containment a in b, b in a) >= min_containment and a weighted count of
// shared shingles >= min_shared_shingles.
// GroupSyndication() then turns pairs and wire credits into syndication groups.
// Not thread-safe: one detector per run.
#ifndef CROSSCHECK_DEDUP_REUSE_H_
#define CROSSCHECK_DEDUP_REUSE_H_

#include <cstddef>
#include <memory>
#include <span>
#include <vector>

#include "model/corpus.h"
#include "model/document.h"

namespace crosscheck {

struct ReuseOptions {
  // A pair is reuse when at least this share of either document's shingles (weighted, see
  // common_passage_documents) is in the other one. Default: 0.2.
  double min_containment = 0.2;
  // A pair is a near-exact copy when both containments reach this. Default: 0.9.
  double duplicate_containment = 0.9;
  // ... and they share at least this many distinct shingles (three content words each;
  // weighted as the lighter side weighs them, see common_passage_documents). Default: 4.
  uint32_t min_shared_shingles = 4;
  // Two documents crediting the same wire agency are one story when at least this share of
  // the smaller one's shingles is in the other (a shared credit alone is not enough: two AFP
  // stories about different events are not one story). Default: 0.1.
  double min_credited_containment = 0.1;
  // A paragraph carried by more documents than this weighs this / (documents carrying it) in
  // containment, so shared boilerplate alone does not make reuse. Default: 8.
  uint32_t common_passage_documents = 8;
};

class ReuseDetector {
 public:
  virtual ~ReuseDetector() = default;
  virtual void Add(DocIndex index, const Article& article) = 0;
  // Pairs judged from the sketches alone: exact for documents short enough to be sketched
  // whole, an unbiased estimate otherwise; passages from the sampled shingles; unweighted
  // (common passages count in full). Sorted by (a, b).
  virtual std::vector<ReusePair> Pairs() const = 0;
  // Pairs whose candidates come from the sketches and whose containment and passages are
  // computed from every shingle of the two articles. `articles(i)` must give the article
  // added as index i, for i < `count` (pairs with an index from `count` on, or one the lookup
  // cannot give, keep their sketch figures). Each article is looked up once, on its first
  // candidate pair. Sorted by (a, b).
  virtual std::vector<ReusePair> VerifiedPairs(const ArticleLookup& articles, size_t count) const = 0;
  // The same with every article in memory: `articles[i]` is the article added as index i.
  std::vector<ReusePair> VerifiedPairs(std::span<const Article> articles) const {
    return VerifiedPairs(LookupIn(articles), articles.size());
  }
  // Bytes of sketch state held for all documents added so far.
  virtual size_t StateBytes() const = 0;
};

std::unique_ptr<ReuseDetector> NewReuseDetector(const ReuseOptions& options = {});

// Syndication groups: documents joined by a reuse pair, or crediting the same wire agency with
// at least `min_credited_containment` of shared (unquoted) text, form one group. A group's
// origin is the agency most of its members credit, else the outlet of its earliest published
// member. Group ids are "g1".."gN" in order of their first member. duplicate_of points a
// near-exact copy (both containments >= duplicate_containment) to the earliest published
// copy. `cards[i]` is document i; `texts` gives its article when a shared credit asks for
// its text (the documents crediting an agency that some other group also credits).
SyndicationResult GroupSyndication(std::span<const DocumentCard> cards, const ArticleLookup& texts,
                                   std::vector<ReusePair> pairs, const ReuseOptions& options = {});
// The same with every article in memory: `articles[i]` is document i.
SyndicationResult GroupSyndication(std::span<const Article> articles,
                                   std::vector<ReusePair> pairs,
                                   const ReuseOptions& options = {});

}  // namespace crosscheck

#endif  // CROSSCHECK_DEDUP_REUSE_H_
