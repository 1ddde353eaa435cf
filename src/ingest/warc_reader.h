// WARC 1.0/1.1 reading, record by record, and the HTTP response inside a record.
//
// WarcReader takes a BufferedReader over the (already decompressed) WARC bytes: gzip, whole-
// file or one member per record, is the GzipSource's business below it. NextHeader() parses
// one record's header block; the caller then either reads the block (ReadBlock, bounded by a
// size limit) or skips it (SkipBlock), so memory holds at most one record. A stream that does
// not start with "WARC/", a header without a valid Content-Length, or a block cut short is
// DataLoss and ends the stream (the caller reports it once; earlier records stay delivered).
//
// ParseHttpResponse splits a `response` record's block into status, headers and body, undoing
// Transfer-Encoding: chunked and Content-Encoding: gzip/deflate when the body really is
// encoded (archivers often store the decoded body but keep the original headers).
// Not thread-safe; the reader borrows `input`, which must outlive it.
#ifndef CROSSCHECK_INGEST_WARC_READER_H_
#define CROSSCHECK_INGEST_WARC_READER_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "base/status.h"
#include "ingest/byte_source.h"

namespace crosscheck {

struct WarcRecordHeader {
  std::string type;          // WARC-Type, lower-cased: "response", "request", "warcinfo", ...
  std::string record_id;     // WARC-Record-ID without "<urn:uuid:" and ">"
  std::string target_uri;    // WARC-Target-URI
  std::string date;          // WARC-Date
  std::string content_type;  // Content-Type of the block
  uint64_t content_length = 0;
};

class WarcReader {
 public:
  // Header lines longer than this, or header blocks with more lines, are DataLoss.
  static constexpr size_t kMaxHeaderLineBytes = size_t{64} << 10;
  static constexpr size_t kMaxHeaderLines = 1024;

  explicit WarcReader(BufferedReader& input) : input_(input) {}

  // Reads the next record's header. Returns false at a clean end of input (only blank
  // lines left). After a true return, call ReadBlock or SkipBlock before the next call.
  StatusOr<bool> NextHeader(WarcRecordHeader& header);

  // Reads the current record's block into `block` (replacing its contents). DataLoss when
  // the input ends early ("truncated WARC record").
  Status ReadBlock(const WarcRecordHeader& header, std::string& block);

  // Skips the current record's block; DataLoss when the input ends early.
  Status SkipBlock(const WarcRecordHeader& header);

 private:
  BufferedReader& input_;
};

struct HttpResponse {
  int status_code = 0;
  std::string content_type;  // as sent, e.g. "text/html; charset=utf-8"; "" when absent
  std::string body;          // de-chunked and decompressed
};

// Parses an HTTP/1.x response (status line, headers, body). DataLoss when the status line is
// missing or malformed, ResourceExhausted when a compressed body inflates past
// `max_body_bytes`.
StatusOr<HttpResponse> ParseHttpResponse(std::string_view block, size_t max_body_bytes);

// Decodes a chunked transfer-encoded body. DataLoss when it is not well-formed chunking.
StatusOr<std::string> DecodeChunked(std::string_view body);

}  // namespace crosscheck

#endif  // CROSSCHECK_INGEST_WARC_READER_H_
