// The document codec: every field of real pipeline output (the seeds, cleaned and annotated)
// and of a hand-built document with every optional field set comes back equal; truncated,
// garbled and hostile blobs come back as errors, never a crash or a huge allocation.
#include "store/codec.h"

#include <gtest/gtest.h>
#include <xxhash.h>

#include <random>
#include <string>
#include <vector>

#include "ingest/reader.h"
#include "pipeline/analyzer.h"

namespace crosscheck {
namespace {

void ExpectSameSpan(const Span& a, const Span& b, const std::string& what) {
  EXPECT_EQ(a.begin, b.begin) << what;
  EXPECT_EQ(a.end, b.end) << what;
}

void ExpectSameOptionalSpan(const std::optional<Span>& a, const std::optional<Span>& b,
                            const std::string& what) {
  ASSERT_EQ(a.has_value(), b.has_value()) << what;
  if (a) ExpectSameSpan(*a, *b, what);
}

void ExpectSameBlocks(const std::vector<Block>& a, const std::vector<Block>& b) {
  ASSERT_EQ(a.size(), b.size());
  for (size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i].kind, b[i].kind) << i;
    EXPECT_EQ(a[i].text, b[i].text) << i;
    EXPECT_EQ(a[i].source_begin, b[i].source_begin) << i;
    EXPECT_EQ(a[i].source_end, b[i].source_end) << i;
  }
}

void ExpectSameArticle(const Article& a, const Article& b) {
  EXPECT_EQ(a.id, b.id);
  EXPECT_EQ(a.source, b.source);
  EXPECT_EQ(a.title, b.title);
  EXPECT_EQ(a.published, b.published);
  EXPECT_EQ(a.published_from, b.published_from);
  EXPECT_EQ(a.outlet, b.outlet);
  EXPECT_EQ(a.url, b.url);
  EXPECT_EQ(a.authors, b.authors);
  EXPECT_EQ(a.byline, b.byline);
  EXPECT_EQ(a.credits, b.credits);
  EXPECT_EQ(a.language, b.language);
  ExpectSameBlocks(a.blocks, b.blocks);
  ExpectSameBlocks(a.captions, b.captions);
  EXPECT_EQ(a.input_bytes, b.input_bytes);
  EXPECT_EQ(a.notes, b.notes);
}

