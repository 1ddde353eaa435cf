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
// Deterministic for the same documents and stories. Not thread-safe.
#ifndef CROSSCHECK_CLUSTER_TOPIC_GROUPER_H_
#define CROSSCHECK_CLUSTER_TOPIC_GROUPER_H_

#include <cstddef>
#include <cstdint>
#include <vector>

#include "cluster/sparse_vector.h"
#include "cluster/tfidf_vectorizer.h"
#include "model/corpus.h"
#include "model/document.h"

namespace crosscheck {

struct TopicOptions {
  // Mean document cosine (average link) at which two topics merge. Default: 0.06 (chosen on
  // the ECB+ train and dev topics, see bench/results/stories.md).
  double link_threshold = 0.06;
  // Terms kept per document sketch (bounds per-document state: 6 bytes a term, at most
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
};

class TopicGrouper {
 public:
  explicit TopicGrouper(const TopicOptions& options = {});

  // Sketches the article's text (title and body, no entities) and counts it in the IDF.
  // Call once per document, in stream order; `index` is the document's DocIndex.
  void Add(DocIndex index, const Article& article);

  // The topic of each story (parallel to `stories`), numbered 0, 1, ... in order of each
  // topic's first story. Stories may name only documents given to Add; others are ignored.
  std::vector<uint32_t> Group(const std::vector<StoryCluster>& stories) const;

  // Approximate heap bytes held (dictionary and per-document sketches).
  size_t StateBytes() const;

 private:
  // A document's sketch, unpacked from the arena into `out` (empty when never added).
  void Unpack(DocIndex index, SparseVector& out) const;

  TopicOptions options_;
  TfIdfVectorizer vectorizer_;
  // Sketches packed in one arena (no per-document vector): term ids, and IDF-free weights
  // as bfloat16 (the top 16 bits of a float: 3 significant digits, plenty for a cosine).
  // Per document: where its terms start and how many (0 = not added).
  std::vector<TermId> arena_terms_;
  std::vector<uint16_t> arena_weights_;
  std::vector<uint64_t> start_;  // by DocIndex
  std::vector<uint16_t> count_;  // by DocIndex
};

}  // namespace crosscheck

#endif  // CROSSCHECK_CLUSTER_TOPIC_GROUPER_H_
