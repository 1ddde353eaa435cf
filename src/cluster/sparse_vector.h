// Sparse term vectors for story clustering: a list of (term id, weight) sorted by term id.
//
// Used for document sketches (a few dozen terms, L2-normalized) and story centroids (a sum of
// member sketches, bounded to the heaviest terms). Free functions, no shared state; thread-safe.
// Costs: Dot and AddScaled are O(|a| + |b|) merges; KeepHeaviest is O(n log k).
#ifndef CROSSCHECK_CLUSTER_SPARSE_VECTOR_H_
#define CROSSCHECK_CLUSTER_SPARSE_VECTOR_H_

#include <cstddef>
#include <cstdint>
#include <vector>

namespace crosscheck {

using TermId = uint32_t;

struct WeightedTerm {
  TermId term = 0;
  float weight = 0;
};

// Invariant: ascending, unique term ids; weights > 0.
using SparseVector = std::vector<WeightedTerm>;

// Sum of weight products over shared terms.
double Dot(const SparseVector& a, const SparseVector& b);

// Euclidean length.
double Norm(const SparseVector& v);

// Scales `v` to unit length (no-op for an empty or zero vector).
void Normalize(SparseVector& v);

// accumulator += scale * addend, keeping the invariant. Returns the number of terms the
// accumulator did not have before (so callers can index them).
size_t AddScaled(SparseVector& accumulator, const SparseVector& addend, float scale,
                 std::vector<TermId>* new_terms = nullptr);

// Keeps the `limit` heaviest terms (ties broken by lower term id, so deterministic), still
// sorted by term id. Returns the dropped terms through `dropped` when given.
void KeepHeaviest(SparseVector& v, size_t limit, std::vector<TermId>* dropped = nullptr);

// Weight of `term` in `v`, 0 when absent. O(log n).
float WeightOf(const SparseVector& v, TermId term);

}  // namespace crosscheck

#endif  // CROSSCHECK_CLUSTER_SPARSE_VECTOR_H_