void ExpectSameAnnotations(const Annotations& a, const Annotations& b) {
  ASSERT_EQ(a.entities.size(), b.entities.size());
  for (size_t i = 0; i < a.entities.size(); ++i) {
    const std::string what = "entity " + std::to_string(i);
    ExpectSameSpan(a.entities[i].span, b.entities[i].span, what);
    EXPECT_EQ(a.entities[i].type, b.entities[i].type) << what;
    EXPECT_EQ(a.entities[i].text, b.entities[i].text) << what;
    EXPECT_EQ(a.entities[i].canonical, b.entities[i].canonical) << what;
  }
  ASSERT_EQ(a.quotes.size(), b.quotes.size());
  for (size_t i = 0; i < a.quotes.size(); ++i) {
    const QuoteMention& qa = a.quotes[i];
    const QuoteMention& qb = b.quotes[i];
    const std::string what = "quote " + std::to_string(i);
    EXPECT_EQ(qa.kind, qb.kind) << what;
    ExpectSameSpan(qa.span, qb.span, what);
    EXPECT_EQ(qa.text, qb.text) << what;
    ExpectSameOptionalSpan(qa.speaker, qb.speaker, what);
    EXPECT_EQ(qa.speaker_text, qb.speaker_text) << what;
    EXPECT_EQ(qa.speaker_name, qb.speaker_name) << what;
    ExpectSameOptionalSpan(qa.cue, qb.cue, what);
    EXPECT_EQ(qa.cue_text, qb.cue_text) << what;
    ASSERT_EQ(qa.contents.size(), qb.contents.size()) << what;
    for (size_t p = 0; p < qa.contents.size(); ++p) {
      ExpectSameSpan(qa.contents[p], qb.contents[p], what);
    }
    EXPECT_EQ(qa.mixed, qb.mixed) << what;
    EXPECT_EQ(qa.nested, qb.nested) << what;
  }
  ASSERT_EQ(a.quantities.size(), b.quantities.size());
  for (size_t i = 0; i < a.quantities.size(); ++i) {
    const QuantityMention& qa = a.quantities[i];
    const QuantityMention& qb = b.quantities[i];
    const std::string what = "quantity " + std::to_string(i);
    ExpectSameSpan(qa.span, qb.span, what);
    EXPECT_EQ(qa.text, qb.text) << what;
    EXPECT_EQ(std::bit_cast<uint64_t>(qa.value), std::bit_cast<uint64_t>(qb.value)) << what;
    EXPECT_EQ(qa.upper, qb.upper) << what;
    EXPECT_EQ(qa.approximation, qb.approximation) << what;
    EXPECT_EQ(qa.change, qb.change) << what;
    EXPECT_EQ(qa.unit, qb.unit) << what;
    EXPECT_EQ(qa.counts, qb.counts) << what;
    EXPECT_EQ(qa.measured, qb.measured) << what;
    ExpectSameSpan(qa.sentence, qb.sentence, what);
  }
  ASSERT_EQ(a.times.size(), b.times.size());
  for (size_t i = 0; i < a.times.size(); ++i) {
    const std::string what = "time " + std::to_string(i);
    ExpectSameSpan(a.times[i].span, b.times[i].span, what);
    EXPECT_EQ(a.times[i].text, b.times[i].text) << what;
    EXPECT_EQ(a.times[i].type, b.times[i].type) << what;
    EXPECT_EQ(a.times[i].value, b.times[i].value) << what;
    ExpectSameSpan(a.times[i].sentence, b.times[i].sentence, what);
  }
  ASSERT_EQ(a.sentences.size(), b.sentences.size());
  for (size_t i = 0; i < a.sentences.size(); ++i) {
    ExpectSameSpan(a.sentences[i], b.sentences[i], "sentence " + std::to_string(i));
  }
}

class Collect final : public DocumentSink {
 public:
  void OnDocument(Document&& document) override { documents.push_back(std::move(document)); }
  void OnError(std::string_view, const Status&) override {}
  std::vector<Document> documents;
};

std::vector<DocumentProcessor::Result> ProcessedSeeds() {
  Collect collect;
  const std::vector<std::string> paths = {std::string(CROSSCHECK_SOURCE_DIR) + "/examples/seeds"};
  EXPECT_TRUE(ReadInputs(paths, ReadOptions{}, collect).ok());
  const DocumentProcessor processor;
  std::vector<DocumentProcessor::Result> results;
  for (const Document& document : collect.documents) {
    StatusOr<DocumentProcessor::Result> result = processor.Process(document);
    EXPECT_TRUE(result.ok()) << document.id << ": " << result.status().ToString();
    if (result.ok()) results.push_back(std::move(result).value());
  }
  return results;
}

