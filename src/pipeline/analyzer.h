// The pipeline: wires the stages together without knowing how any of them works.
//
//   ingest (DocumentSink) -> DocumentProcessor: clean + annotate, per document, streaming
//   Analyzer::Finish:     -> dedup (reuse, syndication) -> cluster (stories, in publication
//                            order) -> reconcile (per story) -> Report
//
// Per document only the Article and its Annotations are kept (vectors shrunk to fit); the raw
// Document is dropped as soon as it is cleaned. Finish frees each corpus stage's state as soon
// as its result is taken (reuse detector, story clusterer, topic grouper), moves the articles'
// strings into the report and frees articles and annotations before returning: what is left
// is the Report (measured, docs/ARCHITECTURE.md "Memory per document": ~1.7 KB a 150-byte
// note while reading, ~2.9 KB of Report after Finish). Cleaning and annotation run on `threads`
// worker threads fed through a bounded queue, and at most kMaxPending inputs are ever in work or
// waiting to be put back in order, so memory beyond the kept articles stays flat however many
// inputs there are. Results are put back in input order: the report is the same for any thread
// count. The Analyzer is driven from one thread, which also runs the listeners.
#ifndef CROSSCHECK_PIPELINE_ANALYZER_H_
#define CROSSCHECK_PIPELINE_ANALYZER_H_

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "annotate/annotator.h"
#include "base/status.h"
#include "clean/extractor.h"
#include "cluster/story_clusterer.h"
#include "cluster/topic_grouper.h"
#include "dedup/reuse.h"
#include "ingest/reader.h"
#include "model/annotations.h"
#include "model/document.h"
#include "model/report.h"
#include "model/report_sink.h"
#include "pipeline/document_shelf.h"

namespace crosscheck {

// What one document may cost. A document over either bound is skipped with a message that
// names the bound (ResourceExhausted), and the run goes on: one hostile document never takes
// the batch down. Every stage is linear in its input, so these are far above what any real
// article needs (a 1 MB page takes well under a second and keeps a few MB).
struct DocumentBudget {
  // Wall-clock seconds to clean and annotate one document, checked after cleaning and after
  // each annotator (a stage is not interrupted midway). 0 = no limit. Default: 30.
  double seconds = 30;
  // Bytes the analysed document keeps until the report is written (article, body and
  // annotations; DocumentProcessor::KeptBytes). 0 = no limit. Default: 256 MiB.
  size_t kept_bytes = size_t{256} << 20;
};

// Clean + annotate one document. Immutable after construction; thread-safe.
class DocumentProcessor {
 public:
  explicit DocumentProcessor(CleanOptions clean = {}, DocumentBudget budget = {});

  struct Result {
    Article article;
    std::string body;  // article.Body(), the text every span points into
    Annotations annotations;
  };
  // Never throws: an exception (bad_alloc on a huge document, a bug) comes back as an Internal
  // status, so it costs one document, not the run.
  StatusOr<Result> Process(const Document& document) const;

  // Estimated heap and object bytes `result` holds (strings, blocks, mentions).
  static size_t KeptBytes(const Result& result);
  // The same for an article and its annotations without the body (a document read back
  // from a store).
  static size_t KeptBytes(const Article& article, const Annotations& annotations);

 private:
  StatusOr<Result> ProcessOrThrow(const Document& document) const;

  Cleaner cleaner_;
  AnnotationPipeline annotators_;
  DocumentBudget budget_;
};

struct AnalyzeOptions {
  // Worker threads for cleaning and annotation; 0 = one per core, 1 = inline on the caller's
  // thread. Default: 0.
  unsigned threads = 0;
  CleanOptions clean;
  DocumentBudget budget;
  ReuseOptions reuse;
  StoryClusterOptions cluster;
  TopicOptions topics;
  // Where analysed documents wait for the corpus stages: in memory, spilled to a temporary
  // file past a size (pipeline/document_shelf.h).
  ShelfOptions shelf;
};

// The corpus stages, the one path from analysed documents to a report for `analyze` and for
// `report --db`: reuse and syndication, stories (in publication order) and topics,
// reconciliation per story. `articles` and `annotations` are parallel, in input (ingest)
// order, ids unique; `skipped` goes into the report as it is. Consumes its arguments (the
// articles' strings move into the report). Deterministic: the same inputs give the same
// report, byte for byte once written.
Report BuildReport(std::vector<Article> articles, std::vector<Annotations> annotations,
                   std::vector<ReportSkipped> skipped, const AnalyzeOptions& options);

// The same corpus stages over the documents of `shelf` (taken: each document's last use moves
// it out), the report handed to `sink` as it is built: stories one at a time, biggest first,
// each reconciled from its documents read back from the shelf and let go; then documents one
// at a time in input order; then `skipped`. What stays in memory between them is the cards,
// the reuse pairs, the story and topic lists: not the documents' text, mentions or report
// entries. The first error of the sink or of reading the shelf back stops the run and is
// returned. Gives what BuildReport gives, byte for byte once written.
Status StreamReport(DocumentShelf& shelf, std::vector<ReportSkipped> skipped,
                    const AnalyzeOptions& options, ReportSink& sink);

// A fingerprint of a document as read: XXH3-64 over its content and everything its container
// said about it (id, url, title, dates, outlet, language, authors, format, record flag), but
// not where it was read (source, input name), so the same file reached by another path is the
// same document. The store recognises a document it already holds by it.
uint64_t DocumentFingerprint(const Document& document);

class Analyzer final : public DocumentSink {
 public:
  using SkipListener = std::function<void(std::string_view input, const Status& status)>;
  // Takes an analysed document instead of the Analyzer keeping it for Finish(); `fingerprint`
  // is DocumentFingerprint of its input.
  using KeepListener =
      std::function<void(uint64_t fingerprint, Article&& article, Annotations&& annotations)>;
  using ProgressListener = std::function<void(size_t documents_done)>;
  using NoteListener = std::function<void(std::string_view input, std::string_view note)>;

