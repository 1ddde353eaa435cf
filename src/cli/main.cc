// crosscheck: the command line. Turns statuses into messages and exit codes; all the work
// happens in the library (pipeline/, report/).
//
//   crosscheck analyze PATH... [--json FILE] [--html FILE] [--md FILE] [--csv DIR]
//   [--clean-records] [BUDGET] crosscheck annotate PATH... [--jsonl FILE] [--raw] [--clean-records]
//   [BUDGET] crosscheck ingest PATH... [--db FILE] [--clean-records] [--commit-every N] [BUDGET]
//   crosscheck report [--db FILE] [--json FILE] [--html FILE] [--md FILE] [--csv DIR]
//   crosscheck ingest --queue nats://HOST:PORT PATH...
//   [BUDGET] crosscheck worker --queue nats://HOST:PORT [--db FILE] [--batch N] [--until-idle S]
//   crosscheck publish [--db FILE]
//   crosscheck serve [--db FILE] [--host H] [--port N] [--token T] [--threads N] [--rate R]
//   [--max-body-mb M]
//   crosscheck query [TEXT...] [--db FILE] [--entity E] [--outlet O] [--status S] [--from D]
//                    [--to D] [--changes-since T] [--story ID] [--limit N] [--json]
//   BUDGET: [--doc-seconds S] [--doc-memory-mb M], what one document may cost
//
// --db takes a file path (SQLite, the default ./crosscheck.db) or a postgresql:// URL.
// Exit codes: 0 when at least one document was analysed (or stored, or reported), 2 when the
// run as a whole failed (bad arguments, nothing readable, an output that could not be written,
// a store that could not be opened or written). `serve` exits 0 when stopped by SIGINT or
// SIGTERM, 2 when it cannot start.
#include <malloc.h>

#include <CLI/CLI.hpp>
#include <chrono>
#include <cstdio>
#include <exception>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "base/file_io.h"
#include "base/terminal_text.h"
#include "cli/command_common.h"
#include "cli/serve_command.h"
#include "ingest/reader.h"
#include "pipeline/analyzer.h"
#include "pipeline/query.h"
#include "pipeline/queue_ingest.h"
#include "pipeline/store_ingest.h"
#include "report/annotations_jsonl.h"
#include "report/report_writers.h"
#include "store/open_store.h"

namespace crosscheck {
namespace {

// After this many per-input messages, the rest are only counted (all are in the report).
constexpr size_t kMaxSkipMessages = 50;

// Prints skipped inputs and progress on stderr: one line per skipped input (up to a cap), one
// per note on an analysed document (up to the same cap; "note", not "skipped": the document
// is in the report), and a progress line every few seconds on long runs.
class Console {
 public:
  void Skip(std::string_view input, const Status& status) {
    if (++skipped_ <= kMaxSkipMessages) {
      PrintError("skipped " + std::string(input) + ": " + status.ToString());
    } else if (skipped_ == kMaxSkipMessages + 1) {
      PrintError("more inputs skipped; all are listed in the report");
    }
  }

  void Note(std::string_view input, std::string_view note) {
    if (++notes_ <= kMaxSkipMessages) {
      PrintError("note: " + std::string(input) + ": " + std::string(note));
    } else if (notes_ == kMaxSkipMessages + 1) {
      PrintError("more notes on analysed documents not shown");
    }
  }

  void Progress(size_t done) {
    const auto now = std::chrono::steady_clock::now();
    if (now - last_ < kInterval) return;
    last_ = now;
    std::fprintf(stderr, "crosscheck: %zu documents read\n", done);
  }

  size_t skipped() const { return skipped_; }

