#include "eval/cluster_metric.h"

#include <cmath>
#include <cstdint>
#include <limits>
#include <map>
#include <unordered_map>
#include <utility>

namespace crosscheck {
namespace {

// Maps arbitrary labels to 0..k-1 in order of first appearance.
std::vector<int> Dense(const std::vector<int>& labels, int* count) {
  std::unordered_map<int, int> ids;
  std::vector<int> dense;
  dense.reserve(labels.size());
  for (int label : labels)
    dense.push_back(ids.try_emplace(label, static_cast<int>(ids.size())).first->second);
  *count = static_cast<int>(ids.size());
  return dense;
}

// Maximum-weight assignment of rows to distinct columns (rows <= columns), Hungarian
// algorithm with potentials (Kuhn-Munkres, O(rows^2 * columns)). Returns the total weight.
int64_t MaxAssignment(const std::vector<std::vector<int64_t>>& weight, size_t rows,
                      size_t columns) {
  const int64_t kInf = std::numeric_limits<int64_t>::max() / 4;
  std::vector<int64_t> row_potential(rows + 1, 0), column_potential(columns + 1, 0);
  std::vector<size_t> column_row(columns + 1, 0), way(columns + 1, 0);
  for (size_t row = 1; row <= rows; ++row) {
    column_row[0] = row;
    size_t column0 = 0;
    std::vector<int64_t> min_slack(columns + 1, kInf);
    std::vector<bool> used(columns + 1, false);
    do {
      used[column0] = true;
      const size_t row0 = column_row[column0];
      int64_t delta = kInf;
      size_t column1 = 0;
      for (size_t column = 1; column <= columns; ++column) {
        if (used[column]) continue;
        const int64_t cost = -weight[row0 - 1][column - 1];
        const int64_t slack = cost - row_potential[row0] - column_potential[column];
        if (slack < min_slack[column]) {
          min_slack[column] = slack;
          way[column] = column0;
        }
        if (min_slack[column] < delta) {
          delta = min_slack[column];
          column1 = column;
        }
      }
      for (size_t column = 0; column <= columns; ++column) {
        if (used[column]) {
          row_potential[column_row[column]] += delta;
          column_potential[column] -= delta;
        } else {
          min_slack[column] -= delta;
        }
      }
      column0 = column1;
    } while (column_row[column0] != 0);
    do {
      const size_t column1 = way[column0];
      column_row[column0] = column_row[column1];
      column0 = column1;
    } while (column0 != 0);
  }
  int64_t total = 0;
  for (size_t column = 1; column <= columns; ++column) {
    if (column_row[column] != 0) total += weight[column_row[column] - 1][column - 1];
  }
  return total;
}

}  // namespace

Scores AccuracyAndNmi(const std::vector<int>& truth_raw, const std::vector<int>& predicted_raw) {
  int true_count = 0, predicted_count = 0;
  const std::vector<int> truth = Dense(truth_raw, &true_count);
  const std::vector<int> predicted = Dense(predicted_raw, &predicted_count);
  const size_t n = truth.size();
  std::map<std::pair<int, int>, int64_t> joint;
  std::vector<int64_t> true_sizes(true_count, 0), predicted_sizes(predicted_count, 0);
  for (size_t i = 0; i < n; ++i) {
    ++joint[{truth[i], predicted[i]}];
    ++true_sizes[truth[i]];
    ++predicted_sizes[predicted[i]];
  }
  // Accuracy: the smaller side are the rows of the assignment.
  const bool truth_rows = true_count <= predicted_count;
  const size_t rows = truth_rows ? true_count : predicted_count;
  const size_t columns = truth_rows ? predicted_count : true_count;
  std::vector<std::vector<int64_t>> weight(rows, std::vector<int64_t>(columns, 0));
  for (const auto& [cell, count] : joint) {
    if (truth_rows) {
      weight[cell.first][cell.second] = count;
    } else {
      weight[cell.second][cell.first] = count;
    }
  }
  Scores scores;
  scores.accuracy =
      static_cast<double>(MaxAssignment(weight, rows, columns)) / static_cast<double>(n);
  // NMI = I(T;P) / ((H(T) + H(P)) / 2).
  const double total = static_cast<double>(n);
  double mutual = 0, true_entropy = 0, predicted_entropy = 0;
  for (const auto& [cell, count] : joint) {
    const double p = count / total;
    mutual +=
        p *
        std::log(p / ((true_sizes[cell.first] / total) * (predicted_sizes[cell.second] / total)));
  }
  for (int64_t size : true_sizes) true_entropy -= size / total * std::log(size / total);
  for (int64_t size : predicted_sizes) predicted_entropy -= size / total * std::log(size / total);
  const double mean_entropy = (true_entropy + predicted_entropy) / 2;
  scores.nmi = mean_entropy > 0 ? mutual / mean_entropy : 1.0;
  return scores;
}

}  // namespace crosscheck
