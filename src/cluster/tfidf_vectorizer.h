// TF-IDF sketches of news articles for online story clustering.
//
// Takes an Article (title + body blocks) and its Annotations (entity canonical names, when
// present) and returns a document sketch: the `max_terms` heaviest terms by
// (1 + log tf) * idf, as a SparseVector of IDF-free weights (1 + log tf), scaled so that the
// sketch times the IDF at sketch time has unit length. Scorers multiply by the IDF current
// when they compare (WeightedDot with Idf), so early documents, sketched while the IDF
// table was young, are judged with the sharper IDF of later on. Title words count `title_weight`
// times, entity names (one term per canonical name, prefixed so they never collide with
// words) `entity_weight` times. The document-frequency table is incremental: each sketched
// document is counted before its own weights are computed, so a stream sees IDF sharpen as
// it goes and never needs a second pass. Term ids are given in order of first appearance,
// hence deterministic for the same input order.
//
// Memory: one dictionary entry per distinct term (string + id + df). Not thread-safe.
#ifndef CROSSCHECK_CLUSTER_TFIDF_VECTORIZER_H_
#define CROSSCHECK_CLUSTER_TFIDF_VECTORIZER_H_

#include <cstddef>
#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "base/string_set.h"
#include "cluster/document_terms.h"
#include "cluster/sparse_vector.h"
#include "model/annotations.h"
#include "model/document.h"

namespace crosscheck {

struct TfIdfOptions {
  // Terms kept per document sketch. Default: 48.
  size_t max_terms = 48;
  // How many times a title word counts. Default: 3.
  double title_weight = 3.0;
  // How many times an entity canonical name counts. Default: 2.
  double entity_weight = 2.0;
};

class TfIdfVectorizer {
 public:
  explicit TfIdfVectorizer(const TfIdfOptions& options = {});

  // Counts the article in the document frequencies and returns its sketch (may be empty
  // for an article without content words).
  SparseVector Sketch(const Article& article, const Annotations& annotations);
  // The same from the document's terms read beforehand (document_terms.h), with its entity
  // names or without them.
  SparseVector Sketch(const DocumentTerms& terms, bool with_entities);

  // Same, from already extracted terms with their counts (title/entity weights applied by
  // the caller), in order of first appearance. Exposed for tests and synthetic streams.
  SparseVector SketchFromCounts(const std::vector<std::pair<std::string, double>>& term_counts);

  // Inverse document frequency of a term id under the current counts.
  double Idf(TermId term) const;
  // Share of documents so far that contain the term (0..1).
  double DocumentShare(TermId term) const;
  size_t documents() const { return documents_; }
  size_t vocabulary_size() const { return document_frequency_.size(); }
  // Approximate heap bytes of the dictionary and the frequency table.
  size_t StateBytes() const;

 private:
  TermId Intern(std::string_view term);
  // SketchFromCounts over terms held elsewhere (views).
  template <typename Term>
  SparseVector SketchOf(const std::vector<std::pair<Term, double>>& term_counts);

  TfIdfOptions options_;
  DocumentTermReader reader_;
  DocumentTerms terms_;  // scratch
  StringMap<TermId> term_ids_;
  std::vector<uint32_t> document_frequency_;  // by term id
  size_t documents_ = 0;
  size_t term_bytes_ = 0;  // sum of term string lengths, for StateBytes
  // Scratch, first-appearance order: views of the document's stems and of entity_terms_.
  std::vector<std::pair<std::string_view, double>> counts_;
  std::deque<std::string> entity_terms_;  // scratch: the entity terms counts_ points into
  StringMap<size_t> count_index_;         // scratch: entity term -> counts_ index
};

}  // namespace crosscheck

#endif  // CROSSCHECK_CLUSTER_TFIDF_VECTORIZER_H_
