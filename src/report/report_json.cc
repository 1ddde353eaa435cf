// JSON rendering of the report: field names and meanings follow
// docs/schema/report.schema.json exactly; empty strings become null where the schema allows.
#include "report/json_writer.h"
#include "report/report_writers.h"

#include <memory>
#include <utility>

namespace crosscheck {
namespace {

void WriteDocument(const ReportDocument& doc, JsonWriter& json) {
  json.BeginObject();
  json.Field("id", doc.id);
  json.Field("source", doc.source);
  json.FieldOrNull("title", doc.title);
  json.FieldOrNull("published", doc.published);
  json.Field("published_from", doc.published_from.empty() ? "none" : doc.published_from);
  json.FieldOrNull("outlet", doc.outlet);
  json.FieldOrNull("url", doc.url);
  json.Key("authors");
  json.StringArray(doc.authors);
  json.Key("credits");
  json.StringArray(doc.credits);
  json.Field("language", doc.language);
  json.FieldOrNull("story", doc.story);
  json.Field("syndication_group", doc.syndication_group);
  json.FieldOrNull("duplicate_of", doc.duplicate_of);
  json.Key("shared_passages");
  json.BeginArray();
  for (const ReportSharedPassage& passage : doc.shared_passages) {
    json.BeginObject();
    json.Field("document", passage.document);
    json.Field("text", passage.text);
    json.Key("similarity");
    json.Number(passage.similarity);
    json.EndObject();
  }
  json.EndArray();
  if (doc.shared_passages_omitted > 0) {
    json.Key("shared_passages_omitted");
    json.Integer(static_cast<long long>(doc.shared_passages_omitted));
  }
  json.Field("body", doc.body);
  json.EndObject();
}

void WriteStory(const ReportStory& story, JsonWriter& json) {
  json.BeginObject();
  json.Field("id", story.id);
  json.Field("title", story.title);
  json.Key("documents");
  json.StringArray(story.documents);
  json.FieldOrNull("first_published", story.first_published);
  json.FieldOrNull("last_published", story.last_published);
  json.Field("topic", story.topic);
  json.Key("related");
  json.StringArray(story.related);

  json.Key("independent_sources");
  json.BeginArray();
  for (const ReportSource& source : story.independent_sources) {
    json.BeginObject();
    json.Field("group", source.group);
    json.FieldOrNull("origin", source.origin);
    json.Key("documents");
    json.StringArray(source.documents);
    json.EndObject();
  }
  json.EndArray();

  json.Key("entities");
  json.BeginArray();
  for (const ReportEntity& entity : story.entities) {
    json.BeginObject();
    json.Field("id", entity.id);
    json.Field("name", entity.name);
    json.Field("type", entity.type);
    json.Key("aliases");
    json.StringArray(entity.aliases);
    json.Key("roles");
    json.StringArray(entity.roles);
    json.Key("documents");
    json.StringArray(entity.documents);
    json.EndObject();
  }
  json.EndArray();

  json.Key("quotes");
  json.BeginArray();
  for (const ReportQuote& quote : story.quotes) {
    json.BeginObject();
    json.FieldOrNull("speaker", quote.speaker);
    json.FieldOrNull("speaker_name", quote.speaker_name);
    json.Field("text", quote.text);
    json.Field("kind", quote.kind);
    json.FieldOrNull("said_on", quote.said_on);
    json.Key("documents");
    json.StringArray(quote.documents);
    // Additive fields (the schema allows extra fields): how the text reports the words.
    json.FieldOrNull("cue", quote.cue);
    json.FieldOrNull("clause", quote.clause);
    json.EndObject();
  }
  json.EndArray();

  json.Key("quantities");
  json.BeginArray();
  for (const ReportQuantity& quantity : story.quantities) {
    json.BeginObject();
    json.Key("value");
    json.Number(quantity.value);
    json.Key("upper");
    json.NumberOrNull(quantity.upper);
    json.Field("approximation", quantity.approximation.empty() ? "exact" : quantity.approximation);
    json.Field("counts", quantity.counts);
    if (!quantity.unit.empty()) json.Field("unit", quantity.unit);
    json.Field("text", quantity.text);
    json.FieldOrNull("attributed_to", quantity.attributed_to);
    if (!quantity.attributed_to_name.empty())
      json.Field("attributed_to_name", quantity.attributed_to_name);
    json.FieldOrNull("as_of", quantity.as_of);
    if (!quantity.expected_by.empty()) json.Field("expected_by", quantity.expected_by);
    json.Key("documents");
    json.StringArray(quantity.documents);
    json.EndObject();
  }
  json.EndArray();

  json.Key("claims");
  json.BeginArray();
  for (const ReportClaim& claim : story.claims) {
    json.BeginObject();
    json.Field("id", claim.id);
    json.Field("about", claim.about);
    json.Key("statements");
    json.BeginArray();
    for (const ReportStatement& statement : claim.statements) {
      json.BeginObject();
      json.FieldOrNull("holder", statement.holder);
      if (!statement.holder_name.empty()) json.Field("holder_name", statement.holder_name);
      json.Field("stance", statement.stance);
      json.Key("value");
      json.NumberOrNull(statement.value);
      json.FieldOrNull("date", statement.date);
      json.Field("text", statement.text);
      json.Key("documents");
      json.StringArray(statement.documents);
      json.FieldOrNull("origin", statement.origin);
      json.FieldOrNull("expected_by", statement.expected_by);
      json.FieldOrNull("unit", statement.unit);
      json.EndObject();
    }
    json.EndArray();
    json.Field("status", claim.status);
    json.Key("independent_support");
    json.Integer(claim.independent_support);
    if (!claim.kind.empty()) json.Field("kind", claim.kind);
    json.EndObject();
  }
  json.EndArray();

  json.Key("timeline");
  json.BeginArray();
  for (const ReportTimelineEntry& entry : story.timeline) {
    json.BeginObject();
    json.Field("date", entry.date);
    json.FieldOrNull("end", entry.end);
    json.Field("text", entry.text);
    json.Key("documents");
    json.StringArray(entry.documents);
    json.FieldOrNull("claim", entry.claim);
    if (!entry.kind.empty()) json.Field("kind", entry.kind);
    json.EndObject();
  }
  json.EndArray();
  json.EndObject();
}

}  // namespace

namespace {

// The report's JSON written as its parts come: stories, then documents, then skipped inputs.
// Hands the buffer on once it holds a piece; JsonWriter only appends, so it may be emptied
// between any two values.
class JsonReportStream {
 public:
  explicit JsonReportStream(TextSink sink) : sink_(std::move(sink)), json_(out_, 2) {
    out_.reserve(2 * kJsonPieceBytes);
  }

