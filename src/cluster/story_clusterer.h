// Story clustering, online: documents arrive in publication order and either join an open
// story or start a new one; stories may merge as evidence accumulates. Deterministic for the
// same input order. Not thread-safe: one clusterer per run.
#ifndef CROSSCHECK_CLUSTER_STORY_CLUSTERER_H_
#define CROSSCHECK_CLUSTER_STORY_CLUSTERER_H_

#include <cstddef>
#include <memory>
#include <vector>

#include "cluster/document_terms.h"
#include "model/annotations.h"
#include "model/corpus.h"
#include "model/document.h"

namespace crosscheck {

struct StoryClusterOptions {
  // Cosine similarity between a document sketch and a story's centroid needed to join it.
  // Default: 0.2 (with the other defaults, tuned on GoogleNews-S, see bench/results/stories.md).
  double join_threshold = 0.2;
  // Cosine similarity between two story centroids at which they merge. Default: 0.3.
  double merge_threshold = 0.3;
  // A rich-get-richer prior (as in Dirichlet-process clustering): a document's cosine with
  // a story is multiplied by 1 + size_bonus * ln(min(story size, 10)). Default: 0.3.
  double size_bonus = 0.3;
  // The size prior lowers the bar only for established stories: a story with fewer members
  // than this takes a document only when the content alone (cosine times the time factor)
  // reaches join_threshold. Otherwise one marginal early document can give a young story a
  // second subject that it keeps attracting, and whether two neighbouring stories fuse then
  // depends on arrival order. 0 = the prior applies at any size. Default: 10.
  size_t prior_min_members = 10;
  // Stories of at most this many documents count as fragments. Default: 1.
  size_t fragment_size = 1;
  // Cosine between centroids at which a fragment merges into another story. Default: 0.15.
  double fragment_merge_threshold = 0.15;
  // Terms kept per document sketch (bounds per-document state). Default: 48.
  size_t document_terms = 48;
  // Terms kept per story centroid (bounds per-story state). Default: 160.
  size_t story_terms = 160;
  // How many times a title word counts against a body word. Default: 3.
  double title_weight = 3.0;
  // How many times an entity canonical name counts against a body word. Default: 2.
  double entity_weight = 2.0;
  // Candidate stories come from the inverted index of this many of the document's heaviest
  // terms. Default: 12.
  size_t query_terms = 12;
  // Only the most recent stories of a term's posting list are read. Default: 256.
  size_t postings_per_term = 256;
  // Terms found in more than this share of documents retrieve no candidates. Default: 0.05.
  double max_query_term_share = 0.05;
  // With dates: stories not updated for this many days are retired (closed, dropped from
  // the index). Default: 7.
  int story_window_days = 7;
  // With dates: a story's score is divided by (1 + gap_days / time_scale_days). Default: 3.
  double time_scale_days = 3.0;
};

class StoryClusterer {
 public:
  virtual ~StoryClusterer() = default;
  virtual void Add(DocIndex index, const Article& article, const Annotations& annotations) = 0;
  // The same from the document's terms read beforehand (document_terms.h, with entities).
  virtual void AddTerms(DocIndex index, const DocumentTerms& terms) = 0;
  // Stories so far, each with ascending members, ordered by their first member.
  virtual std::vector<StoryCluster> Stories() const = 0;
};

std::unique_ptr<StoryClusterer> NewStoryClusterer(const StoryClusterOptions& options = {});

}  // namespace crosscheck

#endif  // CROSSCHECK_CLUSTER_STORY_CLUSTERER_H_