// A document with every optional and rarely set field filled in.
AnalyzedDocument EveryField() {
  AnalyzedDocument document;
  Article& article = document.article;
  article.id = "every-field";
  article.source = "/tmp/every-field.html";
  article.title = "A title — with “marks”";
  article.published = Date{2024, 10, 18};
  article.published_from = DateSource::kSeen;
  article.outlet = "Example News";
  article.url = "https://example.org/a";
  article.authors = {"A. Writer", "B. Writer"};
  article.byline = "By A. Writer";
  article.credits = {"AFP"};
  article.language = "en";
  article.blocks = {{BlockKind::kHeading, "Heading", 3, 10},
                    {BlockKind::kParagraph, "The minister said 12 to 15 people came.", 20, 60}};
  article.captions = {{BlockKind::kCaption, "A photo.", 70, 78}};
  article.input_bytes = 1234;
  article.notes = {"HTML cut at 150,000 tags; the rest is not analysed"};
  Annotations& annotations = document.annotations;
  annotations.entities = {{{9, 17}, EntityType::kPerson, "minister", "The minister"}};
  QuoteMention quote;
  quote.kind = QuoteKind::kIndirect;
  quote.span = {27, 48};
  quote.text = "12 to 15 people came";
  quote.speaker = Span{13, 21};
  quote.speaker_text = "minister";
  quote.speaker_name = "The minister";
  quote.cue = Span{22, 26};
  quote.cue_text = "said";
  quote.contents = {{27, 35}, {36, 48}};
  quote.mixed = true;
  quote.nested = true;
  annotations.quotes = {quote};
  QuantityMention quantity;
  quantity.span = {27, 35};
  quantity.text = "12 to 15";
  quantity.value = 12.1;
  quantity.upper = 15;
  quantity.approximation = Approximation::kRange;
  quantity.change = QuantityChange::kDown;
  quantity.unit = "%";
  quantity.counts = "people";
  quantity.measured = "the crowd";
  quantity.sentence = {9, 48};
  annotations.quantities = {quantity};
  annotations.times = {{{0, 7}, "Heading", TimeType::kDuration, "P2Y", {0, 7}}};
  annotations.sentences = {{0, 7}, {9, 48}};
  return document;
}

TEST(CodecTest, SeedsRoundTripEveryField) {
  const std::vector<DocumentProcessor::Result> seeds = ProcessedSeeds();
  ASSERT_EQ(seeds.size(), 5u);
  size_t speakers = 0, quantities = 0, times = 0;
  for (const DocumentProcessor::Result& seed : seeds) {
    const std::string blob = EncodeAnalyzedDocument(seed.article, seed.annotations);
    StatusOr<AnalyzedDocument> decoded = DecodeAnalyzedDocument(blob);
    ASSERT_TRUE(decoded.ok()) << seed.article.id << ": " << decoded.status().ToString();
    ExpectSameArticle(seed.article, decoded->article);
    ExpectSameAnnotations(seed.annotations, decoded->annotations);
    for (const QuoteMention& quote : seed.annotations.quotes) speakers += quote.speaker.has_value();
    quantities += seed.annotations.quantities.size();
    times += seed.annotations.times.size();
  }
  // The seeds exercise the mention kinds (or this test would prove little).
  EXPECT_GT(speakers, 0u);
  EXPECT_GT(quantities, 0u);
  EXPECT_GT(times, 0u);
}

TEST(CodecTest, EveryOptionalFieldRoundTrips) {
  const AnalyzedDocument original = EveryField();
  StatusOr<AnalyzedDocument> decoded =
      DecodeAnalyzedDocument(EncodeAnalyzedDocument(original.article, original.annotations));
  ASSERT_TRUE(decoded.ok()) << decoded.status().ToString();
  ExpectSameArticle(original.article, decoded->article);
  ExpectSameAnnotations(original.annotations, decoded->annotations);
}

TEST(CodecTest, EveryTruncationIsAnError) {
  const AnalyzedDocument original = EveryField();
  const std::string blob = EncodeAnalyzedDocument(original.article, original.annotations);
  for (size_t size = 0; size < blob.size(); ++size) {
    StatusOr<AnalyzedDocument> decoded = DecodeAnalyzedDocument(blob.substr(0, size));
    ASSERT_FALSE(decoded.ok()) << size;
    EXPECT_EQ(decoded.status().code(), StatusCode::kDataLoss) << size;
  }
}

TEST(CodecTest, EveryFlippedByteIsAnError) {
  const AnalyzedDocument original = EveryField();
  const std::string blob = EncodeAnalyzedDocument(original.article, original.annotations);
  for (size_t pos = 0; pos < blob.size(); ++pos) {
    std::string garbled = blob;
    garbled[pos] = static_cast<char>(garbled[pos] ^ 0x5a);
    EXPECT_FALSE(DecodeAnalyzedDocument(garbled).ok()) << pos;
  }
}

