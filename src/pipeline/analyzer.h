// The pipeline: wires the stages together without knowing how any of them works.
//
//   ingest (DocumentSink) -> DocumentProcessor: clean + annotate, per document, streaming
//   Analyzer::Finish:     -> dedup (reuse, syndication) -> cluster (stories, in publication
//                            order) -> reconcile (per story) -> Report
//
// Per document only the Article and its Annotations are kept; the raw Document is dropped as
// soon as it is cleaned. Not thread-safe: one Analyzer per run. Listeners are called on the
// caller's thread, never after Finish().
#ifndef CROSSCHECK_PIPELINE_ANALYZER_H_
#define CROSSCHECK_PIPELINE_ANALYZER_H_

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "annotate/annotator.h"
#include "base/status.h"
#include "clean/extractor.h"
#include "cluster/story_clusterer.h"
#include "dedup/reuse.h"
#include "ingest/reader.h"
#include "model/annotations.h"
#include "model/document.h"
#include "model/report.h"

namespace crosscheck {

// Clean + annotate one document. Immutable after construction; thread-safe.
class DocumentProcessor {
 public:
  explicit DocumentProcessor(CleanOptions clean = {});

  struct Result {
    Article article;
    std::string body;  // article.Body(), the text every span points into
    Annotations annotations;
  };
  StatusOr<Result> Process(const Document& document) const;

 private:
  Cleaner cleaner_;
  AnnotationPipeline annotators_;
};

struct AnalyzeOptions {
  CleanOptions clean;
  ReuseOptions reuse;
  StoryClusterOptions cluster;
};

class Analyzer final : public DocumentSink {
 public:
  using SkipListener = std::function<void(std::string_view input, const Status& status)>;
  using ProgressListener = std::function<void(size_t documents_done)>;

  explicit Analyzer(AnalyzeOptions options = {});

  // Called once per input that is skipped (unreadable, or nothing could be extracted).
  void set_skip_listener(SkipListener listener) { on_skip_ = std::move(listener); }
  // Called after each document processed.
  void set_progress_listener(ProgressListener listener) { on_progress_ = std::move(listener); }

  void OnDocument(Document&& document) override;
  void OnError(std::string_view input, const Status& status) override;

  size_t document_count() const { return articles_.size(); }
  size_t skipped_count() const { return skipped_.size(); }

  // Runs the corpus-level stages and returns the report. Call once.
  Report Finish();

 private:
  AnalyzeOptions options_;
  DocumentProcessor processor_;
  std::vector<Article> articles_;
  std::vector<Annotations> annotations_;
  std::vector<ReportSkipped> skipped_;
  std::vector<std::string> seen_ids_;  // sorted, to keep document ids unique
  SkipListener on_skip_;
  ProgressListener on_progress_;
};

}  // namespace crosscheck

#endif  // CROSSCHECK_PIPELINE_ANALYZER_H_
