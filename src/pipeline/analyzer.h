// The pipeline: wires the stages together without knowing how any of them works.
//
//   ingest (DocumentSink) -> DocumentProcessor: clean + annotate, per document, streaming
//   Analyzer::Finish:     -> dedup (reuse, syndication) -> cluster (stories, in publication
//                            order) -> reconcile (per story) -> Report
//
// Per document only the Article and its Annotations are kept; the raw Document is dropped as
// soon as it is cleaned. Cleaning and annotation run on `threads` worker threads fed through a
// bounded queue (memory stays flat however many inputs there are); results are put back in
// input order, so the report is the same for any thread count. The Analyzer itself is driven
// from one thread. Listeners may be called from worker threads, one call at a time, never
// after Finish() returns.
#ifndef CROSSCHECK_PIPELINE_ANALYZER_H_
#define CROSSCHECK_PIPELINE_ANALYZER_H_

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
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
  // Worker threads for cleaning and annotation; 0 = one per core, 1 = inline on the caller's
  // thread. Default: 0.
  unsigned threads = 0;
  CleanOptions clean;
  ReuseOptions reuse;
  StoryClusterOptions cluster;
};

class Analyzer final : public DocumentSink {
 public:
  using SkipListener = std::function<void(std::string_view input, const Status& status)>;
  using ProgressListener = std::function<void(size_t documents_done)>;

  explicit Analyzer(AnalyzeOptions options = {});
  ~Analyzer() override;
  // Owns worker threads that point back at it.
  Analyzer(const Analyzer&) = delete;
  Analyzer& operator=(const Analyzer&) = delete;

  // Called once per input that is skipped (unreadable, or nothing could be extracted).
  void set_skip_listener(SkipListener listener) { on_skip_ = std::move(listener); }
  // Called after each document processed.
  void set_progress_listener(ProgressListener listener) { on_progress_ = std::move(listener); }

  void OnDocument(Document&& document) override;
  void OnError(std::string_view input, const Status& status) override;

  // Waits for the documents handed in so far, then counts them.
  size_t document_count();
  size_t skipped_count();

  // Runs the corpus-level stages and returns the report. Call once.
  Report Finish();

 private:
  // What became of one input, in input order: an analysed document or a skip.
  struct Outcome {
    std::optional<DocumentProcessor::Result> result;
    std::optional<ReportSkipped> skipped;
  };

  void WorkerLoop();
  void Drain();    // waits until every queued document is processed
  void Collect();  // moves outcomes, in input order, into articles_/annotations_/skipped_

  AnalyzeOptions options_;
  DocumentProcessor processor_;

  std::mutex mutex_;
  std::condition_variable queue_changed_;
  std::deque<std::pair<size_t, Document>> queue_;  // bounded by kMaxQueued
  std::vector<std::optional<Outcome>> outcomes_;  // by input sequence number
  size_t next_sequence_ = 0;
  size_t in_flight_ = 0;  // queued or being processed
  size_t processed_ = 0;
  bool stopping_ = false;
  std::vector<std::thread> workers_;

  std::vector<Article> articles_;
  std::vector<Annotations> annotations_;
  std::vector<ReportSkipped> skipped_;
  std::vector<std::string> seen_ids_;  // sorted, to keep document ids unique
  size_t collected_ = 0;  // outcomes already moved into the vectors above
  SkipListener on_skip_;
  ProgressListener on_progress_;
};

}  // namespace crosscheck

#endif  // CROSSCHECK_PIPELINE_ANALYZER_H_
