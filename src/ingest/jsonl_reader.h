// JSON lines: one object per line becomes one Document.
//
// Fields (all optional, but one of text/html must be a non-empty string):
//   id         string or number -> Document::id (else the caller's fallback "<stem>:<line>")
//   url        string -> Document::url and Document::source
//   title      string -> Document::title
//   text       string -> Document::content, format kText, record_text (trusted as the
//              article's text: no boilerplate removal unless CleanOptions::clean_records)
//   html       string -> Document::content, format kHtml (used only when text is absent or
//              empty: text is a body someone already extracted, re-extraction can only lose)
//   published  copied as given (a string as is, a number as its JSON text, so a Unix
//              timestamp survives); the cleaner reads it with ParsePublishedDate
//              (base/date.h: ISO, "October 18, 2024", "18/10/2024", RFC 2822, Unix s/ms)
//              and names the record in a note when it cannot
//   outlet     string -> Document::outlet (else the cleaner takes the URL's site)
//   language   string -> Document::language ("en", "en-GB"; detected when absent)
//   authors    string or array of strings -> Document::authors
// Other fields are ignored; null counts as absent. Malformed JSON, a line that is not an
// object, or a record with neither text nor html is DataLoss; a blank text/html is Empty.
// A line that is not valid UTF-8 is decoded like plain text first (Windows-1252 when that
// explains it, else U+FFFD), then parsed. Parsing uses simdjson (DOM API, error codes, no
// exceptions); the parser's buffers are reused from line to line, so one JsonlRecordParser
// per stream. Not thread-safe.
#ifndef CROSSCHECK_INGEST_JSONL_READER_H_
#define CROSSCHECK_INGEST_JSONL_READER_H_

#include <memory>
#include <string_view>

#include "base/status.h"
#include "model/document.h"

namespace crosscheck {

class JsonlRecordParser {
 public:
  JsonlRecordParser();
  ~JsonlRecordParser();
  // Owns simdjson buffers: not copyable (copying would be a silent large allocation).
  JsonlRecordParser(const JsonlRecordParser&) = delete;
  JsonlRecordParser& operator=(const JsonlRecordParser&) = delete;

  // Parses one line (without its newline). `fallback_id` names the record when it has no
  // id. Sets id, url, source (= url when given), title, format, content, published, outlet,
  // language, authors, record_text and input_bytes (= the line's size); the caller may
  // override source.
  StatusOr<Document> Parse(std::string_view line, std::string_view fallback_id);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace crosscheck

#endif  // CROSSCHECK_INGEST_JSONL_READER_H_
