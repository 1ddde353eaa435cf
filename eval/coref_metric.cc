#include "coref_metric.h"

#include <algorithm>
#include <limits>
#include <map>
#include <numeric>
#include <unordered_map>

namespace crosscheck {
namespace {

double F1(double p, double r) { return p + r > 0 ? 2 * p * r / (p + r) : 0; }

// Cluster ids 0..n-1 for the labels, in order of first appearance.
std::vector<size_t> Dense(const std::vector<std::string>& labels, size_t& clusters) {
  std::unordered_map<std::string, size_t> ids;
  std::vector<size_t> out;
  out.reserve(labels.size());
  for (const std::string& label : labels) out.push_back(ids.emplace(label, ids.size()).first->second);
  clusters = ids.size();
  return out;
}

// MUC recall of `key` against `response` (precision is the same with the roles swapped).
double MucRecall(const std::vector<size_t>& key, size_t key_clusters,
                 const std::vector<size_t>& response) {
  std::vector<size_t> size(key_clusters, 0);
  std::map<std::pair<size_t, size_t>, bool> parts;  // (key cluster, response cluster) seen
  std::vector<size_t> partitions(key_clusters, 0);
  for (size_t i = 0; i < key.size(); ++i) {
    ++size[key[i]];
    if (parts.emplace(std::make_pair(key[i], response[i]), true).second) ++partitions[key[i]];
  }
  double numerator = 0, denominator = 0;
  for (size_t k = 0; k < key_clusters; ++k) {
    numerator += static_cast<double>(size[k] - partitions[k]);
    denominator += static_cast<double>(size[k] - 1);
  }
  return denominator > 0 ? numerator / denominator : 0;
}

size_t Find(std::vector<size_t>& parent, size_t x) {
  while (parent[x] != x) x = parent[x] = parent[parent[x]];
  return x;
}

}  // namespace

double MaxWeightAssignment(const std::vector<double>& weights, size_t rows, size_t columns) {
  // Hungarian method on costs (max - weight) of the square matrix padded with zero weights;
  // potentials u (rows), v (columns), 1-based as in the textbook formulation.
  const size_t n = std::max(rows, columns);
  if (n == 0) return 0;
  double max_weight = 0;
  for (double w : weights) max_weight = std::max(max_weight, w);
  const auto cost = [&](size_t r, size_t c) {
    const double w = (r < rows && c < columns) ? weights[r * columns + c] : 0.0;
    return max_weight - w;
  };
  const double kInf = std::numeric_limits<double>::infinity();
  std::vector<double> u(n + 1, 0), v(n + 1, 0);
  std::vector<size_t> match(n + 1, 0), way(n + 1, 0);  // match[column] = row
  for (size_t row = 1; row <= n; ++row) {
    match[0] = row;
    size_t column0 = 0;
    std::vector<double> min_to(n + 1, kInf);
    std::vector<bool> used(n + 1, false);
    do {
      used[column0] = true;
      const size_t row0 = match[column0];
      double delta = kInf;
      size_t column1 = 0;
      for (size_t c = 1; c <= n; ++c) {
        if (used[c]) continue;
        const double reduced = cost(row0 - 1, c - 1) - u[row0] - v[c];
        if (reduced < min_to[c]) min_to[c] = reduced, way[c] = column0;
        if (min_to[c] < delta) delta = min_to[c], column1 = c;
      }
      for (size_t c = 0; c <= n; ++c) {
        if (used[c]) {
          u[match[c]] += delta;
          v[c] -= delta;
        } else {
          min_to[c] -= delta;
        }
      }
      column0 = column1;
    } while (match[column0] != 0);
    do {
      const size_t column1 = way[column0];
      match[column0] = match[column1];
      column0 = column1;
    } while (column0 != 0);
  }
  double total = 0;
  for (size_t c = 1; c <= n; ++c) {
    const size_t r = match[c] - 1;
    if (r < rows && c - 1 < columns) total += weights[r * columns + (c - 1)];
  }
  return total;
}

CorefScores ScoreCoreference(const std::vector<std::string>& key_labels,
                             const std::vector<std::string>& response_labels) {
  CorefScores scores;
  if (key_labels.empty() || key_labels.size() != response_labels.size()) return scores;
  size_t key_clusters = 0, response_clusters = 0;
  const std::vector<size_t> key = Dense(key_labels, key_clusters);
  const std::vector<size_t> response = Dense(response_labels, response_clusters);
  const size_t n = key.size();

  scores.muc.recall = MucRecall(key, key_clusters, response);
  scores.muc.precision = MucRecall(response, response_clusters, key);
  scores.muc.f1 = F1(scores.muc.precision, scores.muc.recall);

  std::vector<size_t> key_size(key_clusters, 0), response_size(response_clusters, 0);
  std::map<std::pair<size_t, size_t>, size_t> overlap;
  for (size_t i = 0; i < n; ++i) {
    ++key_size[key[i]];
    ++response_size[response[i]];
    ++overlap[{key[i], response[i]}];
  }
  double b_precision = 0, b_recall = 0;
  for (size_t i = 0; i < n; ++i) {
    const double common = static_cast<double>(overlap[{key[i], response[i]}]);
    b_precision += common / static_cast<double>(response_size[response[i]]);
    b_recall += common / static_cast<double>(key_size[key[i]]);
  }
  scores.b_cubed.precision = b_precision / static_cast<double>(n);
  scores.b_cubed.recall = b_recall / static_cast<double>(n);
  scores.b_cubed.f1 = F1(scores.b_cubed.precision, scores.b_cubed.recall);

  // CEAF-e: one assignment per connected component of overlapping clusters.
  std::vector<size_t> parent(key_clusters + response_clusters);
  std::iota(parent.begin(), parent.end(), 0);
  for (const auto& [pair, count] : overlap)
    parent[Find(parent, pair.first)] = Find(parent, key_clusters + pair.second);
  std::map<size_t, std::pair<std::vector<size_t>, std::vector<size_t>>> components;
  for (size_t k = 0; k < key_clusters; ++k) components[Find(parent, k)].first.push_back(k);
  for (size_t r = 0; r < response_clusters; ++r)
    components[Find(parent, key_clusters + r)].second.push_back(r);
  double similarity = 0;
  for (const auto& [root, members] : components) {
    const auto& [keys, responses] = members;
    std::vector<double> weights(keys.size() * responses.size(), 0);
    for (size_t a = 0; a < keys.size(); ++a) {
      for (size_t b = 0; b < responses.size(); ++b) {
        const auto it = overlap.find({keys[a], responses[b]});
        if (it == overlap.end()) continue;
        weights[a * responses.size() + b] =
            2.0 * static_cast<double>(it->second) /
            static_cast<double>(key_size[keys[a]] + response_size[responses[b]]);
      }
    }
    similarity += MaxWeightAssignment(weights, keys.size(), responses.size());
  }
  scores.ceaf_e.recall = similarity / static_cast<double>(key_clusters);
  scores.ceaf_e.precision = similarity / static_cast<double>(response_clusters);
  scores.ceaf_e.f1 = F1(scores.ceaf_e.precision, scores.ceaf_e.recall);
  scores.conll_f1 = (scores.muc.f1 + scores.b_cubed.f1 + scores.ceaf_e.f1) / 3;
  return scores;
}

}  // namespace crosscheck
