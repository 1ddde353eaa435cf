// Topics: stories of the same kind grouped one level up (two earthquakes, two celebrity
// deaths, the trials of one season), for navigation and for corpora labelled by topic.
//
// Stories follow one real event: the clusterer weighs entity names and time, so two
// earthquakes in different countries stay two stories. A topic ignores names and time and
// links stories whose documents use the same vocabulary: average-link agglomerative
// clustering over the stories, documents compared by the cosine of their text-only TF-IDF
// sketches under the final IDF. Average link between topics A and B is the mean cosine over
// all document pairs, computed exactly as dot(sum of A's unit sketches, sum of B's) / (|A| |B|)
// from one summed vector per topic (bounded to `topic_terms` heaviest terms). Candidate pairs
// come from an inverted index of each topic's heaviest terms, so the cost grows with the
// number of stories times the candidates per story, not with its square.
//
// Costs, for n stories, q = query_terms, p = max_term_topics, c = max_candidates_per_search,
// k = candidates_per_topic: every search (one per story, one per merge: at most 2n) reads at
// most 2p postings per query term (a term posted under more than p live topics retrieves
// nothing, like a stop word; dead entries are compacted once they are half a list), heaviest
// term first, and scores at most min(q*p, c) candidates, each in O(its terms, at most
// topic_terms) against a dense copy of the searching topic; it keeps its k best edges. So
// time is O(n (q p + c topic_terms)) and the edge heap O(n k): linear in n, whatever the
// input (10,000 near-identical notes cost what 10,000 news stories do). Below c live topics
// (a few thousand stories) the candidate bound cannot bind, and the grouping is exact
// average link over the candidates the postings give.
//
// Memory: per document 10 bytes; the sketches (6 bytes a term) go to an unlinked temporary
// file once they pass 1 MiB (base/spill_arena.h) and are read back one document at a time.
// Deterministic for the same documents and stories. Not thread-safe (Group included).
#ifndef CROSSCHECK_CLUSTER_TOPIC_GROUPER_H_
#define CROSSCHECK_CLUSTER_TOPIC_GROUPER_H_

#include <cstddef>
#include <cstdint>
#include <vector>

#include "base/spill_arena.h"
#include "cluster/sparse_vector.h"
#include "cluster/tfidf_vectorizer.h"
#include "model/corpus.h"
#include "model/document.h"

namespace crosscheck {

struct TopicOptions {
  // Mean document cosine (average link) at which two topics merge. Default: 0.06 (chosen on
  // the ECB+ train and dev topics, see bench/results/stories.md).
  double link_threshold = 0.06;
  // Terms kept per document sketch (bounds the per-document spill: 6 bytes a term, at most
  // 65,535 terms). Default: 48.
  size_t document_terms = 48;
  // Terms kept per topic sum (bounds per-topic state). Default: 400.
  size_t topic_terms = 400;
  // How many times a title word counts against a body word. Default: 3.
  double title_weight = 3.0;
  // Candidate topics come from the postings of this many of a topic's heaviest terms.
  // Default: 24.
  size_t query_terms = 24;
  // Terms found in more than this share of documents retrieve no candidates, once there are
  // enough documents (kShareMinimumDocuments) for a share to mean something. Default: 0.2.
  double max_query_term_share = 0.2;
  // A query term posted under more than this many live topics retrieves no candidates (a
  // stop word at this corpus size): bounds the postings one search reads. Default: 1024.
  size_t max_term_topics = 1024;
  // Candidate topics scored per search, the query terms read heaviest first: bounds one
  // search's scoring to this many times `topic_terms` lookups once the corpus is large
  // enough that its postings alone would not (a million documents: ~300,000 stories, whose
  // common terms are each posted under hundreds of them). Default: 2,048.
  size_t max_candidates_per_search = 2048;
  // Edges kept per search, best first: bounds the edge heap to O(stories * this). Default: 32.
  size_t candidates_per_topic = 32;
};

// Work done by one Group call, for tests that guard its complexity by counting.
struct TopicGroupWork {
  uint64_t searches = 0;        // candidate searches (one per topic, one per merge)
  uint64_t postings_read = 0;   // posting entries visited, dead ones included
  uint64_t candidates_scored = 0;  // candidate topics scored (at most c per search)
  uint64_t terms_compared = 0;  // candidate terms looked up while scoring
  uint64_t edges_pushed = 0;
  uint64_t peak_edges = 0;  // largest edge heap
};

class TopicGrouper {
 public:
  explicit TopicGrouper(const TopicOptions& options = {});

  // Sketches the article's text (title and body, no entities) and counts it in the IDF.
  // Call once per document, in stream order; `index` is the document's DocIndex.
  void Add(DocIndex index, const Article& article);
  // The same from the document's terms read beforehand (document_terms.h; entities unused).
  void AddTerms(DocIndex index, const DocumentTerms& terms);

  // The topic of each story (parallel to `stories`), numbered 0, 1, ... in order of each
  // topic's first story. Stories may name only documents given to Add; others are ignored.
  // `work`, when given, receives what the call did.
  std::vector<uint32_t> Group(const std::vector<StoryCluster>& stories,
                              TopicGroupWork* work = nullptr) const;

  // Approximate heap bytes held (dictionary, per-document record index, the sketch arena's
  // in-memory tail; sketches written out to the spill file are not counted).
  size_t StateBytes() const;

 private:
  // Packs a document's sketch into the arena.
  void Keep(DocIndex index, const SparseVector& sketch);
  // A document's sketch, unpacked from the arena into `out` (empty when never added).
  void Unpack(DocIndex index, SparseVector& out) const;

  TopicOptions options_;
  TfIdfVectorizer vectorizer_;
  // Sketches packed in one spill arena (base/spill_arena.h: on disk past 1 MiB, read back
  // by Group): per document its term ids, then its IDF-free weights as bfloat16 (the top 16
  // bits of a float: 3 significant digits, plenty for a cosine). In memory per document only
  // where its record starts and how many terms it has (0 = not added): 10 bytes.
  SpillArena arena_;
  std::vector<uint64_t> start_;  // by DocIndex: byte offset in arena_
  std::vector<uint16_t> count_;  // by DocIndex
  // Scratch for Add and Unpack (Group is const but reads through them: not thread-safe).
  std::vector<char> record_;
  mutable std::vector<TermId> unpack_terms_;
  mutable std::vector<uint16_t> unpack_weights_;
};

}  // namespace crosscheck

#endif  // CROSSCHECK_CLUSTER_TOPIC_GROUPER_H_
