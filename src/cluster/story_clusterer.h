// Story clustering, online: documents arrive in publication order and either join an open
// story or start a new one; stories may merge as evidence accumulates. Deterministic for the
// same input order. Not thread-safe: one clusterer per run.
#ifndef CROSSCHECK_CLUSTER_STORY_CLUSTERER_H_
#define CROSSCHECK_CLUSTER_STORY_CLUSTERER_H_

#include <memory>
#include <vector>

#include "model/annotations.h"
#include "model/corpus.h"
#include "model/document.h"

namespace crosscheck {

struct StoryClusterOptions {
  // Cosine similarity to a story's centroid needed to join it. Default: 0.25.
  double join_threshold = 0.25;
};

class StoryClusterer {
 public:
  virtual ~StoryClusterer() = default;
  virtual void Add(DocIndex index, const Article& article, const Annotations& annotations) = 0;
  // Stories so far, each with ascending members, ordered by their first member.
  virtual std::vector<StoryCluster> Stories() const = 0;
};

std::unique_ptr<StoryClusterer> NewStoryClusterer(const StoryClusterOptions& options = {});

}  // namespace crosscheck

#endif  // CROSSCHECK_CLUSTER_STORY_CLUSTERER_H_
