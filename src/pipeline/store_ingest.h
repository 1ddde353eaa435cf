// Ingest into a store, and the report from one: the per-document stages of `analyze` writing
// to a Store instead of memory, and the corpus stages of `analyze` reading from it.
//
//   inputs -> StoreIngest (a DocumentSink): the same Analyzer as analyze (clean + annotate on
//             worker threads, input order, unique ids) -> Store, committed every
//             `commit_every` documents
//   Store  -> ReportFromStore: LoadEach (ingest order) onto a DocumentShelf -> StreamReport,
//             as analyze's Finish
//
// So `ingest` in any number of batches, then `report`, gives the report `analyze` gives on
// the same inputs in the same order (ids included), as long as no input repeats: ingest keeps
// a document whose fingerprint (DocumentFingerprint) is already stored, or came earlier in
// the run, once and counts the repeat as "already stored", where analyze reports both copies.
// At the end of a run, PublishStoreReport runs the corpus stages over every stored document
// and keeps the result in the store as its published report, with the changes since the last
// publication; `report`, `query` and `serve` read that. The publication streams: documents go
// from the store onto a shelf that spills past a size (pipeline/document_shelf.h), and the
// report goes into the store story by story, then document by document, as StreamReport makes
// it, so a publication of a million documents holds their cards, not their report. Not yet
// incremental: each publication runs the corpus stages over every stored document.
//
// StoreIngest borrows the Store (which must outlive it) and is driven from one thread, which
// also runs its listeners.
#ifndef CROSSCHECK_PIPELINE_STORE_INGEST_H_
#define CROSSCHECK_PIPELINE_STORE_INGEST_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "pipeline/analyzer.h"
#include "store/store.h"

namespace crosscheck {

struct IngestOptions {
  AnalyzeOptions analyze;
  // Documents (and skipped inputs) per transaction: what a crash may lose at most, and how
  // often the store syncs. Must be positive. Default: 500.
  size_t commit_every = 500;
};

struct IngestCounts {
  size_t added = 0;           // analysed and stored in this run
  size_t already_stored = 0;  // same fingerprint as a stored (or earlier) document
  size_t skipped = 0;         // unreadable, or nothing could be extracted
};

class StoreIngest final : public DocumentSink {
 public:
  // Called after each commit with the number of documents the store holds now.
  using CommitListener = std::function<void(size_t stored)>;

  // Reads the store's ids (to keep new ids unique as analyze would). IoError/DataLoss from
  // the store.
  static StatusOr<std::unique_ptr<StoreIngest>> Create(Store& store, IngestOptions options);

  // For its note and progress listeners; its skip listener is StoreIngest's own.
  Analyzer& analyzer() { return analyzer_; }
  // Called once per skipped input, after it is recorded in the store (as Analyzer's).
  void set_skip_listener(Analyzer::SkipListener listener) { on_skip_ = std::move(listener); }
  void set_commit_listener(CommitListener listener) { on_commit_ = std::move(listener); }

  void OnDocument(Document&& document) override;
  void OnError(std::string_view input, const Status& status) override;

  // Waits for every document handed in, stores and commits it. Returns the first store error
  // of the run (documents after it are not stored; what was committed before it stays).
  Status Finish();
  const IngestCounts& counts() const { return counts_; }

 private:
  StoreIngest(Store& store, IngestOptions options, size_t stored);
  void Keep(uint64_t fingerprint, Article&& article, Annotations&& annotations);
  void Skip(std::string_view input, const Status& status);
  void CommitIfDue(bool force);

  Store& store_;
  IngestOptions options_;
  Analyzer analyzer_;
  std::unordered_set<uint64_t> seen_fingerprints_;  // handed to the analyzer in this run
  size_t stored_ = 0;                               // documents in the store, committed or not
  size_t uncommitted_ = 0;                          // writes since the last commit
  IngestCounts counts_;
  Status error_;  // the first store error; nothing is written after it
  CommitListener on_commit_;
  Analyzer::SkipListener on_skip_;
};

// The report of everything in `store`: its published report when that covers every stored
// document and was built by this crosscheck version, else the corpus stages analyze uses
// (BuildReport) over the stored documents. Errors from the store (a corrupt document names the
// store and the document).
StatusOr<Report> ReportFromStore(Store& store, const AnalyzeOptions& options);

// Whether the store's published report is missing or out of date (documents added since, or
// built by another crosscheck version or another build of this one: base/build_id.h).
StatusOr<bool> PublicationIsStale(Store& store);

struct PublishCounts {
  size_t stories = 0;
  size_t changes = 0;
};

// Builds the report over every stored document (StreamReport over a shelf filled from
// Store::LoadEach, with options.shelf), compares each story with the last publication
// (ChangeFinder) and writes story, changes and documents into the store as they come
// (Store::BeginPublication), then commits: the rows PublishReport(BuildReport(...),
// ReportChanges(...)) would write, without the whole report in memory. `counts`, when
// given, receives the number of stories and changes.
Status PublishStoreReport(Store& store, const AnalyzeOptions& options, std::string_view at,
                          PublishCounts* counts = nullptr);

// What changed from the publication `before` to the report `after`, each record stamped `at`,
// in report order: "new_story" for a story not published before (its claims are not listed
// one by one), "story_grew" for a story with more documents, then per claim of a story
// published before: "new_claim", "status_changed" (old -> new) or "new_statement" (more
// statements). Nothing is recorded for what shrank or vanished (stories can merge; their
// documents are still reported).
std::vector<ChangeRecord> ReportChanges(const PublishedState& before, const Report& after,
                                        std::string_view at);

// The same one story at a time, for a report that streams: ReportChanges is the records of
// each of its stories in order. Looks `before` up by id (it must outlive the finder).
// Immutable after construction.
class ChangeFinder {
 public:
  ChangeFinder(const PublishedState& before, std::string_view at);
  // The records of `story` (none for a story unchanged), in ReportChanges' order.
  std::vector<ChangeRecord> Of(const ReportStory& story) const;

 private:
  std::string at_;
  std::unordered_map<std::string_view, size_t> story_documents_;
  std::unordered_map<std::string_view, const PublishedState::Claim*> claims_;
};

// Now, as ISO 8601 UTC to the second: "2026-12-06T23:10:00Z".
std::string UtcNow();

}  // namespace crosscheck

#endif  // CROSSCHECK_PIPELINE_STORE_INGEST_H_
