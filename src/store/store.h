// The store: what `crosscheck ingest` keeps between runs so that `crosscheck report` can write
// the report later without reading the inputs again. Per analysed document: its unique id (as
// `analyze` would give it), a fingerprint of the input it came from (to recognise the same
// document when it comes again) and its Article and Annotations (store/codec.h); per skipped
// input: its name and why. Both in ingest order.
//
// Writes go into an open batch that Commit() makes durable all at once; what was added since
// the last Commit() is lost if the process dies, and nothing else is. Reads see committed and
// uncommitted writes of this object alike.
//
// Since schema version 2 it also keeps the **published report**: the result of the corpus
// stages over every stored document, written by the pipeline at the end of each `ingest`
// (pipeline/store_ingest.h, PublishStoreReport), with a log of what changed at each
// publication (new stories, stories that grew, new statements, claims whose status moved) and
// a full-text index of the documents. `report`, `query` and `serve` read it without running
// the corpus stages. What it does not keep yet: the corpus stages' own state (reuse sketches,
// story centroids), so each publication still runs them over every stored document.
//
// One object per thread: implementations are thread-compatible, not thread-safe.
#ifndef CROSSCHECK_STORE_STORE_H_
#define CROSSCHECK_STORE_STORE_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/status.h"
#include "model/annotations.h"
#include "model/document.h"
#include "model/report.h"

namespace crosscheck {

// What a report is built from, in ingest order; `articles` and `annotations` are parallel.
struct StoredCorpus {
  std::vector<Article> articles;
  std::vector<Annotations> annotations;
  std::vector<ReportSkipped> skipped;
};

// One story of the published report, with what listing and filtering need, so that an index
// of stories never decodes a story.
struct StorySummary {
  std::string id, title, first_published, last_published, topic;
  size_t documents = 0;
  size_t independent_sources = 0;
  // Its claims by status, in the schema's status order, statuses with no claim left out.
  std::vector<std::pair<std::string, int>> statuses;
  std::vector<std::string> outlets;   // its documents' outlets, distinct, most documents first
  std::vector<std::string> entities;  // entity names, as the story lists them (at most 20)
  std::string changed_at;             // the publication (its `at`) that last changed it
};

// A story with its documents (each body as analysed), in the report's order: all of them, or
// the range asked for (a story of thousands of reprints is read a page at a time).
struct StoryPage {
  ReportStory story;
  std::vector<ReportDocument> documents;
  size_t first_document = 0;  // the index in story.documents of documents[0]
};

// One entry of the change log, appended at each publication.
struct ChangeRecord {
  int64_t seq = 0;  // log order, assigned by the store (ignored on write)
  std::string at;   // the publication's time, ISO 8601 UTC ("2026-12-06T23:10:00Z")
  // "new_story", "story_grew" (new documents), "new_statement", "status_changed",
  // "new_claim".
  std::string kind;
  std::string story, claim;  // claim: empty for a story change
  std::string text;  // one line for people: "3 new documents", "single_source -> corroborated"
};

// What a publication is compared with to find its changes: per story its document count, per
// claim its story, status and statement count, as last published.
struct PublishedState {
  struct Claim {
    std::string story, status;
    size_t statements = 0;
  };
  std::vector<std::pair<std::string, size_t>> story_documents;  // story id -> documents
  std::vector<std::pair<std::string, Claim>> claims;            // claim id -> state
  std::string at;        // the last publication's time; empty when nothing was published
  std::string version;   // the crosscheck version that built it (Report::version)
  std::string build;     // the binary that built it (base/build_id.h), recorded by the store
  size_t documents = 0;  // documents the last publication covered
  size_t skipped = 0;    // skipped inputs it listed
};

// A document found by full-text search, best first.
struct SearchHit {
  std::string document, story, title;
  std::string snippet;  // a piece of its text around the match, at most ~200 bytes
  double score = 0;     // higher is better
};

// How many of the most recently stored matches a search ranks (Store::Search).
inline constexpr size_t kSearchRankedMatches = 2000;

// A document's outlet by its id (empty when unknown): what a story's summary needs of the
// documents it lists, which a streamed publication writes only after its stories.
using OutletLookup = std::function<std::string_view(std::string_view document_id)>;

// One publication being written, a story and a document at a time, so that a report of a
// million documents is never whole in memory (Store::BeginPublication). Call Story for every
// story in the report's order, Document for every document in its order, Changes any number
// of times (appended to the log in call order), then Finish once. The rows are the ones
// PublishReport writes for the whole report. Part of the store's open batch: nothing is
// visible before Commit(); after an error, Rollback() drops the half-written publication.
// Borrows its Store (which must outlive it, and not be used for anything else until Finish).
class PublicationWriter {
 public:
  virtual ~PublicationWriter() = default;
  // `outlets` gives the outlet of each of the story's documents, for its summary.
  virtual Status Story(const ReportStory& story, const OutletLookup& outlets) = 0;
  virtual Status Document(const ReportDocument& document) = 0;
  virtual Status Changes(const std::vector<ChangeRecord>& changes) = 0;
  // Records the publication: the report's version, how many documents it covers and its
  // skipped inputs.
  virtual Status Finish(std::string_view version, size_t documents,
                        const std::vector<ReportSkipped>& skipped) = 0;
};

class Store {
 public:
  virtual ~Store() = default;

