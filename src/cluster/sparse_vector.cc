#include "cluster/sparse_vector.h"

#include <algorithm>
#include <cmath>

namespace crosscheck {

double Dot(const SparseVector& a, const SparseVector& b) {
  // The plain dot product is the weighted one with every term weighing 1.
  return WeightedDot(a, b, [](auto) { return 1.0; });
}

double Norm(const SparseVector& v) {
  double sum = 0;
  for (const WeightedTerm& t : v) sum += static_cast<double>(t.weight) * t.weight;
  return std::sqrt(sum);
}

void Normalize(SparseVector& v) {
  const double length = Norm(v);
  if (length <= 0) return;
  for (WeightedTerm& t : v) t.weight = static_cast<float>(t.weight / length);
}

size_t AddScaled(SparseVector& accumulator, const SparseVector& addend, float scale,
                 std::vector<TermId>* new_terms) {
  SparseVector merged;
  merged.reserve(accumulator.size() + addend.size());
  size_t added = 0;
  size_t ia = 0, ib = 0;
  while (ia < accumulator.size() || ib < addend.size()) {
    if (ib == addend.size() || (ia < accumulator.size() && accumulator[ia].term < addend[ib].term)) {
      merged.push_back(accumulator[ia++]);
    } else if (ia == accumulator.size() || addend[ib].term < accumulator[ia].term) {
      merged.push_back({addend[ib].term, addend[ib].weight * scale});
      if (new_terms != nullptr) new_terms->push_back(addend[ib].term);
      ++added;
      ++ib;
    } else {
      merged.push_back({accumulator[ia].term, accumulator[ia].weight + addend[ib].weight * scale});
      ++ia;
      ++ib;
    }
  }
  accumulator = std::move(merged);
  return added;
}

void KeepHeaviest(SparseVector& v, size_t limit, std::vector<TermId>* dropped) {
  if (v.size() <= limit) return;
  auto heavier = [](const WeightedTerm& x, const WeightedTerm& y) {
    return x.weight != y.weight ? x.weight > y.weight : x.term < y.term;
  };
  std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(limit), v.end(), heavier);
  if (dropped != nullptr) {
    for (size_t i = limit; i < v.size(); ++i) dropped->push_back(v[i].term);
  }
  v.resize(limit);
  std::sort(v.begin(), v.end(),
            [](const WeightedTerm& x, const WeightedTerm& y) { return x.term < y.term; });
}

float WeightOf(const SparseVector& v, TermId term) {
  auto it = std::lower_bound(v.begin(), v.end(), term,
                             [](const WeightedTerm& t, TermId id) { return t.term < id; });
  return it != v.end() && it->term == term ? it->weight : 0.0f;
}

}  // namespace crosscheck
