// Coreference scores of the CoNLL-2012 shared task, for cross-document event coreference on
// ECB+: MUC (links), B-cubed (mentions) and CEAF-e (entities aligned one to one by the
// Hungarian method, similarity phi4 = 2|K n R| / (|K| + |R|)); CoNLL F1 is their mean F1.
// Key and response are partitions of the same mentions (gold mentions), given as one cluster
// id a mention, singletons included. Pure functions; thread-safe.
//
// Cost: MUC and B-cubed O(n); CEAF-e solves one assignment per connected component of the
// key-response overlap graph (O(k^3) in a component's clusters), which on news topics is small.
#ifndef CROSSCHECK_EVAL_COREF_METRIC_H_
#define CROSSCHECK_EVAL_COREF_METRIC_H_

#include <cstddef>
#include <string>
#include <vector>

namespace crosscheck {

struct CorefScore {
  double precision = 0;
  double recall = 0;
  double f1 = 0;
};

struct CorefScores {
  CorefScore muc;
  CorefScore b_cubed;
  CorefScore ceaf_e;
  double conll_f1 = 0;  // mean of the three F1
};

// `key[i]` and `response[i]`: the cluster of mention i (any labels; equal label, same
// cluster). The two vectors have the same size.
CorefScores ScoreCoreference(const std::vector<std::string>& key,
                             const std::vector<std::string>& response);

// The best total weight of a one-to-one assignment of rows to columns of a dense matrix
// `weights` (rows x columns, row major, weights >= 0). O(n^3) in max(rows, columns).
double MaxWeightAssignment(const std::vector<double>& weights, size_t rows, size_t columns);

}  // namespace crosscheck

#endif  // CROSSCHECK_EVAL_COREF_METRIC_H_