  // Whether a document whose input had this fingerprint (DocumentFingerprint) is stored.
  virtual StatusOr<bool> HasFingerprint(uint64_t fingerprint) = 0;
  // Every stored document id, in ingest order.
  virtual StatusOr<std::vector<std::string>> DocumentIds() = 0;
  virtual StatusOr<size_t> DocumentCount() = 0;

  // Adds one analysed document. Its id must be unique in the store (the pipeline makes it
  // so, as analyze does); a repeated id is an InvalidArgument error.
  virtual Status AddDocument(uint64_t fingerprint, const Article& article,
                             const Annotations& annotations) = 0;
  // Adds one skipped input; an input already recorded as skipped is kept once (the first
  // reason stays).
  virtual Status AddSkipped(std::string_view input, std::string_view reason) = 0;
  // Makes everything added so far durable.
  virtual Status Commit() = 0;
  // Drops everything added since the last Commit().
  virtual Status Rollback() = 0;

  // Hands every stored document to `document`, one at a time in ingest order (never all in
  // memory at once), then appends the skipped inputs to `skipped` (when not null). The first
  // error of `document` stops the reading and is returned.
  using DocumentVisitor = std::function<Status(Article&& article, Annotations&& annotations)>;
  virtual Status LoadEach(const DocumentVisitor& document, std::vector<ReportSkipped>* skipped) = 0;
  // Reads everything stored, in ingest order, into memory (small stores and tests).
  StatusOr<StoredCorpus> Load();

  // --- The published report ---
  // Starts replacing the published report (built over every stored document; its documents'
  // bodies are not stored twice: they come back from the documents) with one written through
  // the returned writer, to be recorded with `at` (ISO 8601 UTC) as the publication time and
  // this binary's BuildId(). Part of the open batch: Commit() makes it durable together with
  // the documents.
  virtual StatusOr<std::unique_ptr<PublicationWriter>> BeginPublication(std::string_view at) = 0;
  // The same for a whole report: its stories, documents, `changes`, all through the writer.
  Status PublishReport(const Report& report, std::string_view at,
                       const std::vector<ChangeRecord>& changes);
  virtual StatusOr<PublishedState> LoadPublishedState() = 0;
  // The whole published report (documents with their bodies, stories, skipped inputs); nullopt
  // when nothing was published yet.
  virtual StatusOr<std::optional<Report>> LoadPublishedReport() = 0;
  // Every published story's summary, in the report's order.
  virtual StatusOr<std::vector<StorySummary>> StorySummaries() = 0;
  // One published story with its documents story.documents[first, first + count) (fewer at
  // the end); nullopt when there is no such story.
  virtual StatusOr<std::optional<StoryPage>> LoadStory(std::string_view id, size_t first,
                                                       size_t count) = 0;
  // The same with every document.
  StatusOr<std::optional<StoryPage>> LoadStory(std::string_view id) {
    return LoadStory(id, 0, SIZE_MAX);
  }
  // One published document (its `story` set); nullopt when there is none.
  virtual StatusOr<std::optional<ReportDocument>> LoadDocument(std::string_view id) = 0;
  // Stored documents whose title or text hold every word of `text` (words, not a query
  // language: any input is safe), best first, at most `limit`. "Best" is ranked among the
  // kSearchRankedMatches most recently stored matches (a bound on the work per query: a
  // common word matches most of a big store); MemoryStore lists matches in ingest order.
  virtual StatusOr<std::vector<SearchHit>> Search(std::string_view text, size_t limit) = 0;
  // Log entries recorded at or after `since` (ISO 8601 date or time; empty: all), for one
  // story when `story` is not empty, newest first, at most `limit`.
  virtual StatusOr<std::vector<ChangeRecord>> ChangesSince(std::string_view since,
                                                           std::string_view story,
                                                           size_t limit) = 0;
};

}  // namespace crosscheck

#endif  // CROSSCHECK_STORE_STORE_H_
