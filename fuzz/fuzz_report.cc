// libFuzzer target for the report writers: fuzz bytes become a Report whose every string
// (ids, titles, names, quotes, input names) may hold any byte — markup, Markdown syntax,
// control characters, NUL, invalid UTF-8 — and all four writers run on it. Invariants:
//   - JSON is valid UTF-8 and parses;
//   - Markdown holds no '<' at all (input's are entities), no control byte but '\n', and each
//     table row keeps its cell count (a '|' from input is escaped);
//   - HTML opens only the tags the writer itself emits (no <script>, <img> from input);
//   - the terminal summary is valid UTF-8 with no control byte but '\n'.
// Input format: a sequence of length-prefixed strings (one length byte, then that many bytes);
// the Report's fields take them in a fixed order, empty once the input runs out.
#include <simdjson.h>

#include <cstddef>
#include <cstdint>
#include <set>
#include <string>
#include <string_view>

#include "base/utf8.h"
#include "report/report_writers.h"

namespace {

class FieldReader {
 public:
  explicit FieldReader(std::string_view bytes) : bytes_(bytes) {}

  std::string Next() {
    if (bytes_.empty()) return "";
    const size_t length =
        std::min<size_t>(static_cast<unsigned char>(bytes_[0]), bytes_.size() - 1);
    std::string field(bytes_.substr(1, length));
    bytes_.remove_prefix(1 + length);
    return field;
  }
  // A small count (0..limit) taken from one byte.
  size_t Count(size_t limit) {
    if (bytes_.empty()) return 0;
    const size_t count = static_cast<unsigned char>(bytes_[0]) % (limit + 1);
    bytes_.remove_prefix(1);
    return count;
  }
  std::vector<std::string> List(size_t limit) {
    std::vector<std::string> values(Count(limit));
    for (std::string& value : values) value = Next();
    return values;
  }

