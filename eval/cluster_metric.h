// Story clustering scores against labels: accuracy under the best one-to-one mapping of
// predicted to true clusters (Hungarian algorithm, as SCCL reports it) and NMI (arithmetic
// mean normalization). Shared by eval_stories (the clusterer replayed) and its --report mode
// (the stories of a `crosscheck analyze --json` report). Pure functions.
#ifndef CROSSCHECK_EVAL_CLUSTER_METRIC_H_
#define CROSSCHECK_EVAL_CLUSTER_METRIC_H_

#include <vector>

namespace crosscheck {

struct Scores {
  double accuracy = 0;
  double nmi = 0;
};

// `truth` and `predicted` hold one label per document (any integers; equal length).
Scores AccuracyAndNmi(const std::vector<int>& truth, const std::vector<int>& predicted);

}  // namespace crosscheck

#endif  // CROSSCHECK_EVAL_CLUSTER_METRIC_H_
