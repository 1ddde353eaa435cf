// The data model shared by every stage: a Document as read from an input, and an Article,
// the same document after cleaning. Value types, cheap to move; no stage holds pointers into
// another stage's objects except the byte offsets documented here.
//
//   ingest  -> Document  (raw UTF-8 content + the metadata its input carried)
//   clean   -> Article   (title, body paragraphs with offsets back into Document::content,
//                         date and where it came from, outlet, credits, language)
#ifndef CROSSCHECK_MODEL_DOCUMENT_H_
#define CROSSCHECK_MODEL_DOCUMENT_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/date.h"

namespace crosscheck {

enum class DocumentFormat { kText, kHtml };

// A document as read: its bytes decoded to UTF-8, and what the container said about it.
struct Document {
  // What messages about this document call it: `input`, else `source`, else `id`.
  const std::string& InputName() const {
    return !input.empty() ? input : !source.empty() ? source : id;
  }

  std::string id;      // stable: file name without extension, JSONL id, or WARC record id
  std::string source;  // path, URL or WARC target URI
  std::string input;   // where it was read, for messages: "path", "path:LINE", "path#record"
  DocumentFormat format = DocumentFormat::kText;
  std::string content;     // UTF-8 (converted from Windows-1252/Latin-1 or the HTML charset)
  size_t input_bytes = 0;  // size as read, before decoding and decompression

  // Metadata given by the container (JSONL fields, WARC headers); empty when absent.
  std::string url;
  std::string title;
  std::string published;  // as given, e.g. "2024-10-18" or "2024-10-18T08:00:00Z"
  std::string seen;       // when the page was fetched (WARC-Date): a date only when none other
  std::string outlet;     // the publisher as the container names it (JSONL outlet, feed title)
  std::string language;   // as the container gives it ("en", "en-GB"); detected when empty
  std::vector<std::string> authors;  // as the container lists them
  // The container says `content` is the article's text (a JSONL or feed record): it is kept
  // whole, without boilerplate removal, unless CleanOptions::clean_records asks for it.
  bool record_text = false;
};

// Where an article's publication date came from (schema: published_from). kSeen: no date
// was found, the date is when the page was fetched (WARC-Date).
enum class DateSource { kNone, kMeta, kDateline, kByline, kUrl, kHeader, kInferred, kSeen };
const char* DateSourceName(DateSource source);

enum class BlockKind : uint8_t { kParagraph, kHeading, kListItem, kBlockQuote, kCaption };

// One block of main content. `text` is normalized (whitespace collapsed, entities decoded);
// [source_begin, source_end) is the byte range in Document::content it came from.
struct Block {
  BlockKind kind = BlockKind::kParagraph;
  std::string text;
  uint32_t source_begin = 0;
  uint32_t source_end = 0;
};

// A document after cleaning: main content and metadata.
struct Article {
  std::string id;
  std::string source;
  std::string title;
  Date published;  // !valid() when none was found
  DateSource published_from = DateSource::kNone;
  std::string outlet;                // publishing site, when the document says
  std::string url;                   // original address, when the input gives one
  std::vector<std::string> authors;  // as the container lists them
  std::string byline;                // author line, when found
  std::vector<std::string> credits;  // wire agencies / original publishers (AFP, Reuters)
  std::string language;              // ISO 639-1, "un" when unknown
  std::vector<Block> blocks;         // main content in reading order (no captions)
  std::vector<Block> captions;       // image captions, kept apart, each once
  size_t input_bytes = 0;
  // What a reader of the results should know about how the document was read, one sentence
  // each, e.g. "HTML cut at 150,000 tags; the rest is not analysed". Not part of the body;
  // the pipeline hands them to its note listener (the terminal), the report has no field.
  std::vector<std::string> notes;

  // The body as the schema wants it: blocks joined by blank lines.
  std::string Body() const;
  // Byte offset of each block's first byte inside Body(), parallel to `blocks`.
  std::vector<uint32_t> BlockOffsets() const;
};

}  // namespace crosscheck

#endif  // CROSSCHECK_MODEL_DOCUMENT_H_
