// HTML extraction evaluations, one function per dataset under ../shared/data, each printing
// the dataset's standard measure (see each dataset's SOURCE.md) to `out`:
//   AEB (scrapinghub_aeb)         word 4-gram shingle P/R/F1 (eval/extract_metric.h)
//   trafilatura_eval              must-contain / must-not-contain snippets, micro P/R/F1
//   L3S-GN1                       bag-of-words P/R/F1 of the body against the "full text"
//                                 blocks (x-nc-sel2), macro over pages (boilerpipe's measure)
//   CleanPortalEval               AEB shingle P/R/F1 against the gold text (markers removed)
//   readability_testpages         publication date agreement with expected-metadata.json
// Pages are read from gzip files and decoded to UTF-8 (meta charset, ICU). Evaluation tools
// only: they print, and return false when the dataset is missing or unreadable.
#ifndef CROSSCHECK_EVAL_EXTRACT_DATASETS_H_
#define CROSSCHECK_EVAL_EXTRACT_DATASETS_H_

#include <cstdio>
#include <string>

#include "base/status.h"
#include "clean/extractor.h"

namespace crosscheck::eval {

struct EvalOptions {
  std::string shared;     // the ../shared folder
  size_t worst = 0;       // print this many worst pages (AEB, CleanPortalEval)
};

bool EvalAeb(const Extractor& extractor, const EvalOptions& options);
// Scores the reference outputs shipped with AEB (output/*.json) with our metric.
bool EvalAebPublished(const EvalOptions& options);
bool EvalTrafilatura(const Extractor& extractor, const EvalOptions& options);
bool EvalL3s(const Extractor& extractor, const EvalOptions& options);
bool EvalCleanPortal(const Extractor& extractor, const EvalOptions& options);
bool EvalReadabilityDates(const Extractor& extractor, const EvalOptions& options);

// End-to-end timing: reads every *.html file of `folder` into memory, then extracts them all
// on one thread, a warm-up pass and five timed ones; prints pages, MB, the median pass's wall
// and CPU seconds, pages/s, MB/s and the empty count.
bool TimeExtraction(const Extractor& extractor, const std::string& folder);

// Helpers shared with the benchmark and tests.
StatusOr<std::string> ReadGzipFile(const std::string& path);
// `bytes` as UTF-8: unchanged when valid, else converted from the page's declared charset
// (Windows-1252 when none).
std::string DecodeHtmlBytes(std::string bytes);

}  // namespace crosscheck::eval

#endif  // CROSSCHECK_EVAL_EXTRACT_DATASETS_H_