 private:
  static constexpr std::chrono::seconds kInterval{3};
  size_t skipped_ = 0;
  size_t notes_ = 0;
  std::chrono::steady_clock::time_point last_ = std::chrono::steady_clock::now();
};

// Writes one output through OutputFile (atomic for regular files, in place for devices and
// FIFOs); `produce` hands the content to the sink, whole or in pieces as it is rendered.
bool WriteOutput(const std::string& path, const std::function<Status(const TextSink&)>& produce) {
  OutputFile out;
  Status status = out.Open(path);
  if (status.ok()) status = produce([&out](std::string_view piece) { return out.Append(piece); });
  if (status.ok()) status = out.Commit();
  if (!status.ok()) PrintError("cannot write output: " + status.ToString());
  return status.ok();
}

// Per-document limits, shared by analyze and annotate.
struct BudgetArgs {
  double seconds = DocumentBudget{}.seconds;
  double memory_mb = static_cast<double>(DocumentBudget{}.kept_bytes >> 20);

  DocumentBudget Budget() const {
    return {.seconds = seconds, .kept_bytes = static_cast<size_t>(memory_mb * (1 << 20))};
  }
  void AddOptions(CLI::App* command) {
    command
        ->add_option("--doc-seconds", seconds,
                     "Time budget per document, seconds; a document over it is skipped (0: none)")
        ->check(CLI::NonNegativeNumber)
        ->capture_default_str();
    command
        ->add_option("--doc-memory-mb", memory_mb,
                     "Memory a document may keep, MiB; a document over it is skipped (0: none)")
        ->check(CLI::NonNegativeNumber)
        ->capture_default_str();
  }
};

// Where a report goes: analyze and report write the same files the same way.
struct ReportOutputs {
  std::string json, html, md, csv;

  void AddOptions(CLI::App* command) {
    command->add_option("--json", json,
                        "Write the report as JSON (report.schema.json); - for stdout");
    command->add_option("--html", html, "Write the report as a self-contained HTML page");
    command->add_option("--md", md, "Write the report as Markdown");
    command->add_option("--csv", csv,
                        "Write claims.csv, quotes.csv and figures.csv into this folder "
                        "(made if missing)");
  }
};

// Writes `report` to every output asked for, then the summary to stdout unless stdout already
// carries a report ("-"). False when an output could not be written (each failure printed).
bool WriteReports(const Report& report, const ReportOutputs& outputs) {
  bool ok = true;
  // JSON goes out in pieces as it is rendered: whole, it would be the largest allocation of
  // the run (2.4 KB a short document).
  if (!outputs.json.empty()) {
    ok &= WriteOutput(outputs.json,
                      [&](const TextSink& sink) { return WriteReportJson(report, sink); });
  }
  if (!outputs.md.empty()) {
    ok &= WriteOutput(outputs.md,
                      [&](const TextSink& sink) { return sink(RenderReportMarkdown(report)); });
  }
  if (!outputs.html.empty()) {
    ok &= WriteOutput(outputs.html,
                      [&](const TextSink& sink) { return sink(RenderReportHtml(report)); });
  }
  if (!outputs.csv.empty()) {
    std::error_code error;
    std::filesystem::create_directories(outputs.csv, error);
    if (error || !std::filesystem::is_directory(outputs.csv)) {
      PrintError("cannot write output: " + outputs.csv + ": not a folder that can be made (" +
                 (error ? error.message() : std::string("a file is in the way")) + ")");
      ok = false;
    } else {
      const CsvTables tables = RenderReportCsv(report);
      const std::filesystem::path folder(outputs.csv);
      const std::pair<const char*, const std::string*> files[] = {{"claims.csv", &tables.claims},
                                                                  {"quotes.csv", &tables.quotes},
                                                                  {"figures.csv", &tables.figures}};
      for (const auto& file : files) {
        const std::string* text = file.second;
        ok &= WriteOutput((folder / file.first).string(),
                          [text](const TextSink& sink) { return sink(*text); });
      }
    }
  }
  if (outputs.json != "-" && outputs.md != "-" && outputs.html != "-") {
    const std::string summary = RenderSummary(report);
    std::fwrite(summary.data(), 1, summary.size(), stdout);
  }
  return ok;
}

struct AnalyzeArgs {
  std::vector<std::string> paths;
  ReportOutputs outputs;
  bool clean_records = false;
  BudgetArgs budget;
  std::string spill_dir;
  double spill_after_mb = static_cast<double>(ShelfOptions{}.spill_after_bytes >> 20);
};

// Keeps what the terminal summary shows of a streamed report (the counts and the first
// stories) and hands every part on to `next`, if any.
class SummaryKeeper final : public ReportSink {
 public:
  void set_next(ReportSink* next) { next_ = next; }
  Status Begin(const std::string& version) override {
    version_ = version;
    return next_ != nullptr ? next_->Begin(version) : Status::Ok();
  }
  Status Story(ReportStory&& story) override {
    ++stories_;
    if (first_stories_.size() < kSummaryStories) {
      first_stories_.push_back(story);
    }
    return next_ != nullptr ? next_->Story(std::move(story)) : Status::Ok();
  }
  Status Document(ReportDocument&& document) override {
    ++documents_;
    return next_ != nullptr ? next_->Document(std::move(document)) : Status::Ok();
  }
  Status End(std::vector<ReportSkipped>&& skipped) override {
    skipped_ = skipped.size();
    return next_ != nullptr ? next_->End(std::move(skipped)) : Status::Ok();
  }
  std::string Summary() const {
    return RenderSummary(version_, documents_, stories_, skipped_, first_stories_);
  }

