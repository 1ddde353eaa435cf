// Report writers: the same Report rendered for machines (JSON per
// docs/schema/report.schema.json), for reading (Markdown, a self-contained HTML page) and for
// the terminal (a short summary). Each returns the whole text; the caller writes it, except
// WriteReportJson, which hands the JSON out in pieces so that it is never whole in memory.
// Pure functions of the report; thread-safe.
#ifndef CROSSCHECK_REPORT_REPORT_WRITERS_H_
#define CROSSCHECK_REPORT_REPORT_WRITERS_H_

#include <functional>
#include <memory>
#include <span>
#include <string>
#include <string_view>

#include "base/status.h"
#include "model/report.h"
#include "model/report_sink.h"

namespace crosscheck {

// JSON following docs/schema/report.schema.json (pretty-printed, two-space indent).
std::string RenderReportJson(const Report& report);

// Receives rendered text in order, in pieces; a status other than ok stops the rendering.
using TextSink = std::function<Status(std::string_view)>;

// The same JSON as RenderReportJson, handed to `sink` in pieces of about kJsonPieceBytes.
// Returns the first error `sink` returned, else ok.
inline constexpr size_t kJsonPieceBytes = 64 * 1024;
Status WriteReportJson(const Report& report, const TextSink& sink);

// The same JSON for a report handed out as it is built (model/report_sink.h), to `sink` in
// pieces: what WriteReportJson writes for the whole report, byte for byte.
std::unique_ptr<ReportSink> NewJsonReportSink(TextSink sink);

// Markdown: one section per story (sources, claims, figures, quotes, timeline), then the
// documents table and skipped inputs.
std::string RenderReportMarkdown(const Report& report);

// A self-contained HTML page (inline CSS and SVG, one small inline script for the index's
// search and filters, nothing fetched): a story index, then each story, then the documents'
// cleaned text with the cited sentences marked. See html.cc.
std::string RenderReportHtml(const Report& report);

// Claims (one row per statement), quotes and figures as three CSV tables for spreadsheets,
// each with a header row; every row names its story. See csv.cc for quoting and for the
// apostrophe before a cell a spreadsheet would read as a formula.
struct CsvTables {
  std::string claims, quotes, figures;
};
CsvTables RenderReportCsv(const Report& report);

// A few lines per story for the terminal: size, independent sources, dates, main claims,
// figures and quotes.
std::string RenderSummary(const Report& report);
// The same from the counts and the first stories alone (a streamed report keeps no more):
// `first_stories` are the report's first stories, at least kSummaryStories of them when
// there are that many.
inline constexpr size_t kSummaryStories = 12;
std::string RenderSummary(const std::string& version, size_t documents, size_t stories,
                          size_t skipped, std::span<const ReportStory> first_stories);

}  // namespace crosscheck

#endif  // CROSSCHECK_REPORT_REPORT_WRITERS_H_
