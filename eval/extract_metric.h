// The article-extraction-benchmark metric (scrapinghub AEB, its evaluate.py): per document, a
// bag of word 4-gram shingles of the extracted text against the gold text; precision and
// recall macro-averaged over documents; F1 the harmonic mean of the two averages.
// Used by every extraction evaluation (HTML and flattened text). Pure; thread-safe.
#ifndef CROSSCHECK_EVAL_EXTRACT_METRIC_H_
#define CROSSCHECK_EVAL_EXTRACT_METRIC_H_

#include <string_view>
#include <vector>

namespace crosscheck::eval {

struct ShingleScore {
  double precision = 0;
  double recall = 0;
};

// One document's score, as evaluate.py computes it (including its empty-text conventions).
ShingleScore ScoreShingles(std::string_view predicted, std::string_view gold);

struct AebSummary {
  double precision = 0, recall = 0, f1 = 0;
  size_t documents = 0;
};

AebSummary Summarize(const std::vector<ShingleScore>& scores);

}  // namespace crosscheck::eval

#endif  // CROSSCHECK_EVAL_EXTRACT_METRIC_H_