 private:
  ReportSink* next_ = nullptr;
  std::string version_;
  size_t documents_ = 0, stories_ = 0, skipped_ = 0;
  std::vector<ReportStory> first_stories_;
};

int RunAnalyze(const AnalyzeArgs& args) {
  Console console;
  AnalyzeOptions options;
  options.budget = args.budget.Budget();
  options.clean.clean_records = args.clean_records;
  options.shelf.spill_dir = args.spill_dir;
  options.shelf.spill_after_bytes = static_cast<size_t>(args.spill_after_mb * (1 << 20));
  Analyzer analyzer(options);
  analyzer.set_skip_listener(
      [&](std::string_view input, const Status& status) { console.Skip(input, status); });
  analyzer.set_progress_listener([&](size_t done) { console.Progress(done); });
  analyzer.set_note_listener(
      [&](std::string_view input, std::string_view note) { console.Note(input, note); });
  const Status read = ReadInputs(args.paths, ReadOptions{}, analyzer);
  if (!read.ok()) {
    PrintError(read.ToString());
    return kExitFailed;
  }
  if (const Status kept = analyzer.status(); !kept.ok()) {
    PrintError(kept.ToString());
    return kExitFailed;
  }
  if (analyzer.document_count() == 0) {
    PrintError("nothing to analyse: no readable document in the inputs (" +
               std::to_string(analyzer.skipped_count()) + " skipped)");
    return kExitFailed;
  }
  const ReportOutputs& outputs = args.outputs;
  if (!outputs.md.empty() || !outputs.html.empty() || !outputs.csv.empty()) {
    // These writers read the whole report.
    CollectReport collect;
    if (const Status finished = analyzer.FinishInto(collect); !finished.ok()) {
      PrintError(finished.ToString());
      return kExitFailed;
    }
    return WriteReports(collect.Take(), outputs) ? kExitOk : kExitFailed;
  }
  // JSON and the summary only: the report is written as it is built, never whole in memory.
  SummaryKeeper keeper;
  bool ok = true;
  if (!outputs.json.empty()) {
    ok = WriteOutput(outputs.json, [&](const TextSink& out) {
      const std::unique_ptr<ReportSink> json = NewJsonReportSink(out);
      keeper.set_next(json.get());
      const Status finished = analyzer.FinishInto(keeper);
      keeper.set_next(nullptr);
      return finished;
    });
  } else if (const Status finished = analyzer.FinishInto(keeper); !finished.ok()) {
    PrintError(finished.ToString());
    ok = false;
  }
  if (ok && outputs.json != "-") {
    const std::string summary = keeper.Summary();
    std::fwrite(summary.data(), 1, summary.size(), stdout);
  }
  return ok ? kExitOk : kExitFailed;
}

struct AnnotateArgs {
  std::vector<std::string> paths;
  std::string jsonl = "-";
  bool raw = false;
  bool clean_records = false;
  BudgetArgs budget;
};

// Streams one annotations line per document: nothing is kept between documents.
class AnnotateSink final : public DocumentSink {
 public:
  AnnotateSink(const DocumentProcessor& processor, Console& console, OutputFile& out)
      : processor_(processor), console_(console), out_(out) {}

