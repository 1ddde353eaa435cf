#include "store/codec.h"

#include <bit>
#include <cstring>
#include <optional>
#include <vector>

#include "store/codec_io.h"

namespace crosscheck {
namespace {

using codec_internal::OpenSealed;
using codec_internal::Reader;
using codec_internal::Seal;
using codec_internal::Writer;

void WriteBlocks(Writer& writer, const std::vector<Block>& blocks) {
  writer.Unsigned(blocks.size());
  for (const Block& block : blocks) {
    writer.Byte(static_cast<uint8_t>(block.kind));
    writer.String(block.text);
    writer.Unsigned(block.source_begin);
    writer.Unsigned(block.source_end);
  }
}

void WriteArticle(Writer& writer, const Article& article) {
  writer.String(article.id);
  writer.String(article.source);
  writer.String(article.title);
  writer.Signed(article.published.year);
  writer.Signed(article.published.month);
  writer.Signed(article.published.day);
  writer.Byte(static_cast<uint8_t>(article.published_from));
  writer.String(article.outlet);
  writer.String(article.url);
  writer.Strings(article.authors);
  writer.String(article.byline);
  writer.Strings(article.credits);
  writer.String(article.language);
  WriteBlocks(writer, article.blocks);
  WriteBlocks(writer, article.captions);
  writer.Unsigned(article.input_bytes);
  writer.Strings(article.notes);
}

void WriteAnnotations(Writer& writer, const Annotations& annotations) {
  writer.Unsigned(annotations.entities.size());
  for (const EntityMention& entity : annotations.entities) {
    writer.SpanValue(entity.span);
    writer.Byte(static_cast<uint8_t>(entity.type));
    writer.String(entity.text);
    writer.String(entity.canonical);
  }
  writer.Unsigned(annotations.quotes.size());
  for (const QuoteMention& quote : annotations.quotes) {
    writer.Byte(static_cast<uint8_t>(quote.kind));
    writer.SpanValue(quote.span);
    writer.String(quote.text);
    writer.OptionalSpan(quote.speaker);
    writer.String(quote.speaker_text);
    writer.String(quote.speaker_name);
    writer.OptionalSpan(quote.cue);
    writer.String(quote.cue_text);
    writer.Unsigned(quote.contents.size());
    for (const Span& piece : quote.contents) writer.SpanValue(piece);
    writer.Bool(quote.mixed);
    writer.Bool(quote.nested);
  }
  writer.Unsigned(annotations.quantities.size());
  for (const QuantityMention& quantity : annotations.quantities) {
    writer.SpanValue(quantity.span);
    writer.String(quantity.text);
    writer.Double(quantity.value);
    writer.Bool(quantity.upper.has_value());
    if (quantity.upper) writer.Double(*quantity.upper);
    writer.Byte(static_cast<uint8_t>(quantity.approximation));
    writer.Byte(static_cast<uint8_t>(quantity.change));
    writer.String(quantity.unit);
    writer.String(quantity.counts);
    writer.String(quantity.measured);
    writer.SpanValue(quantity.sentence);
  }
  writer.Unsigned(annotations.times.size());
  for (const TimeMention& time : annotations.times) {
    writer.SpanValue(time.span);
    writer.String(time.text);
    writer.Byte(static_cast<uint8_t>(time.type));
    writer.String(time.value);
    writer.SpanValue(time.sentence);
  }
  writer.Unsigned(annotations.sentences.size());
  for (const Span& sentence : annotations.sentences) writer.SpanValue(sentence);
}

std::vector<Block> ReadBlocks(Reader& reader) {
  // kind + text length + two offsets: at least 4 bytes a block.
  std::vector<Block> blocks(reader.Count(4));
  for (Block& block : blocks) {
    block.kind = reader.EnumValue(BlockKind::kCaption, "block kind");
    block.text = reader.String();
    block.source_begin = reader.Unsigned32("block offset");
    block.source_end = reader.Unsigned32("block offset");
    if (!reader.ok()) break;
  }
  return blocks;
}

void ReadArticle(Reader& reader, Article& article) {
  article.id = reader.String();
  article.source = reader.String();
  article.title = reader.String();
  article.published.year = reader.Int("year");
  article.published.month = reader.Int("month");
  article.published.day = reader.Int("day");
  article.published_from = reader.EnumValue(DateSource::kSeen, "date source");
  article.outlet = reader.String();
  article.url = reader.String();
  article.authors = reader.Strings();
  article.byline = reader.String();
  article.credits = reader.Strings();
  article.language = reader.String();
  article.blocks = ReadBlocks(reader);
  article.captions = ReadBlocks(reader);
  article.input_bytes = reader.Unsigned();
  article.notes = reader.Strings();
}

void ReadAnnotations(Reader& reader, Annotations& annotations) {
  annotations.entities.resize(reader.Count(5));
  for (EntityMention& entity : annotations.entities) {
    entity.span = reader.SpanValue();
    entity.type = reader.EnumValue(EntityType::kOther, "entity type");
    entity.text = reader.String();
    entity.canonical = reader.String();
    if (!reader.ok()) return;
  }
  annotations.quotes.resize(reader.Count(12));
  for (QuoteMention& quote : annotations.quotes) {
    quote.kind = reader.EnumValue(QuoteKind::kPartial, "quote kind");
    quote.span = reader.SpanValue();
    quote.text = reader.String();
    quote.speaker = reader.OptionalSpan();
    quote.speaker_text = reader.String();
    quote.speaker_name = reader.String();
    quote.cue = reader.OptionalSpan();
    quote.cue_text = reader.String();
    quote.contents.resize(reader.Count(2));
    for (Span& piece : quote.contents) piece = reader.SpanValue();
    quote.mixed = reader.Bool();
    quote.nested = reader.Bool();
    if (!reader.ok()) return;
  }
  annotations.quantities.resize(reader.Count(19));
  for (QuantityMention& quantity : annotations.quantities) {
    quantity.span = reader.SpanValue();
    quantity.text = reader.String();
    quantity.value = reader.Double();
    if (reader.Bool()) quantity.upper = reader.Double();
    quantity.approximation = reader.EnumValue(Approximation::kRange, "approximation");
    quantity.change = reader.EnumValue(QuantityChange::kDown, "quantity change");
    quantity.unit = reader.String();
    quantity.counts = reader.String();
    quantity.measured = reader.String();
    quantity.sentence = reader.SpanValue();
    if (!reader.ok()) return;
  }
  annotations.times.resize(reader.Count(7));
  for (TimeMention& time : annotations.times) {
    time.span = reader.SpanValue();
    time.text = reader.String();
    time.type = reader.EnumValue(TimeType::kSet, "time type");
    time.value = reader.String();
    time.sentence = reader.SpanValue();
    if (!reader.ok()) return;
  }
  annotations.sentences.resize(reader.Count(2));
  for (Span& sentence : annotations.sentences) sentence = reader.SpanValue();
}

// Every span of `annotations` inside a body of `body_size` bytes: later stages slice the body
// with them.
Status CheckSpans(const Annotations& annotations, size_t body_size) {
  bool inside = true;
  const auto check = [&](const Span& span) { inside &= span.end <= body_size; };
  for (const EntityMention& entity : annotations.entities) check(entity.span);
  for (const QuoteMention& quote : annotations.quotes) {
    check(quote.span);
    if (quote.speaker) check(*quote.speaker);
    if (quote.cue) check(*quote.cue);
    for (const Span& piece : quote.contents) check(piece);
  }
  for (const QuantityMention& quantity : annotations.quantities) {
    check(quantity.span);
    check(quantity.sentence);
  }
  for (const TimeMention& time : annotations.times) {
    check(time.span);
    check(time.sentence);
  }
  for (const Span& sentence : annotations.sentences) check(sentence);
  if (!inside) return DataLossError("stored document: a mention's span runs past the body");
  return Status::Ok();
}

size_t BodySize(const Article& article) {
  constexpr size_t kSeparatorBytes = 2;  // Article::Body joins blocks with "\n\n"
  size_t size = 0;
  for (const Block& block : article.blocks) size += block.text.size();
  if (!article.blocks.empty()) size += kSeparatorBytes * (article.blocks.size() - 1);
  return size;
}

}  // namespace

std::string EncodeAnalyzedDocument(const Article& article, const Annotations& annotations) {
  Writer writer;
  writer.Unsigned(kDocumentCodecVersion);
  WriteArticle(writer, article);
  WriteAnnotations(writer, annotations);
  return Seal(writer);
}

StatusOr<AnalyzedDocument> DecodeAnalyzedDocument(std::string_view blob) {
  StatusOr<std::string_view> payload = OpenSealed(blob, "stored document", kDocumentCodecVersion);
  if (!payload.ok()) return payload.status();
  Reader reader(*payload, "stored document");
  AnalyzedDocument document;
  ReadArticle(reader, document.article);
  if (reader.ok()) ReadAnnotations(reader, document.annotations);
  if (!reader.ok()) return reader.status();
  if (!reader.at_end()) return DataLossError("stored document: bytes left after the end");
  CROSSCHECK_RETURN_IF_ERROR(CheckSpans(document.annotations, BodySize(document.article)));
  return document;
}

std::string EncodeInputDocument(const Document& document) {
  Writer writer;
  writer.Unsigned(kDocumentCodecVersion);
  for (const std::string* text :
       {&document.id, &document.source, &document.input, &document.content, &document.url,
        &document.title, &document.published, &document.seen, &document.outlet,
        &document.language}) {
    writer.String(*text);
  }
  writer.Byte(static_cast<uint8_t>(document.format));
  writer.Unsigned(document.input_bytes);
  writer.Strings(document.authors);
  writer.Bool(document.record_text);
  return Seal(writer);
}

StatusOr<Document> DecodeInputDocument(std::string_view blob) {
  StatusOr<std::string_view> payload = OpenSealed(blob, "stored document", kDocumentCodecVersion);
  if (!payload.ok()) return payload.status();
  Reader reader(*payload, "queued document");
  Document document;
  for (std::string* text : {&document.id, &document.source, &document.input, &document.content,
                            &document.url, &document.title, &document.published, &document.seen,
                            &document.outlet, &document.language}) {
    *text = reader.String();
  }
  document.format = reader.EnumValue(DocumentFormat::kHtml, "document format");
  document.input_bytes = reader.Unsigned();
  document.authors = reader.Strings();
  document.record_text = reader.Bool();
  if (!reader.ok()) return reader.status();
  if (!reader.at_end()) return DataLossError("queued document: bytes left after the end");
  return document;
}

StatusOr<Article> DecodeStoredArticle(std::string_view blob) {
  StatusOr<std::string_view> payload = OpenSealed(blob, "stored document", kDocumentCodecVersion);
  if (!payload.ok()) return payload.status();
  Reader reader(*payload, "stored document");
  Article article;
  ReadArticle(reader, article);
  if (!reader.ok()) return reader.status();
  return article;
}

}  // namespace crosscheck
