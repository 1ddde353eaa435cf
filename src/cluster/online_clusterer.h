// OnlineStoryClusterer: the StoryClusterer behind NewStoryClusterer (see story_clusterer.h
// for the contract). Exposed as a concrete class so tests and benchmarks can read its state
// size and counters; pipeline code should hold a StoryClusterer.
//
// Per document it keeps only its story id (and its index inside that story's member list);
// per open story a centroid of at most `story_terms` terms. Cost per Add is bounded by
// query_terms * postings_per_term candidates, each scored in O(document_terms + story_terms),
// so a stream of N documents costs O(N). Not thread-safe.
#ifndef CROSSCHECK_CLUSTER_ONLINE_CLUSTERER_H_
#define CROSSCHECK_CLUSTER_ONLINE_CLUSTERER_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include "cluster/sparse_vector.h"
#include "cluster/story_clusterer.h"
#include "cluster/tfidf_vectorizer.h"

namespace crosscheck {

class OnlineStoryClusterer final : public StoryClusterer {
 public:
  explicit OnlineStoryClusterer(const StoryClusterOptions& options);

  void Add(DocIndex index, const Article& article, const Annotations& annotations) override;
  void AddTerms(DocIndex index, const DocumentTerms& terms) override;
  std::vector<StoryCluster> Stories() const override;

  // Same as Add, from a ready sketch and an optional day number (days since 1970-01-01).
  void AddSketch(DocIndex index, const SparseVector& sketch, std::optional<int32_t> day);

  // Approximate heap bytes held: vectorizer dictionary, stories, index, member lists.
  size_t StateBytes() const;
  size_t documents() const { return documents_; }
  size_t merges() const { return merges_; }
  size_t open_stories() const { return open_stories_; }
  TfIdfVectorizer& vectorizer() { return vectorizer_; }

 private:
  static constexpr uint32_t kNone = UINT32_MAX;

  struct Story {
    SparseVector centroid;        // sum of member sketches, at most 2 * story_terms terms
    double norm = 0;              // WeightedNorm(centroid, idf) as of `norm_documents`
    size_t norm_documents = 0;    // stream length when `norm` was computed; 0 = stale
    std::vector<DocIndex> members;
    std::optional<int32_t> last_day;
    uint32_t merged_into = kNone;  // set when this story was folded into another
    bool open = true;
  };

  struct Candidate {
    uint32_t story = 0;
    double score = 0;    // content times size prior: ranks the candidates
    double content = 0;  // cosine times the time factor, without the size prior
  };

  void RetireStale(int32_t today);
  void CollectCandidates(const SparseVector& sketch, std::optional<int32_t> day);
  void AddToStory(uint32_t story_id, DocIndex index, const SparseVector& sketch,
                  std::optional<int32_t> day);
  uint32_t OpenStory(DocIndex index, const SparseVector& sketch, std::optional<int32_t> day);
  void IndexTerms(uint32_t story_id, const std::vector<TermId>& terms);
  void BoundCentroid(Story& story);
  void MergeConverged(uint32_t story_id);
  void MergeInto(uint32_t target, uint32_t source);
  double TimeFactor(const Story& story, std::optional<int32_t> day) const;
  // The story's centroid length under the current IDF (recomputed when stale).
  double CentroidNorm(Story& story);
  double Idf(TermId term) const { return vectorizer_.Idf(term); }

  StoryClusterOptions options_;
  TfIdfVectorizer vectorizer_;
  std::vector<Story> stories_;
  std::vector<std::vector<uint32_t>> postings_;  // term id -> story ids, oldest first
  std::vector<uint32_t> open_story_ids_;          // for retirement scans
  std::optional<int32_t> today_;                  // latest day seen
  std::vector<Candidate> candidates_;             // scratch
  std::vector<uint32_t> seen_stamp_;              // story id -> last document that saw it
  std::vector<TermId> new_terms_;                 // scratch
  size_t documents_ = 0;
  size_t merges_ = 0;
  size_t open_stories_ = 0;
};

// Days since 1970-01-01 of a date with at least year and month, nullopt otherwise.
std::optional<int32_t> DayNumber(const Date& date);

}  // namespace crosscheck

#endif  // CROSSCHECK_CLUSTER_ONLINE_CLUSTERER_H_
