#include "report/annotations_jsonl.h"

#include "base/utf8.h"
#include "report/json_writer.h"

namespace crosscheck {
namespace {

class MentionWriter {
 public:
  MentionWriter(std::string_view body, JsonWriter& json) : body_(body), index_(body), json_(json) {}

  // Opens a mention object with its kind, offsets and text; the caller adds fields and closes.
  void Begin(const char* kind, Span span) {
    json_.BeginObject();
    json_.Field("kind", kind);
    WriteOffsets(span);
    json_.Field("text", Slice(span));
  }

  // "contents": one {start, end, text} per piece of a split quote.
  void Contents(const std::vector<Span>& pieces) {
    json_.Key("contents");
    json_.BeginArray();
    for (const Span& piece : pieces) {
      json_.BeginObject();
      WriteOffsets(piece);
      json_.Field("text", Slice(piece));
      json_.EndObject();
    }
    json_.EndArray();
  }

  void SpanObject(std::string_view key, const std::optional<Span>& span, std::string_view name = {}) {
    json_.Key(key);
    if (!span) {
      json_.Null();
      return;
    }
    json_.BeginObject();
    WriteOffsets(*span);
    json_.Field("text", Slice(*span));
    if (!name.empty()) json_.Field("name", name);
    json_.EndObject();
  }

 private:
  void WriteOffsets(Span span) {
    json_.Key("start");
    json_.Integer(static_cast<long long>(index_.ToCodePoint(span.begin)));
    json_.Key("end");
    json_.Integer(static_cast<long long>(index_.ToCodePoint(span.end)));
  }
  std::string_view Slice(Span span) const {
    if (span.begin >= body_.size() || span.end > body_.size() || span.end < span.begin) return {};
    return body_.substr(span.begin, span.end - span.begin);
  }

  std::string_view body_;
  CodePointIndex index_;
  JsonWriter& json_;
};

}  // namespace

std::string RenderAnnotationLine(const Article& article, std::string_view body,
                                 const Annotations& annotations, std::string_view reference_date) {
  std::string out;
  JsonWriter json(out, 0);
  json.BeginObject();
  json.Field("id", article.id);
  json.FieldOrNull("published", reference_date);
  json.Field("language", article.language);
  json.Field("text", body);
  json.Key("mentions");
  json.BeginArray();
  MentionWriter mentions(body, json);
  for (const EntityMention& entity : annotations.entities) {
    mentions.Begin("entity", entity.span);
    json.Field("type", EntityTypeName(entity.type));
    if (!entity.canonical.empty()) json.Field("name", entity.canonical);
    json.EndObject();
  }
  for (const QuoteMention& quote : annotations.quotes) {
    if (quote.nested) continue;  // its words are in the reported clause written as "mixed"
    mentions.Begin("quote", quote.span);
    json.Field("type", quote.mixed ? "mixed" : QuoteKindName(quote.kind));
    mentions.SpanObject("speaker", quote.speaker, quote.speaker_name);
    mentions.SpanObject("cue", quote.cue);
    if (!quote.contents.empty()) mentions.Contents(quote.contents);
    if (quote.act) {
      json.Key("act");
      json.Bool(true);
    }
    json.EndObject();
  }
  for (const QuantityMention& quantity : annotations.quantities) {
    mentions.Begin("quantity", quantity.span);
    json.Key("value");
    json.Number(quantity.value);
    json.Key("end_value");
    json.NumberOrNull(quantity.upper);
    json.Field("approximation", ApproximationName(quantity.approximation));
    json.FieldOrNull("change", quantity.change == QuantityChange::kNone ? "" : QuantityChangeName(quantity.change));
    json.FieldOrNull("unit", quantity.unit);
    json.FieldOrNull("counts", quantity.counts);
    json.FieldOrNull("measured", quantity.measured);
    json.EndObject();
  }
  for (const TimeMention& time : annotations.times) {
    mentions.Begin("time", time.span);
    json.Field("type", TimeTypeName(time.type));
    json.FieldOrNull("value", time.value);
    json.EndObject();
  }
  json.EndArray();
  json.EndObject();
  out.push_back('\n');
  return out;
}

}  // namespace crosscheck
