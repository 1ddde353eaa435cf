// Ingestion: turns input paths into a stream of Documents.
//
// Accepts plain-text files (UTF-8; Windows-1252/Latin-1 detected and converted), folders
// (recursive, sorted, deterministic), HTML files, JSONL (one object per line: id, url, title,
// text or html, published, outlet, language, authors), WARC (.warc; response records holding
// HTML, others skipped; WARC-Date kept as the "seen" date), RSS 2.0 / RSS 1.0 / Atom feeds
// (feed_reader.h: each item one Document; XML that is not a feed is named and skipped), any
// of these gzip-compressed (.gz), and "-" for standard input. Streaming: one document is
// materialized at a time and handed to the sink; nothing is kept after the call returns.
// A bad input or record is reported through OnError and skipped; the batch goes on.
// Not thread-safe per call; separate calls are independent.
//
// Decisions (details in the headers beside this one):
// - Format: by extension (input_kind.h), else sniffed from the first bytes; gzip is detected
//   by its magic bytes whatever the name says. Binary data (NUL bytes, many control bytes)
//   is reported as Unsupported "binary file, skipped"; an empty input as Empty.
// - Charset (charset.h): a text file that is not valid UTF-8 is decoded as Windows-1252
//   (or a legacy charset ICU detects with confidence) when its invalid bytes outnumber its
//   valid multi-byte sequences, i.e. when it was never UTF-8; otherwise (UTF-8 with a few
//   stray bytes) each invalid sequence becomes U+FFFD and the document is still delivered.
//   HTML: BOM, then HTTP charset, then <meta> charset, then the same detection.
// - Document ids: file name without extension(s); JSONL "id" or "<stem>:<line>"; WARC record
//   id; feed item guid / atom:id, else its link, else "<stem>#<N>". WARC: only `response`
//   records with a 2xx HTML payload become documents. A feed is read whole (max_document_bytes
//   bounds it); its items before a malformation are delivered, then the malformation is
//   reported naming the file.
// - Record text: a JSONL "text" and a feed item's content are marked record_text (trusted as
//   the article's text; the cleaner keeps them whole).
// - Special files: a FIFO or character device named as an input is read as a stream, with
//   an idle timeout (ReadOptions::stream_idle_timeout), so a FIFO with no writer is skipped
//   with a message instead of hanging the batch; sockets and block devices are skipped.
//   Inside a folder being walked, only regular files are read: FIFOs, sockets and devices
//   (and links to them) are each reported as "not a regular file" and skipped.
// - Errors name the input as "path", "path:LINE" (JSONL), "path#record-id" (WARC) or
//   "path#item-N" (feeds).
#ifndef CROSSCHECK_INGEST_READER_H_
#define CROSSCHECK_INGEST_READER_H_

#include <chrono>
#include <cstddef>
#include <functional>
#include <span>
#include <string>
#include <string_view>

#include "base/status.h"
#include "model/document.h"

namespace crosscheck {

struct ReadOptions {
  // Documents larger than this (after decompression) are reported and skipped.
  // Default: 64 MiB.
  size_t max_document_bytes = size_t{64} << 20;
  // A FIFO or character device named as an input is read as a stream; this is how long it
  // may stay silent, before its first byte (a FIFO with no writer) and between reads, before
  // it is reported and skipped. Must be positive. Standard input ("-") waits as long as it
  // takes. Default: 10 s.
  std::chrono::milliseconds stream_idle_timeout{10000};
};

// Receives what ingestion finds. Implementations decide what to keep.
class DocumentSink {
 public:
  virtual ~DocumentSink() = default;
  // One readable document, in deterministic input order.
  virtual void OnDocument(Document&& document) = 0;
  // One input (file, JSONL line, WARC record) that could not be read. `input` names it
  // ("path", "path:LINE", "path#record-id"); `status` says what is wrong.
  virtual void OnError(std::string_view input, const Status& status) = 0;
};

// Reads every document under `paths` into `sink`. Returns non-OK only when the call itself is
// unusable (no paths); per-input problems go to sink.OnError.
Status ReadInputs(std::span<const std::string> paths, const ReadOptions& options,
                  DocumentSink& sink);

// Reads one in-memory input as if it were a file named `name` (its extension picks the
// format, its stem the id; "-" sniffs like stdin). `bytes` is borrowed for the call only.
// For uploads and fuzzing.
void ReadBuffer(std::string_view name, std::string_view bytes, const ReadOptions& options,
                DocumentSink& sink);

}  // namespace crosscheck

#endif  // CROSSCHECK_INGEST_READER_H_