 private:
  std::string_view bytes_;
};

crosscheck::Report MakeReport(FieldReader& in) {
  crosscheck::Report report;
  report.version = in.Next();
  for (size_t doc_idx = 0, count = in.Count(3); doc_idx < count; ++doc_idx) {
    crosscheck::ReportDocument doc;
    doc.id = in.Next();
    doc.title = in.Next();
    doc.outlet = in.Next();
    doc.published = in.Next();
    doc.body = in.Next();
    doc.credits = in.List(2);
    doc.story = in.Next();
    doc.duplicate_of = in.Next();
    report.documents.push_back(std::move(doc));
  }
  for (size_t story_idx = 0, count = in.Count(2); story_idx < count; ++story_idx) {
    crosscheck::ReportStory story;
    story.id = in.Next();
    story.title = in.Next();
    story.first_published = in.Next();
    story.last_published = in.Next();
    story.topic = in.Next();
    story.related = in.List(2);
    story.documents = in.List(3);
    story.independent_sources.push_back({in.Next(), in.Next(), in.List(2)});
    story.entities.push_back({in.Next(), in.Next(), in.Next(), in.List(2), {}, in.List(2)});
    static constexpr const char* kKinds[] = {"direct", "indirect", "partial"};
    for (const char* kind : kKinds) {
      crosscheck::ReportQuote quote;
      quote.speaker = in.Next();
      quote.speaker_name = in.Next();
      quote.text = in.Next();
      quote.kind = kind;
      quote.said_on = in.Next();
      quote.documents = in.List(2);
      quote.cue = in.Next();
      quote.clause = in.Next();
      story.quotes.push_back(std::move(quote));
    }
    crosscheck::ReportQuantity quantity;
    quantity.value = static_cast<double>(in.Count(255)) * 1000.5;
    quantity.approximation = in.Next();
    quantity.counts = in.Next();
    quantity.unit = in.Next();
    quantity.text = in.Next();
    quantity.attributed_to = in.Next();
    quantity.as_of = in.Next();
    quantity.documents = in.List(2);
    story.quantities.push_back(std::move(quantity));
    crosscheck::ReportClaim claim;
    claim.id = in.Next();
    claim.about = in.Next();
    claim.status = in.Next();
    claim.kind = in.Next();
    claim.statements.push_back({in.Next(), in.Next(), in.Next(), in.Next(), in.Next(), std::nullopt,
                                in.List(2), in.Next(), in.Next(), in.Next()});
    story.claims.push_back(std::move(claim));
    story.timeline.push_back({in.Next(), in.Next(), in.Next(), in.List(2), in.Next(), in.Next()});
    report.stories.push_back(std::move(story));
  }
  for (size_t skipped_idx = 0, count = in.Count(2); skipped_idx < count; ++skipped_idx) {
    report.skipped.push_back({in.Next(), in.Next()});
  }
  return report;
}

bool HasControlBytesBesidesNewline(std::string_view text) {
  for (char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if ((byte < 0x20 && byte != '\n') || byte == 0x7f) return true;
  }
  return false;
}

// Cells of a Markdown table row: '|' not escaped by a backslash.
size_t CountCellSeparators(std::string_view line) {
  size_t separators = 0;
  for (size_t pos = 0; pos < line.size(); ++pos) {
    if (line[pos] == '\\') {
      ++pos;
    } else if (line[pos] == '|') {
      ++separators;
    }
  }
  return separators;
}

void CheckMarkdown(std::string_view md) {
  if (md.find('<') != std::string_view::npos) __builtin_trap();
  if (HasControlBytesBesidesNewline(md) || !crosscheck::IsValidUtf8(md)) __builtin_trap();
  // The figures table has 5 columns (6 separators), the documents table 10 (11).
  size_t line_start = 0;
  while (line_start < md.size()) {
    size_t line_end = md.find('\n', line_start);
    if (line_end == std::string_view::npos) line_end = md.size();
    const std::string_view line = md.substr(line_start, line_end - line_start);
    if (!line.empty() && line[0] == '|') {
      const size_t separators = CountCellSeparators(line);
      if (separators != 6 && separators != 11) __builtin_trap();
    }
    line_start = line_end + 1;
  }
}

// Every tag in the page is one the writer emits (input text never becomes markup). The
// writer's own inline script and style are constant and skipped (they hold '<' comparisons).
void CheckHtml(std::string_view html) {
  static const std::set<std::string, std::less<>> kWriterTags = {
      "!doctype", "a",      "b",      "blockquote", "body",    "br",     "circle", "code",
      "details",  "div",    "figcaption", "figure", "h1",      "h2",     "h3",     "h4",
      "head",     "header", "html",   "i",          "input",   "label",  "li",     "line",
      "main",     "mark",   "meta",   "nav",        "ol",      "option", "p",      "path",
      "pre",      "script", "section", "select",    "span",    "style",  "summary", "svg",
      "table",    "td",     "text",   "th",         "title",   "tr",     "ul"};
  for (size_t pos = html.find('<'); pos != std::string_view::npos; pos = html.find('<', pos + 1)) {
    size_t name_start = pos + 1;
    if (name_start < html.size() && html[name_start] == '/') ++name_start;
    size_t name_end = name_start;
    while (name_end < html.size() && html[name_end] != ' ' && html[name_end] != '>') ++name_end;
    const std::string_view name = html.substr(name_start, name_end - name_start);
    if (kWriterTags.find(name) == kWriterTags.end()) __builtin_trap();
    if (html[pos + 1] != '/' && (name == "script" || name == "style")) {
      const size_t close = html.find(name == "script" ? "</script>" : "</style>", name_end);
      if (close == std::string_view::npos) __builtin_trap();
      pos = close;
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  FieldReader in(std::string_view(reinterpret_cast<const char*>(data), size));
  const crosscheck::Report report = MakeReport(in);

  const std::string json = crosscheck::RenderReportJson(report);
  if (!crosscheck::IsValidUtf8(json)) __builtin_trap();
  simdjson::dom::parser parser;
  simdjson::dom::element root;
  if (parser.parse(json).get(root) != simdjson::SUCCESS) __builtin_trap();

  CheckMarkdown(crosscheck::RenderReportMarkdown(report));
  CheckHtml(crosscheck::RenderReportHtml(report));

  const std::string summary = crosscheck::RenderSummary(report);
  if (HasControlBytesBesidesNewline(summary) || !crosscheck::IsValidUtf8(summary)) {
    __builtin_trap();
  }
  return 0;
}