  Status Begin(const std::string& version) {
    json_.BeginObject();
    json_.Field("version", version);
    json_.Key("stories");
    json_.BeginArray();
    return Status::Ok();
  }
  Status Story(const ReportStory& story) {
    if (!status_.ok()) return status_;
    WriteStory(story, json_);
    return FlushIfFull(kJsonPieceBytes);
  }
  Status Document(const ReportDocument& doc) {
    if (!status_.ok()) return status_;
    OpenDocuments();
    WriteDocument(doc, json_);
    return FlushIfFull(kJsonPieceBytes);
  }
  Status End(const std::vector<ReportSkipped>& skipped) {
    if (!status_.ok()) return status_;
    OpenDocuments();
    json_.EndArray();
    json_.Key("skipped");
    json_.BeginArray();
    for (const ReportSkipped& entry : skipped) {
      json_.BeginObject();
      json_.Field("input", entry.input);
      json_.Field("reason", entry.reason);
      json_.EndObject();
    }
    json_.EndArray();
    json_.EndObject();
    out_.push_back('\n');
    return FlushIfFull(1);
  }

 private:
  void OpenDocuments() {
    if (documents_open_) return;
    json_.EndArray();
    json_.Key("documents");
    json_.BeginArray();
    documents_open_ = true;
  }
  Status FlushIfFull(size_t at_least) {
    if (status_.ok() && out_.size() >= at_least) {
      status_ = sink_(out_);
      out_.clear();
    }
    return status_;
  }

  TextSink sink_;
  std::string out_;
  JsonWriter json_;
  bool documents_open_ = false;
  Status status_ = Status::Ok();
};

class JsonReportSink final : public ReportSink {
 public:
  explicit JsonReportSink(TextSink sink) : stream_(std::move(sink)) {}
  Status Begin(const std::string& version) override { return stream_.Begin(version); }
  Status Story(ReportStory&& story) override { return stream_.Story(story); }
  Status Document(ReportDocument&& document) override { return stream_.Document(document); }
  Status End(std::vector<ReportSkipped>&& skipped) override { return stream_.End(skipped); }

 private:
  JsonReportStream stream_;
};

}  // namespace

std::unique_ptr<ReportSink> NewJsonReportSink(TextSink sink) {
  return std::make_unique<JsonReportSink>(std::move(sink));
}

Status WriteReportJson(const Report& report, const TextSink& sink) {
  JsonReportStream stream(sink);
  Status status = stream.Begin(report.version);
  for (const ReportStory& story : report.stories) {
    if (status.ok()) status = stream.Story(story);
  }
  for (const ReportDocument& doc : report.documents) {
    if (status.ok()) status = stream.Document(doc);
  }
  if (status.ok()) status = stream.End(report.skipped);
  return status;
}

std::string RenderReportJson(const Report& report) {
  std::string out;
  (void)WriteReportJson(report, [&out](std::string_view piece) {
    out.append(piece);
    return Status::Ok();
  });
  return out;
}

}  // namespace crosscheck
