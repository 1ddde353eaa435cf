// The AEB metric, as the benchmark's evaluate.py computes it:
//
//   tokens    = re.findall(r'\w+', text)            (Python 3 Unicode \w: letters, digits,
//                                                    other numbers, underscore; no marks)
//   shingles  = every run of 4 consecutive tokens; a text with fewer than 4 tokens is one
//               shorter shingle (none when it has no token)
//   tp/fp/fn  = multiset overlap of the two bags, divided by tp+fp+fn (so long pages weigh
//               as much as short ones)
//   precision = mean over documents with tp+fp > 0 of tp/(tp+fp)   (1 when fp == fn == 0)
//   recall    = mean over documents with tp+fn > 0 of tp/(tp+fn)   (1 when fp == fn == 0)
//   F1        = harmonic mean of the two means.
//
// evaluate.py leaves a document out of the precision mean when it predicted nothing, and out
// of the recall mean when its gold text is empty. ShingleScore has no room for a flag, so an
// undefined side is carried as NaN and Summarize skips it; callers that average scores
// themselves must do the same (std::isnan).
#include "eval/extract_metric.h"

#include <utf8proc.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>
#include <unordered_map>

#include "base/utf8.h"

namespace crosscheck::eval {
namespace {

constexpr size_t kShingleWords = 4;

bool IsPythonWordChar(char32_t cp) {
  if (cp < 0x80) return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') ||
                        (cp >= 'A' && cp <= 'Z') || cp == '_';
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(cp))) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO:
      return true;
    default:
      return false;
  }
}

std::vector<std::string_view> WordTokens(std::string_view text) {
  std::vector<std::string_view> tokens;
  size_t pos = 0;
  size_t token_begin = std::string_view::npos;
  while (pos < text.size()) {
    size_t char_begin = pos;
    char32_t cp = DecodeUtf8(text, pos);
    bool word = IsPythonWordChar(cp);
    if (word && token_begin == std::string_view::npos) token_begin = char_begin;
    if (!word && token_begin != std::string_view::npos) {
      tokens.push_back(text.substr(token_begin, char_begin - token_begin));
      token_begin = std::string_view::npos;
    }
  }
  if (token_begin != std::string_view::npos) tokens.push_back(text.substr(token_begin));
  return tokens;
}

// Bag of shingles; a shingle is its words joined by a byte no token contains.
std::unordered_map<std::string, int> Shingles(std::string_view text) {
  std::vector<std::string_view> tokens = WordTokens(text);
  std::unordered_map<std::string, int> bag;
  if (tokens.empty()) return bag;
  size_t count = tokens.size() >= kShingleWords ? tokens.size() - kShingleWords + 1 : 1;
  bag.reserve(count);
  std::string key;
  for (size_t start = 0; start < count; ++start) {
    key.clear();
    size_t stop = std::min(tokens.size(), start + kShingleWords);
    for (size_t i = start; i < stop; ++i) {
      key.append(tokens[i]);
      key.push_back('\x01');
    }
    ++bag[key];
  }
  return bag;
}

}  // namespace

ShingleScore ScoreShingles(std::string_view predicted, std::string_view gold) {
  auto gold_bag = Shingles(gold);
  auto predicted_bag = Shingles(predicted);
  double tp = 0, fp = 0, fn = 0;
  for (const auto& [key, gold_count] : gold_bag) {
    auto it = predicted_bag.find(key);
    int predicted_count = it == predicted_bag.end() ? 0 : it->second;
    tp += std::min(gold_count, predicted_count);
    fn += std::max(0, gold_count - predicted_count);
  }
  for (const auto& [key, predicted_count] : predicted_bag) {
    auto it = gold_bag.find(key);
    int gold_count = it == gold_bag.end() ? 0 : it->second;
    fp += std::max(0, predicted_count - gold_count);
  }
  const double nan = std::numeric_limits<double>::quiet_NaN();
  ShingleScore score;
  if (fp == 0 && fn == 0) {
    score.precision = tp > 0 ? 1.0 : nan;
    score.recall = tp > 0 ? 1.0 : nan;
    return score;
  }
  // Normalising by tp+fp+fn does not change the ratios below, only evaluate.py's filters,
  // which depend on whether the sums are zero.
  score.precision = tp + fp > 0 ? tp / (tp + fp) : nan;
  score.recall = tp + fn > 0 ? tp / (tp + fn) : nan;
  return score;
}

AebSummary Summarize(const std::vector<ShingleScore>& scores) {
  AebSummary summary;
  summary.documents = scores.size();
  double precision_sum = 0, recall_sum = 0;
  size_t precision_count = 0, recall_count = 0;
  for (const ShingleScore& score : scores) {
    if (!std::isnan(score.precision)) {
      precision_sum += score.precision;
      ++precision_count;
    }
    if (!std::isnan(score.recall)) {
      recall_sum += score.recall;
      ++recall_count;
    }
  }
  summary.precision = precision_count ? precision_sum / precision_count : 0;
  summary.recall = recall_count ? recall_sum / recall_count : 0;
  double denominator = summary.precision + summary.recall;
  summary.f1 = denominator > 0 ? 2 * summary.precision * summary.recall / denominator : 0;
  return summary;
}

}  // namespace crosscheck::eval
