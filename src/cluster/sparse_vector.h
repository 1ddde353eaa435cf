// Sparse term vectors for story clustering: a list of (term id, weight) sorted by term id.
//
// Used for document sketches (a few dozen terms, L2-normalized) and story centroids (a sum of
// member sketches, bounded to the heaviest terms). Free functions, no shared state; thread-safe.
// Costs: Dot and AddScaled are O(|a| + |b|) merges (DotQuery: O(|b|) for many products with
// one short vector); KeepHeaviest is O(n log k).
#ifndef CROSSCHECK_CLUSTER_SPARSE_VECTOR_H_
#define CROSSCHECK_CLUSTER_SPARSE_VECTOR_H_

#include <algorithm>
#include <cmath>
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

// Sum over shared terms of a.weight * b.weight * term_weight(term)^2: the dot product of
// the two vectors after each is scaled term by term (e.g. by current IDF).
template <typename TermWeight>
double WeightedDot(const SparseVector& a, const SparseVector& b, const TermWeight& term_weight) {
  double sum = 0;
  size_t ia = 0, ib = 0;
  while (ia < a.size() && ib < b.size()) {
    if (a[ia].term < b[ib].term) {
      ++ia;
    } else if (b[ib].term < a[ia].term) {
      ++ib;
    } else {
      const double scale = term_weight(a[ia].term);
      sum += static_cast<double>(a[ia].weight) * b[ib].weight * scale * scale;
      ++ia;
      ++ib;
    }
  }
  return sum;
}

// A vector prepared for many weighted dot products against longer ones (a document sketch
// against story centroids): a 4,096-bit filter of its terms, so a product walks the other
// vector once and looks up (binary search) only the terms that pass the filter, instead of
// a branchy merge over both. Dot(other, w) equals WeightedDot(query, other, w) exactly: the
// same products, summed in the same (ascending term) order. Holds a reference to `query`,
// which must outlive it. O(|other| + hits * log |query|) per product.
class DotQuery {
 public:
  explicit DotQuery(const SparseVector& query) : query_(query) {
    for (const WeightedTerm& t : query) bits_[(t.term >> 6) % kWords] |= uint64_t{1} << (t.term & 63);
  }

  template <typename TermWeight>
  double Dot(const SparseVector& other, const TermWeight& term_weight) const {
    double sum = 0;
    for (const WeightedTerm& t : other) {
      if (((bits_[(t.term >> 6) % kWords] >> (t.term & 63)) & 1) == 0) continue;
      const WeightedTerm* found = Find(t.term);
      if (found == nullptr) continue;
      const double scale = term_weight(t.term);
      sum += static_cast<double>(found->weight) * t.weight * scale * scale;
    }
    return sum;
  }

 private:
  static constexpr size_t kWords = 64;
  const WeightedTerm* Find(TermId term) const {
    const auto it = std::lower_bound(query_.begin(), query_.end(), term,
                                     [](const WeightedTerm& t, TermId id) { return t.term < id; });
    return it != query_.end() && it->term == term ? &*it : nullptr;
  }

  const SparseVector& query_;
  uint64_t bits_[kWords] = {};
};

// Euclidean length of `v` scaled term by term.
template <typename TermWeight>
double WeightedNorm(const SparseVector& v, const TermWeight& term_weight) {
  double sum = 0;
  for (const WeightedTerm& t : v) {
    const double scaled = t.weight * term_weight(t.term);
    sum += scaled * scaled;
  }
  return std::sqrt(sum);
}

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
