// crosscheck: the command line. Turns statuses into messages and exit codes; all the work
// happens in the library (pipeline/, report/).
//
//   crosscheck analyze PATH... [--json FILE] [--html FILE] [--md FILE]
//   crosscheck annotate PATH... [--jsonl FILE] [--raw]
//
// Exit codes: 0 when at least one document was analysed, 2 when the run as a whole failed
// (bad arguments, nothing readable, an output that could not be written).
#include <malloc.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <exception>
#include <cstdio>
#include <string>
#include <vector>

#include "base/file_io.h"
#include "ingest/reader.h"
#include "pipeline/analyzer.h"
#include "report/annotations_jsonl.h"
#include "report/report_writers.h"

namespace crosscheck {
namespace {

constexpr int kExitOk = 0;
constexpr int kExitFailed = 2;
// After this many per-input messages, the rest are only counted (all are in the report).
constexpr size_t kMaxSkipMessages = 50;

// Prints skipped inputs and progress on stderr: one line per skipped input (up to a cap), and
// a progress line every few seconds on long runs.
class Console {
 public:
  void Skip(std::string_view input, const Status& status) {
    if (++skipped_ <= kMaxSkipMessages) {
      std::fprintf(stderr, "crosscheck: skipped %.*s: %s\n", static_cast<int>(input.size()), input.data(),
                   status.ToString().c_str());
    } else if (skipped_ == kMaxSkipMessages + 1) {
      std::fprintf(stderr, "crosscheck: more inputs skipped; all are listed in the report\n");
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
  std::chrono::steady_clock::time_point last_ = std::chrono::steady_clock::now();
};

bool WriteOutput(const std::string& path, const std::string& content) {
  const Status status = WriteFileAtomically(path, content);
  if (!status.ok()) std::fprintf(stderr, "crosscheck: cannot write output: %s\n", status.ToString().c_str());
  return status.ok();
}

struct AnalyzeArgs {
  std::vector<std::string> paths;
  std::string json, html, md;
};

int RunAnalyze(const AnalyzeArgs& args) {
  Console console;
  Analyzer analyzer;
  analyzer.set_skip_listener([&](std::string_view input, const Status& status) { console.Skip(input, status); });
  analyzer.set_progress_listener([&](size_t done) { console.Progress(done); });
  const Status read = ReadInputs(args.paths, ReadOptions{}, analyzer);
  if (!read.ok()) {
    std::fprintf(stderr, "crosscheck: %s\n", read.ToString().c_str());
    return kExitFailed;
  }
  if (analyzer.document_count() == 0) {
    std::fprintf(stderr, "crosscheck: nothing to analyse: no readable document in the inputs (%zu skipped)\n",
                 analyzer.skipped_count());
    return kExitFailed;
  }
  const Report report = analyzer.Finish();
  bool ok = true;
  // JSON goes out in pieces as it is rendered: whole, it would be the largest allocation of
  // the run (2.4 KB a short document).
  if (!args.json.empty()) {
    const Status status = WriteFileAtomically(
        args.json, [&report](const PieceWriter& write) { return WriteReportJson(report, write); });
    if (!status.ok()) std::fprintf(stderr, "crosscheck: cannot write output: %s\n", status.ToString().c_str());
    ok &= status.ok();
  }
  if (!args.md.empty()) ok &= WriteOutput(args.md, RenderReportMarkdown(report));
  if (!args.html.empty()) ok &= WriteOutput(args.html, RenderReportHtml(report));
  // The summary goes to stdout unless stdout already carries a report ("-").
  if (args.json != "-" && args.md != "-" && args.html != "-") std::fputs(RenderSummary(report).c_str(), stdout);
  return ok ? kExitOk : kExitFailed;
}

struct AnnotateArgs {
  std::vector<std::string> paths;
  std::string jsonl = "-";
  bool raw = false;
};

// Streams one annotations line per document: nothing is kept between documents.
class AnnotateSink final : public DocumentSink {
 public:
  AnnotateSink(const DocumentProcessor& processor, Console& console, std::FILE* out)
      : processor_(processor), console_(console), out_(out) {}

  void OnDocument(Document&& document) override {
    StatusOr<DocumentProcessor::Result> result = ProcessOrError(document);
    if (!result.ok()) {
      OnError(document.InputName(), result.status());
      return;
    }
    const Date& date = result->article.published;
    const std::string line = RenderAnnotationLine(result->article, result->body, result->annotations,
                                                  date.valid() ? date.ToIso() : "");
    if (std::fwrite(line.data(), 1, line.size(), out_) != line.size()) write_failed_ = true;
    ++written_;
    console_.Progress(written_);
  }
  void OnError(std::string_view input, const Status& status) override { console_.Skip(input, status); }

  size_t written() const { return written_; }
  bool write_failed() const { return write_failed_; }

 private:
  // One document that throws (bad_alloc on a huge input, a bug) is skipped, not the run.
  StatusOr<DocumentProcessor::Result> ProcessOrError(const Document& document) const {
    try {
      return processor_.Process(document);
    } catch (const std::exception& error) {
      return InternalError(std::string("analysis failed: ") + error.what());
    }
  }

  const DocumentProcessor& processor_;
  Console& console_;
  std::FILE* out_;
  size_t written_ = 0;
  bool write_failed_ = false;
};

int RunAnnotate(const AnnotateArgs& args) {
  Console console;
  DocumentProcessor processor(CleanOptions{.raw = args.raw});
  // JSONL streams, so it cannot be renamed into place at the end like a report: it is
  // written to FILE.partial.PID, flushed to disk and renamed once complete, so FILE is never
  // half-written, and an earlier FILE survives a run that writes nothing.
  const bool to_stdout = args.jsonl == "-";
  const std::string partial = args.jsonl + ".partial." + std::to_string(::getpid());
  std::FILE* out = to_stdout ? stdout : std::fopen(partial.c_str(), "wb");
  if (out == nullptr) {
    std::fprintf(stderr, "crosscheck: cannot write %s: %s\n", args.jsonl.c_str(), std::strerror(errno));
    return kExitFailed;
  }
  AnnotateSink sink(processor, console, out);
  const Status read = ReadInputs(args.paths, ReadOptions{}, sink);
  bool ok = read.ok() && !sink.write_failed() && std::fflush(out) == 0;
  if (!to_stdout) {
    ok = ok && ::fsync(::fileno(out)) == 0;
    ok &= std::fclose(out) == 0;
    ok = ok && sink.written() > 0 && std::rename(partial.c_str(), args.jsonl.c_str()) == 0;
    if (!ok) std::remove(partial.c_str());
  }
  if (!read.ok()) std::fprintf(stderr, "crosscheck: %s\n", read.ToString().c_str());
  if (read.ok() && !ok && sink.written() > 0) std::fprintf(stderr, "crosscheck: cannot write %s\n", args.jsonl.c_str());
  if (sink.written() == 0) {
    std::fprintf(stderr, "crosscheck: nothing to annotate: no readable document in the inputs\n");
    return kExitFailed;
  }
  return ok ? kExitOk : kExitFailed;
}

int Main(int argc, char** argv) {
  CLI::App app{"crosscheck: one cross-checked account from many overlapping news reports"};
  app.set_version_flag("--version", std::string("crosscheck ") + CROSSCHECK_VERSION);
  app.require_subcommand(1);

  AnalyzeArgs analyze_args;
  CLI::App* analyze = app.add_subcommand(
      "analyze", "Read inputs, group them into stories and write the cross-checked report");
  analyze->add_option("paths", analyze_args.paths,
                      "Files or folders: .txt .html .jsonl .warc, any of them .gz; - for stdin")
      ->required();
  analyze->add_option("--json", analyze_args.json, "Write the report as JSON (report.schema.json); - for stdout");
  analyze->add_option("--html", analyze_args.html, "Write the report as a self-contained HTML page");
  analyze->add_option("--md", analyze_args.md, "Write the report as Markdown");

  AnnotateArgs annotate_args;
  CLI::App* annotate = app.add_subcommand(
      "annotate", "Write each document's cleaned text and mentions as JSON lines (annotations.schema.json)");
  annotate->add_option("paths", annotate_args.paths, "Files or folders, as for analyze")->required();
  annotate->add_option("--jsonl", annotate_args.jsonl, "Output file (default: stdout)");
  annotate->add_flag("--raw", annotate_args.raw, "Skip boilerplate removal: offsets match the input text");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    const int code = app.exit(error);
    return code == 0 ? kExitOk : kExitFailed;
  }
  if (analyze->parsed()) return RunAnalyze(analyze_args);
  if (annotate->parsed()) return RunAnnotate(annotate_args);
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
  try {
    return crosscheck::Main(argc, argv);
  } catch (const std::exception& error) {
    std::fprintf(stderr, "crosscheck: internal error: %s\n", error.what());
    return crosscheck::kExitFailed;
  }
}