  void OnDocument(Document&& document) override {
    StatusOr<DocumentProcessor::Result> result = processor_.Process(document);
    if (!result.ok()) {
      OnError(document.InputName(), result.status());
      return;
    }
    for (const std::string& note : result->article.notes) console_.Note(document.InputName(), note);
    const Date& date = result->article.published;
    const std::string line = RenderAnnotationLine(
        result->article, result->body, result->annotations, date.valid() ? date.ToIso() : "");
    if (write_status_.ok()) write_status_ = out_.Append(line);
    ++written_;
    console_.Progress(written_);
  }
  void OnError(std::string_view input, const Status& status) override {
    console_.Skip(input, status);
  }

  size_t written() const { return written_; }
  // The first failed write, if any (later lines are not attempted).
  const Status& write_status() const { return write_status_; }

 private:
  const DocumentProcessor& processor_;
  Console& console_;
  OutputFile& out_;
  size_t written_ = 0;
  Status write_status_;
};

int RunAnnotate(const AnnotateArgs& args) {
  Console console;
  DocumentProcessor processor(CleanOptions{.raw = args.raw, .clean_records = args.clean_records},
                              args.budget.Budget());
  // JSONL streams; OutputFile still writes a file to a temporary beside it and renames it
  // once complete (stdout, devices and FIFOs in place), so FILE is never half-written, and an
  // earlier FILE survives a run that fails or writes nothing: `out` discards the temporary.
  OutputFile out;
  if (const Status opened = out.Open(args.jsonl); !opened.ok()) {
    PrintError("cannot write output: " + opened.ToString());
    return kExitFailed;
  }
  AnnotateSink sink(processor, console, out);
  const Status read = ReadInputs(args.paths, ReadOptions{}, sink);
  Status written = sink.write_status();
  // What was streamed in place is flushed whatever happened; a file is committed only whole.
  if (written.ok() && (!out.atomic() || (read.ok() && sink.written() > 0))) written = out.Commit();
  if (!read.ok()) PrintError(read.ToString());
  if (!written.ok()) PrintError("cannot write output: " + written.ToString());
  if (sink.written() == 0) {
    PrintError("nothing to annotate: no readable document in the inputs");
    return kExitFailed;
  }
  return read.ok() && written.ok() ? kExitOk : kExitFailed;
}


struct IngestArgs {
  std::vector<std::string> paths;
  std::string db = kDefaultStore;
  std::string queue;  // nats://...: publish to the work queue instead of analysing here
  bool clean_records = false;
  size_t commit_every = IngestOptions{}.commit_every;
  BudgetArgs budget;
};

// Runs the corpus stages over the whole store and publishes the result when documents came in
// since the last publication (or none was made), and says so; with `say_up_to_date`, also when
// there was nothing to do. False on a store error (printed).
bool PublishIfStale(Store& store, const AnalyzeOptions& options, bool say_up_to_date) {
  StatusOr<bool> stale = PublicationIsStale(store);
  if (!stale.ok()) {
    PrintError(stale.status().message());
    return false;
  }
  if (!*stale) {
    if (say_up_to_date)
      std::fprintf(stdout, "up to date: nothing new since the last publication\n");
    return true;
  }
  PublishCounts published;
  const Status publish = PublishStoreReport(store, options, UtcNow(), &published);
  if (!publish.ok()) {
    PrintError(publish.message());
    return false;
  }
  std::fprintf(stdout, "published %zu stories, %zu changes\n", published.stories,
               published.changes);
  return true;
}

// ingest --queue: every document read goes to the work queue for the workers.
int RunQueueIngest(const IngestArgs& args) {
  QueueOptions queue_options;
  queue_options.url = args.queue;
  StatusOr<std::unique_ptr<NatsQueue>> queue = NatsQueue::Connect(queue_options);
  if (!queue.ok()) {
    PrintError(queue.status().message());
    return kExitFailed;
  }
  Console console;
  QueuePublisher publisher(**queue);
  publisher.set_skip_listener(
      [&](std::string_view input, const Status& status) { console.Skip(input, status); });
  const Status read = ReadInputs(args.paths, ReadOptions{}, publisher);
  if (!read.ok()) PrintError(read.ToString());
  if (!publisher.error().ok()) PrintError(publisher.error().message());
  std::fprintf(stdout, "%zu queued, %zu skipped; %s\n", publisher.published(), publisher.skipped(),
               EscapeForTerminal(args.queue).c_str());
  if (!read.ok() || !publisher.error().ok()) return kExitFailed;
  if (publisher.published() == 0) {
    PrintError("nothing to queue: no readable document in the inputs");
    return kExitFailed;
  }
  return kExitOk;
}

int RunIngest(const IngestArgs& args) {
  if (!args.queue.empty()) return RunQueueIngest(args);
  StatusOr<std::unique_ptr<Store>> store = OpenStore(args.db, StoreAccess::kCreate);
  if (!store.ok()) {
    PrintError(store.status().message());
    return kExitFailed;
  }
  IngestOptions options;
  options.analyze.budget = args.budget.Budget();
  options.analyze.clean.clean_records = args.clean_records;
  options.commit_every = args.commit_every;
  StatusOr<std::unique_ptr<StoreIngest>> ingest = StoreIngest::Create(**store, options);
  if (!ingest.ok()) {
    PrintError(ingest.status().message());
    return kExitFailed;
  }
  Console console;
  StoreIngest& sink = **ingest;
  sink.set_skip_listener(
      [&](std::string_view input, const Status& status) { console.Skip(input, status); });
  sink.analyzer().set_progress_listener([&](size_t done) { console.Progress(done); });
  sink.analyzer().set_note_listener(
      [&](std::string_view input, std::string_view note) { console.Note(input, note); });
  // The acknowledgement: once this line is out, the documents it counts are on disk.
  sink.set_commit_listener([](size_t stored) {
    std::fprintf(stdout, "committed %zu\n", stored);
    std::fflush(stdout);
  });
  const Status read = ReadInputs(args.paths, ReadOptions{}, sink);
  const Status stored = sink.Finish();
  if (!read.ok()) PrintError(read.ToString());
  if (!stored.ok()) PrintError(stored.message());
  const IngestCounts& counts = sink.counts();
  StatusOr<size_t> total = (*store)->DocumentCount();
  std::fprintf(stdout, "%zu added, %zu already stored, %zu skipped; %s holds %zu documents\n",
               counts.added, counts.already_stored, counts.skipped,
               EscapeForTerminal(StoreName(args.db)).c_str(), total.ok() ? *total : size_t{0});
  if (!read.ok() || !stored.ok()) return kExitFailed;
  // The corpus stages over the whole store, when documents came in (or an earlier run died
  // before publishing): stories, claims and the change log that report, query and serve read.
  if (total.ok() && *total > 0 && !PublishIfStale(**store, options.analyze, false)) {
    return kExitFailed;
  }
  if (counts.added + counts.already_stored == 0) {
    PrintError("nothing to ingest: no readable document in the inputs (" +
               std::to_string(counts.skipped) + " skipped)");
    return kExitFailed;
  }
  return kExitOk;
}

struct ReportArgs {
  std::string db = kDefaultStore;
  ReportOutputs outputs;
};

int RunReport(const ReportArgs& args) {
  StatusOr<std::unique_ptr<Store>> store = OpenStore(args.db, StoreAccess::kExisting);
  if (!store.ok()) {
    PrintError(store.status().message());
    return kExitFailed;
  }
  StatusOr<Report> report = ReportFromStore(**store, AnalyzeOptions{});
  if (!report.ok()) {
    PrintError(report.status().message());
    return kExitFailed;
  }
  if (report->documents.empty()) {
    PrintError("nothing to report: " + StoreName(args.db) + " holds no documents");
    return kExitFailed;
  }
  return WriteReports(*report, args.outputs) ? kExitOk : kExitFailed;
}

struct WorkerArgs {
  std::string queue;
  std::string db = kDefaultStore;
  int batch = WorkerOptions{}.batch;
  double until_idle = 0;
  double ack_wait = 60;
  bool clean_records = false;
  BudgetArgs budget;
};

int RunWorkerCommand(const WorkerArgs& args) {
  StatusOr<std::unique_ptr<Store>> store = OpenStore(args.db, StoreAccess::kCreate);
  if (!store.ok()) {
    PrintError(store.status().message());
    return kExitFailed;
  }
  QueueOptions queue_options;
  queue_options.url = args.queue;
  queue_options.ack_wait_ms = static_cast<int64_t>(args.ack_wait * 1000);
  StatusOr<std::unique_ptr<NatsQueue>> queue = NatsQueue::Connect(queue_options);
  if (!queue.ok()) {
    PrintError(queue.status().message());
    return kExitFailed;
  }
  WorkerOptions options;
  options.ingest.analyze.budget = args.budget.Budget();
  options.ingest.analyze.clean.clean_records = args.clean_records;
  options.batch = args.batch;
  options.until_idle_seconds = args.until_idle;
  WorkerCounts counts;
  // The acknowledgement, as ingest's: once printed, the documents counted are committed.
  const Status status =
      RunWorker(**queue, **store, options, counts, [](const WorkerCounts& so_far) {
        std::fprintf(stdout, "committed batch %zu: %zu added so far\n", so_far.batches,
                     so_far.added);
        std::fflush(stdout);
      });
  std::fprintf(
      stdout, "%zu added, %zu already stored, %zu skipped, %zu dropped; %zu batches (%zu redone)\n",
      counts.added, counts.already_stored, counts.skipped, counts.dropped, counts.batches,
      counts.retried);
  if (!status.ok()) {
    PrintError(status.message());
    return kExitFailed;
  }
  return kExitOk;
}

struct PublishArgs {
  std::string db = kDefaultStore;
};

// The corpus stages over the whole store, when documents came in since the last publication.
int RunPublish(const PublishArgs& args) {
  StatusOr<std::unique_ptr<Store>> store = OpenStore(args.db, StoreAccess::kExisting);
  if (!store.ok()) {
    PrintError(store.status().message());
    return kExitFailed;
  }
  return PublishIfStale(**store, AnalyzeOptions{}, true) ? kExitOk : kExitFailed;
}

struct QueryArgs {
  std::string db = kDefaultStore;
  std::vector<std::string> words;
  StoryQuery query;
  std::string changes_since;
  std::string story;
  bool json = false;
};

int RunQuery(QueryArgs args) {
  StatusOr<std::unique_ptr<Store>> store = OpenStore(args.db, StoreAccess::kReadOnly);
  if (!store.ok()) {
    PrintError(store.status().message());
    return kExitFailed;
  }
  StatusOr<bool> stale = PublicationIsStale(**store);
  if (!stale.ok()) {
    PrintError(stale.status().message());
    return kExitFailed;
  }
  if (*stale) {
    PrintError("note: the stories of " + StoreName(args.db) +
               " are older than its documents or were made by another crosscheck build; "
               "`crosscheck publish` updates them");
  }
  std::string out;
  if (!args.changes_since.empty() || !args.story.empty()) {
    StatusOr<std::vector<ChangeRecord>> changes =
        (*store)->ChangesSince(args.changes_since, args.story, args.query.limit);
    if (!changes.ok()) {
      PrintError(changes.status().message());
      return kExitFailed;
    }
    out = args.json ? ChangesJson(*changes) : ChangesTable(*changes);
  } else {
    for (const std::string& word : args.words) {
      args.query.text += (args.query.text.empty() ? "" : " ") + word;
    }
    StatusOr<QueryResult> result = QueryStore(**store, args.query);
    if (!result.ok()) {
      PrintError(result.status().message());
      return kExitFailed;
    }
    out = args.json ? QueryResultJson(*result) : QueryResultTable(*result);
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  return std::fflush(stdout) == 0 ? kExitOk : kExitFailed;
}

constexpr const char* kCleanRecordsHelp =
    "Remove boilerplate from JSONL \"text\" and feed items too (default: a record's text is "
    "trusted as the article, so a headline and a snippet are analysed as they are)";

int Main(int argc, char** argv) {
  // An interrupted run removes the temporaries of the outputs it was writing.
  InstallTempFileCleanupHandlers();
  CLI::App app{"crosscheck: one cross-checked account from many overlapping news reports"};
  app.set_version_flag("--version", std::string("crosscheck ") + CROSSCHECK_VERSION);
  app.require_subcommand(1);

  AnalyzeArgs analyze_args;
  CLI::App* analyze = app.add_subcommand(
      "analyze", "Read inputs, group them into stories and write the cross-checked report");
  analyze
      ->add_option("paths", analyze_args.paths,
                   "Files or folders: .txt .html .jsonl .warc, RSS/Atom feeds, any of them "
                   ".gz; - for stdin")
      ->required();
  analyze_args.outputs.AddOptions(analyze);
  analyze->add_flag("--clean-records", analyze_args.clean_records, kCleanRecordsHelp);
  analyze_args.budget.AddOptions(analyze);
  analyze->add_option("--spill-dir", analyze_args.spill_dir,
                      "Folder for the temporary file a large run keeps its documents in "
                      "(default: $TMPDIR, else /tmp)");
  analyze
      ->add_option("--spill-after-mb", analyze_args.spill_after_mb,
                   "Memory the analysed documents may take before they go to that file, MiB "
                   "(0: from the first)")
      ->check(CLI::NonNegativeNumber)
      ->capture_default_str();

  AnnotateArgs annotate_args;
  CLI::App* annotate = app.add_subcommand(
      "annotate",
      "Write each document's cleaned text and mentions as JSON lines (annotations.schema.json)");
  annotate->add_option("paths", annotate_args.paths, "Files or folders, as for analyze")
      ->required();
  annotate->add_option("--jsonl", annotate_args.jsonl, "Output file (default: stdout)");
  annotate->add_flag("--raw", annotate_args.raw,
                     "Skip boilerplate removal: offsets match the input text");
  annotate->add_flag("--clean-records", annotate_args.clean_records, kCleanRecordsHelp);
  annotate_args.budget.AddOptions(annotate);

  IngestArgs ingest_args;
  CLI::App* ingest = app.add_subcommand(
      "ingest", "Analyse inputs document by document and add them to a store (SQLite file)");
  ingest->add_option("paths", ingest_args.paths, "Files or folders, as for analyze")->required();
  ingest
      ->add_option("--db", ingest_args.db,
                   "The store: a file (SQLite; made when missing) or a postgresql:// URL")
      ->capture_default_str();
  ingest->add_flag("--clean-records", ingest_args.clean_records, kCleanRecordsHelp);
  ingest
      ->add_option("--commit-every", ingest_args.commit_every,
                   "Documents per transaction: at most this many are lost to a crash")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  ingest->add_option("--queue", ingest_args.queue,
                     "Send the documents to this work queue (nats://host:port) for `worker`s "
                     "instead of analysing them here");
  ingest_args.budget.AddOptions(ingest);

  WorkerArgs worker_args;
  CLI::App* worker = app.add_subcommand(
      "worker", "Take documents from a work queue, analyse them and add them to a store");
  worker->add_option("--queue", worker_args.queue, "The work queue (nats://host:port)")->required();
  worker->add_option("--db", worker_args.db, "The store: a file or a postgresql:// URL")
      ->capture_default_str();
  worker->add_option("--batch", worker_args.batch, "Documents per batch (one commit each)")
      ->check(CLI::Range(1, 10000))
      ->capture_default_str();
  worker
      ->add_option("--until-idle", worker_args.until_idle,
                   "Stop after this many seconds without work (default: run until stopped)")
      ->check(CLI::NonNegativeNumber);
  worker
      ->add_option("--ack-wait", worker_args.ack_wait,
                   "Seconds a taken batch may stay unfinished before another worker gets it "
                   "(set when the queue's consumer is made)")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  worker->add_flag("--clean-records", worker_args.clean_records, kCleanRecordsHelp);
  worker_args.budget.AddOptions(worker);

  PublishArgs publish_args;
  CLI::App* publish = app.add_subcommand(
      "publish",
      "Run the corpus stages over a store (stories, claims, what changed), as ingest "
      "does at its end; for stores filled by workers");
  publish->add_option("--db", publish_args.db, "The store: a file or a postgresql:// URL")
      ->capture_default_str();

  ReportArgs report_args;
  CLI::App* report = app.add_subcommand(
      "report", "Write the cross-checked report of everything in a store, as analyze does");
  report->add_option("--db", report_args.db, "The store: a file or a postgresql:// URL")
      ->capture_default_str();
  report_args.outputs.AddOptions(report);

  ServeArgs serve_args;
  CLI::App* serve = app.add_subcommand(
      "serve", "Serve a store over HTTP: JSON API, HTML pages, Atom feeds of changes");
  AddServeOptions(*serve, serve_args);

  QueryArgs query_args;
  CLI::App* query =
      app.add_subcommand("query", "Find stories and documents in a store, or list what changed");
  query->add_option("text", query_args.words, "Words every document found holds (title or text)");
  query->add_option("--db", query_args.db, "The store: a file or a postgresql:// URL")
      ->capture_default_str();
  query->add_option("--entity", query_args.query.entity,
                    "Stories naming this entity (part of a name)");
  query->add_option("--outlet", query_args.query.outlet,
                    "Stories reported by this outlet (part of its name)");
  query->add_option("--status", query_args.query.status,
                    "Stories with a claim of this status (corroborated, single_source, "
                    "conflicting, contested, denied, unconfirmed)");
  query->add_option("--from", query_args.query.from,
                    "Stories reported on or after this date (2024-10-18, 2024-10, 2024)");
  query->add_option("--to", query_args.query.to, "Stories reported on or before this date");
  query->add_option("--changes-since", query_args.changes_since,
                    "List what changed since this date or time (ISO 8601, UTC) instead");
  query->add_option("--story", query_args.story, "List the changes of this story instead");
  query->add_option("--limit", query_args.query.limit, "Stories, documents or changes listed")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  query->add_flag("--json", query_args.json, "Print JSON instead of a table");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    const int code = app.exit(error);
    return code == 0 ? kExitOk : kExitFailed;
  }
  if (analyze->parsed()) return RunAnalyze(analyze_args);
  if (annotate->parsed()) return RunAnnotate(annotate_args);
  if (ingest->parsed()) return RunIngest(ingest_args);
  if (report->parsed()) return RunReport(report_args);
  if (serve->parsed()) return RunServe(serve_args);
  if (query->parsed()) return RunQuery(std::move(query_args));
  if (worker->parsed()) return RunWorkerCommand(worker_args);
  if (publish->parsed()) return RunPublish(publish_args);
  return kExitFailed;
}

}  // namespace
}  // namespace crosscheck

int main(int argc, char** argv) {
  // Allocations above 128 KiB get their own pages and return them when freed. glibc would
  // otherwise raise this threshold to the largest block freed so far (up to 32 MiB), after
  // which the growing article and report vectors come from the heap and leave holes the OS
  // never gets back: 100,000 small files peaked at 569 MB RSS, 489 MB with the fixed threshold.
  mallopt(M_MMAP_THRESHOLD, 128 * 1024);
  // A heap keeps up to 4 MiB free at its top instead of glibc's 128 KiB: with the threshold
  // above fixed, the per-document workers' heaps were trimmed (madvise, then a TLB shootdown
  // on every core) after nearly every document: 23,000 madvise calls and ~10% of the time on
  // BBC (2.31 -> 1.87 s), for no resident memory saved.
  mallopt(M_TRIM_THRESHOLD, 4 * 1024 * 1024);
  try {
    return crosscheck::Main(argc, argv);
  } catch (const std::exception& error) {
    crosscheck::PrintError(std::string("internal error: ") + error.what());
    return crosscheck::kExitFailed;
  }
}
