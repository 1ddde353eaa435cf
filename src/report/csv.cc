// Claims, quotes and figures as CSV tables for spreadsheets (RFC 4180: comma-separated, CRLF
// line ends, a field quoted when it holds a comma, a quotation mark or a line break, its marks
// doubled). A text field that a spreadsheet would read as a formula (starting with =, +, -, @,
// a tab or a carriage return) gets a leading apostrophe, as OWASP advises against CSV
// injection: these cells hold text from strangers' pages. Numbers are written plainly, the
// shortest form that reads back to the same double.
#include <charconv>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "report/format.h"
#include "report/report_writers.h"

namespace crosscheck {
namespace {

void AppendText(std::string_view value, std::string& out) {
  const bool formula =
      !value.empty() && (value.front() == '=' || value.front() == '+' || value.front() == '-' ||
                         value.front() == '@' || value.front() == '\t' || value.front() == '\r');
  const bool quote = formula || value.find_first_of(",\"\r\n") != std::string_view::npos;
  if (!quote) {
    out += value;
    return;
  }
  out += '"';
  if (formula) out += '\'';
  for (const char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

void AppendNumber(double value, std::string& out) {
  char buffer[32];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  out.append(buffer, result.ptr);
}

// One CSV row builder: fields separated by commas, the row ended by CRLF.
class Row {
 public:
  explicit Row(std::string& out) : out_(out) {}
  ~Row() { out_ += "\r\n"; }
  Row(const Row&) = delete;
  Row& operator=(const Row&) = delete;

  Row& Text(std::string_view value) {
    Separate();
    AppendText(value, out_);
    return *this;
  }
  Row& Number(double value) {
    Separate();
    AppendNumber(value, out_);
    return *this;
  }
  Row& Number(const std::optional<double>& value) {
    Separate();
    if (value) AppendNumber(*value, out_);
    return *this;
  }
  Row& Count(size_t value) {
    Separate();
    out_ += std::to_string(value);
    return *this;
  }

 private:
  void Separate() {
    if (!first_) out_ += ',';
    first_ = false;
  }
  std::string& out_;
  bool first_ = true;
};

void Header(std::string& out, const std::vector<std::string_view>& names) {
  Row row(out);
  for (std::string_view name : names) row.Text(name);
}

}  // namespace

CsvTables RenderReportCsv(const Report& report) {
  CsvTables tables;
  Header(tables.claims,
         {"story", "claim", "kind", "about", "status", "independent_support", "holder", "holder_id",
          "stance", "value", "unit", "date", "expected_by", "origin", "documents", "text"});
  Header(tables.quotes,
         {"story", "speaker", "speaker_id", "kind", "said_on", "cue", "text", "documents"});
  Header(tables.figures,
         {"story", "value", "upper", "approximation", "unit", "counts", "attributed_to",
          "attributed_to_id", "as_of", "expected_by", "documents", "text"});
  for (const ReportStory& story : report.stories) {
    for (const ReportClaim& claim : story.claims) {
      for (const ReportStatement& statement : claim.statements) {
        Row(tables.claims)
            .Text(story.id)
            .Text(claim.id)
            .Text(claim.kind)
            .Text(claim.about)
            .Text(claim.status)
            .Count(static_cast<size_t>(claim.independent_support))
            .Text(HolderName(story, statement))
            .Text(statement.holder)
            .Text(statement.stance)
            .Number(statement.value)
            .Text(statement.unit)
            .Text(statement.date)
            .Text(statement.expected_by)
            .Text(statement.origin)
            .Text(JoinStrings(statement.documents, " "))
            .Text(statement.text);
      }
    }
    for (const ReportQuote& quote : story.quotes) {
      const std::string name =
          !quote.speaker.empty() ? EntityName(story, quote.speaker) : quote.speaker_name;
      Row(tables.quotes)
          .Text(story.id)
          .Text(name)
          .Text(quote.speaker)
          .Text(quote.kind)
          .Text(quote.said_on)
          .Text(quote.cue)
          .Text(quote.text)
          .Text(JoinStrings(quote.documents, " "));
    }
    for (const ReportQuantity& quantity : story.quantities) {
      Row(tables.figures)
          .Text(story.id)
          .Number(quantity.value)
          .Number(quantity.upper)
          .Text(quantity.approximation)
          .Text(quantity.unit)
          .Text(quantity.counts)
          .Text(GivenBy(story, quantity))
          .Text(quantity.attributed_to)
          .Text(quantity.as_of)
          .Text(quantity.expected_by)
          .Text(JoinStrings(quantity.documents, " "))
          .Text(quantity.text);
    }
  }
  return tables;
}

}  // namespace crosscheck