  explicit Analyzer(AnalyzeOptions options = {});
  ~Analyzer() override;
  // Owns worker threads that point back at it.
  Analyzer(const Analyzer&) = delete;
  Analyzer& operator=(const Analyzer&) = delete;

  // Called once per skipped input (unreadable, or nothing could be extracted), in input
  // order, on the thread that drives the Analyzer, with no lock held.
  void set_skip_listener(SkipListener listener) { on_skip_ = std::move(listener); }
  // Called for each note an analysed document carries (Article::notes: it was analysed, but
  // not all of it, e.g. a page cut at a parser bound), before its progress call, in input
  // order, on the driving thread. Notes are not skips: skipped_count() does not count them
  // and the report does not list them (its schema has no place for them).
  void set_note_listener(NoteListener listener) { on_note_ = std::move(listener); }
  // Called after each analysed document, in input order, on the driving thread.
  void set_progress_listener(ProgressListener listener) { on_progress_ = std::move(listener); }

  // Hands each analysed document, its id made unique, to `listener` instead of keeping it:
  // in input order, on the driving thread, after its notes and before its progress call.
  // Finish() then reports only the documents analysed before the listener was set.
  void set_keep_listener(KeepListener listener) { on_keep_ = std::move(listener); }
  // Ids taken before this run (a store's documents): a document with one of them gets a "~N"
  // suffix, as a repeated id within the run does, so ids come out as `analyze` of the earlier
  // documents and these together would give them.
  void ReserveIds(const std::vector<std::string>& ids);

  void OnDocument(Document&& document) override;
  void OnError(std::string_view input, const Status& status) override;

  // Waits for the documents handed in so far (their listeners have run on return).
  void Drain() { CollectUntil(0); }
  // Waits for the documents handed in so far, then counts the kept ones.
  size_t document_count();
  size_t skipped_count();
  // Waits for the documents handed in so far; an error when the run can no longer keep them
  // (the spill file could not be made or written): the run has failed.
  Status status();

  // Runs the corpus-level stages and returns the report. Call once: it consumes the kept
  // articles and annotations (document_count() is 0 afterwards).
  Report Finish();
  // The same, the report handed to `sink` as it is built (StreamReport). Errors: a spill
  // file that could not be written or read back, or the sink's own.
  Status FinishInto(ReportSink& sink);

 private:
  // What became of one input: an analysed document, or why it was skipped.
  struct Outcome {
    std::optional<DocumentProcessor::Result> result;
    std::string input;  // Document::InputName(), for messages
    Status skipped_status;
    uint64_t fingerprint = 0;  // DocumentFingerprint of the input, for an analysed one
  };

  void WorkerLoop();
  // Records the outcome of input `sequence`. Requires mutex_.
  void StoreLocked(size_t sequence, Outcome outcome);
  // Waits until at most `max_pending` inputs are unfinished or uncollected, collecting the
  // finished head of the line as it goes. 0 = until everything handed in is collected.
  void CollectUntil(size_t max_pending);
  // Moves the finished head of `pending_` into articles_/annotations_/skipped_, in input
  // order, and calls the listeners. Driver thread only; takes the lock itself.
  void Collect();
  void Keep(Outcome outcome);

  AnalyzeOptions options_;
  DocumentProcessor processor_;

  // Shared with the workers, guarded by mutex_.
  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<std::pair<size_t, Document>> queue_;  // bounded by kMaxQueued
  // Outcomes of inputs collected_, collected_ + 1, ...; empty slots are still in work.
  std::deque<std::optional<Outcome>> pending_;
  size_t collected_ = 0;
  bool stopping_ = false;

  // Driver thread only.
  size_t next_sequence_ = 0;
  size_t handed_on_ = 0;  // documents given to on_keep_
  std::vector<std::thread> workers_;
  std::unique_ptr<DocumentShelf> shelf_;
  Status shelf_error_ = Status::Ok();  // the first document the shelf could not keep
  std::vector<ReportSkipped> skipped_;
  std::unordered_set<std::string> used_ids_;          // to keep document ids unique
  std::unordered_map<std::string, int> next_suffix_;  // per repeated id: the next "~N"
  SkipListener on_skip_;
  KeepListener on_keep_;
  ProgressListener on_progress_;
  NoteListener on_note_;
};

}  // namespace crosscheck

#endif  // CROSSCHECK_PIPELINE_ANALYZER_H_
