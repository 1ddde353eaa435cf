#include "store/report_codec.h"

#include <utility>
#include <vector>

#include "store/codec_io.h"

namespace crosscheck {
namespace {

using codec_internal::OpenSealed;
using codec_internal::Reader;
using codec_internal::Seal;
using codec_internal::Writer;

// --- Writing ---------------------------------------------------------------------------

void WriteOptionalDouble(Writer& writer, const std::optional<double>& value) {
  writer.Bool(value.has_value());
  if (value) writer.Double(*value);
}

void Write(Writer& writer, const ReportDocument& document) {
  for (const std::string* text :
       {&document.id, &document.source, &document.title, &document.published,
        &document.published_from, &document.outlet, &document.language, &document.url,
        &document.story, &document.syndication_group, &document.duplicate_of}) {
    writer.String(*text);
  }
  writer.Strings(document.authors);
  writer.Strings(document.credits);
  writer.Unsigned(document.shared_passages.size());
  for (const ReportSharedPassage& passage : document.shared_passages) {
    writer.String(passage.document);
    writer.String(passage.text);
    writer.Double(passage.similarity);
  }
  writer.Unsigned(document.shared_passages_omitted);
  writer.Unsigned(document.input_bytes);
}

void Write(Writer& writer, const ReportStatement& statement) {
  for (const std::string* text :
       {&statement.holder, &statement.holder_name, &statement.stance, &statement.date,
        &statement.text, &statement.origin, &statement.unit, &statement.expected_by}) {
    writer.String(*text);
  }
  WriteOptionalDouble(writer, statement.value);
  writer.Strings(statement.documents);
}

void Write(Writer& writer, const ReportStory& story) {
  for (const std::string* text :
       {&story.id, &story.title, &story.first_published, &story.last_published, &story.topic}) {
    writer.String(*text);
  }
  writer.Strings(story.related);
  writer.Strings(story.documents);
  writer.Unsigned(story.independent_sources.size());
  for (const ReportSource& source : story.independent_sources) {
    writer.String(source.group);
    writer.String(source.origin);
    writer.Strings(source.documents);
  }
  writer.Unsigned(story.entities.size());
  for (const ReportEntity& entity : story.entities) {
    writer.String(entity.id);
    writer.String(entity.name);
    writer.String(entity.type);
    writer.Strings(entity.aliases);
    writer.Strings(entity.roles);
    writer.Strings(entity.documents);
  }
  writer.Unsigned(story.quotes.size());
  for (const ReportQuote& quote : story.quotes) {
    for (const std::string* text : {&quote.speaker, &quote.speaker_name, &quote.text, &quote.kind,
                                    &quote.said_on, &quote.cue, &quote.clause}) {
      writer.String(*text);
    }
    writer.Strings(quote.documents);
  }
  writer.Unsigned(story.quantities.size());
  for (const ReportQuantity& quantity : story.quantities) {
    writer.Double(quantity.value);
    WriteOptionalDouble(writer, quantity.upper);
    for (const std::string* text :
         {&quantity.approximation, &quantity.counts, &quantity.text, &quantity.attributed_to,
          &quantity.as_of, &quantity.unit, &quantity.expected_by}) {
      writer.String(*text);
    }
    writer.Strings(quantity.documents);
    writer.String(quantity.attributed_to_name);  // version 2
  }
  writer.Unsigned(story.claims.size());
  for (const ReportClaim& claim : story.claims) {
    for (const std::string* text : {&claim.id, &claim.about, &claim.status, &claim.kind}) {
      writer.String(*text);
    }
    writer.Unsigned(claim.statements.size());
    for (const ReportStatement& statement : claim.statements) Write(writer, statement);
    writer.Signed(claim.independent_support);
  }
  writer.Unsigned(story.timeline.size());
  for (const ReportTimelineEntry& entry : story.timeline) {
    for (const std::string* text :
         {&entry.date, &entry.end, &entry.text, &entry.claim, &entry.kind}) {
      writer.String(*text);
    }
    writer.Strings(entry.documents);
  }
}

void Write(Writer& writer, const StorySummary& summary) {
  for (const std::string* text : {&summary.id, &summary.title, &summary.first_published,
                                  &summary.last_published, &summary.topic, &summary.changed_at}) {
    writer.String(*text);
  }
  writer.Unsigned(summary.documents);
  writer.Unsigned(summary.independent_sources);
  writer.Unsigned(summary.statuses.size());
  for (const auto& [status, count] : summary.statuses) {
    writer.String(status);
    writer.Signed(count);
  }
  writer.Strings(summary.outlets);
  writer.Strings(summary.entities);
}

// --- Reading ---------------------------------------------------------------------------

std::optional<double> ReadOptionalDouble(Reader& reader) {
  if (!reader.Bool()) return std::nullopt;
  return reader.Double();
}

void Read(Reader& reader, ReportDocument& document) {
  for (std::string* text :
       {&document.id, &document.source, &document.title, &document.published,
        &document.published_from, &document.outlet, &document.language, &document.url,
        &document.story, &document.syndication_group, &document.duplicate_of}) {
    *text = reader.String();
  }
  document.authors = reader.Strings();
  document.credits = reader.Strings();
  // two lengths + 8 bytes of similarity
  document.shared_passages.resize(reader.Count(10));
  for (ReportSharedPassage& passage : document.shared_passages) {
    passage.document = reader.String();
    passage.text = reader.String();
    passage.similarity = reader.Double();
    if (!reader.ok()) return;
  }
  document.shared_passages_omitted = reader.Unsigned();
  document.input_bytes = reader.Unsigned();
}

void Read(Reader& reader, ReportStatement& statement) {
  for (std::string* text :
       {&statement.holder, &statement.holder_name, &statement.stance, &statement.date,
        &statement.text, &statement.origin, &statement.unit, &statement.expected_by}) {
    *text = reader.String();
  }
  statement.value = ReadOptionalDouble(reader);
  statement.documents = reader.Strings();
}

void Read(Reader& reader, ReportStory& story, uint32_t version) {
  for (std::string* text :
       {&story.id, &story.title, &story.first_published, &story.last_published, &story.topic}) {
    *text = reader.String();
  }
  story.related = reader.Strings();
  story.documents = reader.Strings();
  story.independent_sources.resize(reader.Count(3));
  for (ReportSource& source : story.independent_sources) {
    source.group = reader.String();
    source.origin = reader.String();
    source.documents = reader.Strings();
    if (!reader.ok()) return;
  }
  story.entities.resize(reader.Count(6));
  for (ReportEntity& entity : story.entities) {
    entity.id = reader.String();
    entity.name = reader.String();
    entity.type = reader.String();
    entity.aliases = reader.Strings();
    entity.roles = reader.Strings();
    entity.documents = reader.Strings();
    if (!reader.ok()) return;
  }
  story.quotes.resize(reader.Count(8));
  for (ReportQuote& quote : story.quotes) {
    for (std::string* text : {&quote.speaker, &quote.speaker_name, &quote.text, &quote.kind,
                              &quote.said_on, &quote.cue, &quote.clause}) {
      *text = reader.String();
    }
    quote.documents = reader.Strings();
    if (!reader.ok()) return;
  }
  story.quantities.resize(reader.Count(17));
  for (ReportQuantity& quantity : story.quantities) {
    quantity.value = reader.Double();
    quantity.upper = ReadOptionalDouble(reader);
    for (std::string* text :
         {&quantity.approximation, &quantity.counts, &quantity.text, &quantity.attributed_to,
          &quantity.as_of, &quantity.unit, &quantity.expected_by}) {
      *text = reader.String();
    }
    quantity.documents = reader.Strings();
    if (version >= 2) quantity.attributed_to_name = reader.String();
    if (!reader.ok()) return;
  }
  story.claims.resize(reader.Count(6));
  for (ReportClaim& claim : story.claims) {
    for (std::string* text : {&claim.id, &claim.about, &claim.status, &claim.kind}) {
      *text = reader.String();
    }
    claim.statements.resize(reader.Count(10));
    for (ReportStatement& statement : claim.statements) {
      Read(reader, statement);
      if (!reader.ok()) return;
    }
    claim.independent_support = reader.Int("independent support");
    if (!reader.ok()) return;
  }
  story.timeline.resize(reader.Count(6));
  for (ReportTimelineEntry& entry : story.timeline) {
    for (std::string* text : {&entry.date, &entry.end, &entry.text, &entry.claim, &entry.kind}) {
      *text = reader.String();
    }
    entry.documents = reader.Strings();
    if (!reader.ok()) return;
  }
}

void Read(Reader& reader, StorySummary& summary) {
  for (std::string* text : {&summary.id, &summary.title, &summary.first_published,
                            &summary.last_published, &summary.topic, &summary.changed_at}) {
    *text = reader.String();
  }
  summary.documents = reader.Unsigned();
  summary.independent_sources = reader.Unsigned();
  summary.statuses.resize(reader.Count(2));
  for (auto& status : summary.statuses) {
    status.first = reader.String();
    status.second = reader.Int("status count");
    if (!reader.ok()) return;
  }
  summary.outlets = reader.Strings();
  summary.entities = reader.Strings();
}

template <typename T>
std::string Encode(const T& value) {
  Writer writer;
  writer.Unsigned(kReportCodecVersion);
  Write(writer, value);
  return Seal(writer);
}

// Reads what every version holds alike; a story's fields depend on the version.
void Read(Reader& reader, ReportDocument& document, uint32_t /*version*/) { Read(reader, document); }
void Read(Reader& reader, StorySummary& summary, uint32_t /*version*/) { Read(reader, summary); }

template <typename T>
StatusOr<T> Decode(std::string_view blob, const char* what) {
  uint32_t version = 0;
  StatusOr<std::string_view> payload =
      OpenSealed(blob, what, kReportCodecVersion, kOldestReportCodecVersion, &version);
  if (!payload.ok()) return payload.status();
  Reader reader(*payload, what);
  T value;
  Read(reader, value, version);
  if (!reader.ok()) return reader.status();
  if (!reader.at_end()) return DataLossError(std::string(what) + ": bytes left after the end");
  return value;
}

}  // namespace

std::string EncodeReportDocument(const ReportDocument& document) { return Encode(document); }
StatusOr<ReportDocument> DecodeReportDocument(std::string_view blob) {
  return Decode<ReportDocument>(blob, "published document");
}

std::string EncodeReportStory(const ReportStory& story) { return Encode(story); }
StatusOr<ReportStory> DecodeReportStory(std::string_view blob) {
  return Decode<ReportStory>(blob, "published story");
}

std::string EncodeStorySummary(const StorySummary& summary) { return Encode(summary); }
StatusOr<StorySummary> DecodeStorySummary(std::string_view blob) {
  return Decode<StorySummary>(blob, "story summary");
}

}  // namespace crosscheck
