// The report: what `analyze` writes, mirroring docs/schema/report.schema.json field for field
// (names and meanings are a contract). Built by reconcile (stories) and the pipeline
// (documents); written by report/. Empty strings stand for JSON null where the schema allows
// null. Value types.
#ifndef CROSSCHECK_MODEL_REPORT_H_
#define CROSSCHECK_MODEL_REPORT_H_

#include <optional>
#include <string>
#include <vector>

namespace crosscheck {

struct ReportSharedPassage {
  std::string document;
  std::string text;
  double similarity = 0;
};

struct ReportDocument {
  std::string id, source, title, published, published_from, outlet, language, body;
  std::string url;                   // schema v2: the original address; empty -> null
  std::vector<std::string> authors;  // additive: the authors the input listed
  std::vector<std::string> credits;
  std::string story, syndication_group, duplicate_of;
  std::vector<ReportSharedPassage> shared_passages;
  // Additive: other documents sharing passages with this one beyond those listed (the list
  // names at most a few, the most similar, so that a report stays linear in a big group).
  size_t shared_passages_omitted = 0;
  size_t input_bytes = 0;
};

struct ReportSource {
  std::string group;
  std::string origin;
  std::vector<std::string> documents;
};

struct ReportEntity {
  std::string id, name, type;
  std::vector<std::string> aliases, roles, documents;
};

struct ReportQuote {
  std::string speaker, speaker_name, text, kind, said_on;
  std::vector<std::string> documents;
  // Additive (the schema allows extra fields): the reporting verb or phrase as written
  // ("said", "told reporters", "According to"), and for a partial quote the reported clause
  // that holds its quoted words, marks as written. Empty when the text gives none.
  std::string cue, clause;
};

struct ReportQuantity {
  double value = 0;
  std::optional<double> upper;
  std::string approximation, counts, text, attributed_to, as_of, unit;
  // Additive: who gives the figure as the text names them, also when that is no entity of
  // the story ("a source in the ministry", "local media"); empty when the text names nobody.
  std::string attributed_to_name;
  // For a planned or expected figure, the date it is expected to hold ("by December");
  // empty otherwise. `as_of` is then the date of the statement.
  std::string expected_by;
  std::vector<std::string> documents;
};

struct ReportStatement {
  std::string holder, holder_name, stance, date, text;
  std::optional<double> value;
  std::vector<std::string> documents;
  // The syndication group carrying it (statements of one group count once), the figure's
  // unit, and for an expected figure or happening the date it is expected by; empty if none.
  std::string origin, unit, expected_by;
};

struct ReportClaim {
  // kind: "figure" (values of one counted thing) or "happening" (that something happened).
  std::string id, about, status, kind;
  std::vector<ReportStatement> statements;
  int independent_support = 0;
};

struct ReportTimelineEntry {
  std::string date, end, text;
  std::vector<std::string> documents;
  // The claim this happening belongs to, if any; kind "happening", "statement" or
  // "publication" (schema v2).
  std::string claim, kind;
};

struct ReportStory {
  std::string id, title, first_published, last_published;
  // The topic: stories of the same kind (two earthquakes, two trials) share it; `related`
  // lists the other stories of the topic, biggest first.
  std::string topic;
  std::vector<std::string> related;
  std::vector<std::string> documents;
  std::vector<ReportSource> independent_sources;
  std::vector<ReportEntity> entities;
  std::vector<ReportQuote> quotes;
  std::vector<ReportQuantity> quantities;
  std::vector<ReportClaim> claims;
  std::vector<ReportTimelineEntry> timeline;
};

// An input that could not be read or cleaned, and why.
struct ReportSkipped {
  std::string input, reason;
};

struct Report {
  std::string version;
  std::vector<ReportDocument> documents;
  std::vector<ReportStory> stories;
  std::vector<ReportSkipped> skipped;
};

}  // namespace crosscheck

#endif  // CROSSCHECK_MODEL_REPORT_H_