// With the checksum made right again, garbage reaches the parser itself: it must answer, with
// a value or an error, and never crash or allocate beyond the blob.
std::string WithChecksum(std::string payload) {
  const uint64_t sum = XXH64(payload.data(), payload.size(), 0);
  for (int byte = 0; byte < 8; ++byte) payload.push_back(static_cast<char>(sum >> (8 * byte)));
  return payload;
}

TEST(CodecTest, HostilePayloadsBehindAValidChecksumAreRefusedSafely) {
  const AnalyzedDocument original = EveryField();
  std::string blob = EncodeAnalyzedDocument(original.article, original.annotations);
  const std::string payload = blob.substr(0, blob.size() - 8);
  std::mt19937 random(12);
  for (int round = 0; round < 20000; ++round) {
    std::string mutated = payload;
    const int edits = 1 + static_cast<int>(random() % 4);
    for (int edit = 0; edit < edits; ++edit) {
      const size_t pos = random() % mutated.size();
      mutated[pos] = static_cast<char>(random());
    }
    if (random() % 4 == 0) mutated.resize(random() % mutated.size());
    (void)DecodeAnalyzedDocument(WithChecksum(mutated)).ok();
  }
  // A count no blob could hold, a string longer than the blob, an unknown version.
  const std::string huge_count =
      std::string("\x01\x00\x00\x00", 4) + "\x80\x80\x80\x80\x80\x80\x80\x80\x01";
  EXPECT_EQ(DecodeAnalyzedDocument(WithChecksum(huge_count)).status().code(),
            StatusCode::kDataLoss);
  EXPECT_EQ(DecodeAnalyzedDocument(WithChecksum("\x01\xff\xff\xff\xff\x0f")).status().code(),
            StatusCode::kDataLoss);
  EXPECT_EQ(DecodeAnalyzedDocument(WithChecksum("\x07")).status().code(), StatusCode::kUnsupported);
  // A span past the body.
  AnalyzedDocument bad = EveryField();
  bad.annotations.sentences.push_back({0, 10000});
  EXPECT_EQ(
      DecodeAnalyzedDocument(EncodeAnalyzedDocument(bad.article, bad.annotations)).status().code(),
      StatusCode::kDataLoss);
}

}  // namespace
}  // namespace crosscheck

namespace crosscheck {
namespace {

TEST(InputDocumentCodecTest, RoundTripsAndRefusesDamage) {
  Document document;
  document.id = "d1";
  document.source = "feeds/x.xml";
  document.input = "feeds/x.xml#3";
  document.format = DocumentFormat::kHtml;
  document.content = std::string("<p>Troops \0arrive</p>", 21);
  document.input_bytes = 4096;
  document.url = "https://example.org/a";
  document.title = "Troops";
  document.published = "2024-10-18";
  document.seen = "2024-10-19";
  document.outlet = "Example";
  document.language = "en";
  document.authors = {"A", "B"};
  document.record_text = true;
  const std::string blob = EncodeInputDocument(document);
  StatusOr<Document> back = DecodeInputDocument(blob);
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ(EncodeInputDocument(*back), blob);
  EXPECT_EQ(back->content, document.content);
  EXPECT_EQ(back->format, DocumentFormat::kHtml);
  EXPECT_TRUE(back->record_text);
  for (size_t size = 0; size < blob.size(); ++size) {
    EXPECT_FALSE(DecodeInputDocument(blob.substr(0, size)).ok()) << size;
  }
  for (size_t at = 0; at < blob.size(); ++at) {
    std::string damaged = blob;
    damaged[at] = static_cast<char>(damaged[at] ^ 0x10);
    EXPECT_FALSE(DecodeInputDocument(damaged).ok()) << at;
  }
}

}  // namespace
}  // namespace crosscheck
