// ReadInputs: the glue between paths and the pieces beside this file. For each input it opens
// a byte source, counts its raw bytes, unwraps gzip when the magic says so, picks the format
// (extension, else sniffing), and streams: one whole document for text/HTML, one record at a
// time for JSONL and WARC.
#include "ingest/reader.h"

#include <sys/stat.h>

#include <cerrno>
#include <cstring>
#include <memory>
#include <utility>

#include "ingest/byte_source.h"
#include "ingest/charset.h"
#include "ingest/feed_reader.h"
#include "ingest/file_walker.h"
#include "ingest/gzip_stream.h"
#include "ingest/input_kind.h"
#include "ingest/jsonl_reader.h"
#include "ingest/reuters_reader.h"
#include "ingest/warc_reader.h"

namespace crosscheck {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

char LowerAscii(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

bool IsBlankText(std::string_view text) {
  return text.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos;
}

// The MIME type of a Content-Type value, lower-cased, without parameters.
std::string MimeType(std::string_view content_type) {
  const size_t semicolon = content_type.find(';');
  std::string_view type = content_type.substr(0, semicolon);
  while (!type.empty() && (type.back() == ' ' || type.back() == '\t')) type.remove_suffix(1);
  while (!type.empty() && (type.front() == ' ' || type.front() == '\t')) type.remove_prefix(1);
  std::string lower;
  for (char c : type) lower.push_back(LowerAscii(c));
  return lower;
}

// Whether an HTTP payload is an HTML page: by its declared type, sniffed when the type is
// missing or generic.
bool IsHtmlPayload(std::string_view content_type, std::string_view body) {
  const std::string mime = MimeType(content_type);
  if (mime == "text/html" || mime == "application/xhtml+xml") return true;
  const bool generic = mime.empty() || mime == "text/plain" || mime == "application/octet-stream" ||
                       mime == "binary/octet-stream" || mime == "unknown/unknown" ||
                       mime == "application/unknown";
  return generic && !LooksBinary(body.substr(0, kSniffBytes)) &&
         LooksLikeHtml(body.substr(0, kSniffBytes));
}

class Ingester {
 public:
  Ingester(const ReadOptions& options, DocumentSink& sink) : options_(options), sink_(sink) {}

  void ReadPath(const std::string& path) {
    if (path == "-") {
      ReadFile(path, /*named=*/true);
      return;
    }
    struct stat info;
    if (path.empty() || ::stat(path.c_str(), &info) != 0) {
      const int error = path.empty() ? ENOENT : errno;
      sink_.OnError(path, error == ENOENT || error == ENOTDIR
                              ? NotFoundError("no such file or directory")
                              : IoError(std::string("cannot stat: ") + std::strerror(error)));
      return;
    }
    if (S_ISSOCK(info.st_mode) || S_ISBLK(info.st_mode)) {
      sink_.OnError(path, UnsupportedError(std::string(SpecialFileKind(info.st_mode)) +
                                           ", not a regular file: skipped"));
      return;
    }
    if (S_ISDIR(info.st_mode)) {
      walk_root_ = path;
      WalkDirectory(
          path, [this](const std::string& file) { ReadFile(file, /*named=*/false); },
          [this](std::string_view input, const Status& status) { sink_.OnError(input, status); });
      walk_root_.clear();
      return;
    }
    ReadFile(path, /*named=*/true);
  }

  // `named`: given on the command line, where a FIFO or device is read as a stream; a file
  // found by walking a folder must be a regular file.
  void ReadFile(const std::string& path, bool named) {
    FileOpenOptions open_options;
    open_options.allow_streams = named;
    open_options.idle_timeout = options_.stream_idle_timeout;
    StatusOr<std::unique_ptr<FileSource>> file = FileSource::Open(path, open_options);
    if (!file.ok()) {
      sink_.OnError(path, file.status());
      return;
    }
    ReadSource(path, std::move(*file));
  }

  void ReadSource(std::string_view name, std::unique_ptr<ByteSource> raw) {
    uint64_t raw_bytes = 0;
    auto reader = std::make_unique<BufferedReader>(
        std::make_unique<CountingSource>(std::move(raw), &raw_bytes));
    const PathKind path_kind = name == "-" ? PathKind() : InputKindFromPath(name);
    StatusOr<std::string_view> prefix = reader->Peek(kSniffBytes);
    if (!prefix.ok()) return sink_.OnError(name, prefix.status());
    if (prefix->empty()) return sink_.OnError(name, EmptyError("empty file"));
    if (HasGzipMagic(*prefix)) {
      reader = std::make_unique<BufferedReader>(std::make_unique<GzipSource>(std::move(reader)));
      prefix = reader->Peek(kSniffBytes);
      if (!prefix.ok()) return sink_.OnError(name, prefix.status());
      if (prefix->empty()) return sink_.OnError(name, EmptyError("empty after decompression"));
    }
    // A name ending in .gz over bytes that are not gzip: read the bytes as they are.
    InputKind kind = path_kind.kind;
    if (kind == InputKind::kUnknown) kind = SniffInputKind(*prefix);
    if ((kind == InputKind::kText || kind == InputKind::kHtml) && LooksBinary(*prefix)) {
      kind = InputKind::kBinary;
    }
    switch (kind) {
      case InputKind::kWarc:
        return ReadWarc(name, *reader);
      case InputKind::kJsonl:
        return ReadJsonl(name, *reader);
      case InputKind::kXml:
        return ReadFeed(name, *reader);
      case InputKind::kReuters:
        return ReadReuters(name, *reader);
      case InputKind::kText:
      case InputKind::kHtml:
        return ReadWholeDocument(name, *reader, kind, raw_bytes);
      case InputKind::kJson:
        return sink_.OnError(name,
                             UnsupportedError("JSON document, not one object per line: skipped"));
      case InputKind::kBinary:
      case InputKind::kUnknown:
        return sink_.OnError(name, UnsupportedError("binary file, skipped"));
    }
  }

 private:
  // A file's id: its name without extension, prefixed by its sub-folder path when it was
  // found by walking a folder ("business/001" for DIR/business/001.txt), so that equal file
  // names in different sub-folders keep distinct, stable ids.
  std::string IdForFile(std::string_view name) const {
    std::string id = DocumentIdFromPath(name);
    if (walk_root_.empty() || name.size() <= walk_root_.size() || !name.starts_with(walk_root_))
      return id;
    std::string_view relative = name.substr(walk_root_.size());
    while (!relative.empty() && relative.front() == '/') relative.remove_prefix(1);
    const size_t slash = relative.rfind('/');
    if (slash == std::string_view::npos) return id;
    return std::string(relative.substr(0, slash)) + "/" + id;
  }

  void ReadWholeDocument(std::string_view name, BufferedReader& reader, InputKind kind,
                         const uint64_t& raw_bytes) {
    std::string bytes;
    const Status read = reader.ReadToEnd(bytes, options_.max_document_bytes);
    if (read.code() == StatusCode::kResourceExhausted) {
      return sink_.OnError(
          name, ResourceExhaustedError("document larger than " +
                                       std::to_string(options_.max_document_bytes) + " bytes"));
    }
    if (!read.ok()) return sink_.OnError(name, read);
    if (LooksBinary(std::string_view(bytes).substr(0, kSniffBytes))) {
      return sink_.OnError(name, UnsupportedError("binary file, skipped"));
    }
    DecodedText decoded = kind == InputKind::kHtml ? DecodeHtml(bytes, "") : DecodePlainText(bytes);
    if (IsBlankText(decoded.text)) {
      return sink_.OnError(name, EmptyError("no content (only whitespace)"));
    }
    Document document;
    document.id = IdForFile(name);
    document.source = std::string(name);
    document.input = std::string(name);
    document.format = kind == InputKind::kHtml ? DocumentFormat::kHtml : DocumentFormat::kText;
    document.content = std::move(decoded.text);
    document.input_bytes = static_cast<size_t>(raw_bytes);
    sink_.OnDocument(std::move(document));
  }

  // A feed is read whole (bounded by max_document_bytes), then item by item: items before a
  // malformation are delivered and the malformation is reported after them.
  void ReadFeed(std::string_view name, BufferedReader& reader) {
    std::string bytes;
    const Status read = reader.ReadToEnd(bytes, options_.max_document_bytes);
    if (read.code() == StatusCode::kResourceExhausted) {
      return sink_.OnError(name, ResourceExhaustedError("feed larger than " +
                                                        std::to_string(options_.max_document_bytes) +
                                                        " bytes"));
    }
    if (!read.ok()) return sink_.OnError(name, read);
    StatusOr<Feed> feed = ParseFeed(bytes);
    if (!feed.ok()) return sink_.OnError(name, feed.status());
    const std::string stem = IdForFile(name);
    size_t item_number = 0;
    for (const FeedItem& item : feed->items) {
      ++item_number;
      const std::string item_name = std::string(name) + "#item-" + std::to_string(item_number);
      StatusOr<Document> document =
          FeedItemToDocument(*feed, item, stem + "#" + std::to_string(item_number));
      if (!document.ok()) {
        sink_.OnError(item_name, document.status());
        continue;
      }
      if (document->source.empty()) document->source = std::string(name);
      document->input = item_name;
      sink_.OnDocument(std::move(*document));
    }
    if (!feed->stopped.ok()) {
      const size_t read_items = feed->items.size();
      sink_.OnError(name, Status(feed->stopped.code(),
                                 feed->stopped.message() + "; " + std::to_string(read_items) +
                                     (read_items == 1 ? " item" : " items") +
                                     " before it read"));
    } else if (feed->items.empty()) {
      sink_.OnError(name, EmptyError(feed->kind + " feed with no items"));
    }
  }

  // Reuters-21578 SGML: record by record, each bounded by kMaxReutersRecordBytes; a record
  // too long or unreadable is reported and skipped, the file goes on.
  void ReadReuters(std::string_view name, BufferedReader& reader) {
    const std::string stem = IdForFile(name);
    std::string line, record;
    bool in_record = false, oversized = false;
    size_t line_number = 0, record_line = 0, records = 0;
    while (true) {
      StatusOr<bool> got = reader.ReadLine(line, kMaxReutersRecordBytes);
      ++line_number;
      if (!got.ok()) {
        if (got.status().code() != StatusCode::kResourceExhausted)
          return sink_.OnError(name, got.status());  // the stream itself failed: stop here
        oversized = in_record;
        continue;
      }
      if (!*got) break;
      if (!in_record) {
        if (!OpensReutersRecord(line)) continue;
        in_record = true;
        oversized = false;
        record_line = line_number;
        record.clear();
      }
      if (!oversized) {
        record += line;
        record += '\n';
        if (record.size() > kMaxReutersRecordBytes) oversized = true;
      }
      if (!ClosesReutersRecord(line)) continue;
      in_record = false;
      ++records;
      const std::string record_name = std::string(name) + ":" + std::to_string(record_line);
      if (oversized) {
        sink_.OnError(record_name, ResourceExhaustedError("Reuters record larger than " +
                                                          std::to_string(kMaxReutersRecordBytes) +
                                                          " bytes, skipped"));
        continue;
      }
      StatusOr<Document> document = ReutersRecordToDocument(record, stem);
      if (!document.ok()) {
        sink_.OnError(record_name, document.status());
        continue;
      }
      document->source = std::string(name);
      document->input = record_name;
      sink_.OnDocument(std::move(*document));
    }
    if (in_record) {
      sink_.OnError(std::string(name) + ":" + std::to_string(record_line),
                    DataLossError("Reuters record not closed before the end of the file"));
    } else if (records == 0) {
      sink_.OnError(name, EmptyError("no <REUTERS> records"));
    }
  }

  void ReadJsonl(std::string_view name, BufferedReader& reader) {
    JsonlRecordParser parser;
    const std::string stem = IdForFile(name);
    std::string line;
    size_t line_number = 0;
    size_t records = 0;
    while (true) {
      StatusOr<bool> got = reader.ReadLine(line, options_.max_document_bytes);
      ++line_number;
      const std::string line_name = std::string(name) + ":" + std::to_string(line_number);
      if (!got.ok()) {
        ++records;
        if (got.status().code() == StatusCode::kResourceExhausted) {
          sink_.OnError(line_name, got.status());
          continue;
        }
        return sink_.OnError(name, got.status());  // the stream itself failed: stop here
      }
      if (!*got) break;
      std::string_view record = line;
      // A byte order mark opens the file, and also any line of files that were concatenated
      // (cat a.jsonl b.jsonl): not part of the record either way.
      if (record.starts_with(kUtf8Bom)) record.remove_prefix(kUtf8Bom.size());
      if (IsBlankText(record)) continue;
      ++records;
      StatusOr<Document> document = parser.Parse(record, stem + ":" + std::to_string(line_number));
      if (!document.ok()) {
        sink_.OnError(line_name, document.status());
        continue;
      }
      if (document->source.empty()) document->source = std::string(name);
      document->input = line_name;
      sink_.OnDocument(std::move(*document));
    }
    if (records == 0) sink_.OnError(name, EmptyError("no JSON records"));
  }

  void ReadWarc(std::string_view name, BufferedReader& reader) {
    WarcReader warc(reader);
    WarcRecordHeader header;
    std::string block;
    size_t record_number = 0;
    while (true) {
      StatusOr<bool> got = warc.NextHeader(header);
      if (!got.ok()) return sink_.OnError(name, got.status());
      if (!*got) break;
      ++record_number;
      const std::string record_name =
          std::string(name) + "#" +
          (header.record_id.empty() ? "record-" + std::to_string(record_number) : header.record_id);
      if (header.type != "response") {
        const Status skipped = warc.SkipBlock(header);
        if (!skipped.ok()) return sink_.OnError(record_name, skipped);
        continue;
      }
      if (header.content_length > options_.max_document_bytes) {
        // One message per record: when the input also ends inside the oversized block (a
        // bogus Content-Length such as 9e9), that is said in the same message.
        const Status skipped = warc.SkipBlock(header);
        std::string message = "record of " + std::to_string(header.content_length) +
                              " bytes is larger than " +
                              std::to_string(options_.max_document_bytes) + " bytes, skipped";
        if (!skipped.ok()) message += "; " + skipped.message();  // "truncated WARC record: ..."
        sink_.OnError(record_name, ResourceExhaustedError(std::move(message)));
        if (!skipped.ok()) return;
        continue;
      }
      const Status read = warc.ReadBlock(header, block);
      if (!read.ok()) return sink_.OnError(record_name, read);
      DeliverWarcResponse(name, record_name, record_number, header, block);
    }
    if (record_number == 0) sink_.OnError(name, EmptyError("no WARC records"));
  }

  void DeliverWarcResponse(std::string_view name, const std::string& record_name,
                           size_t record_number, const WarcRecordHeader& header,
                           std::string_view block) {
    if (!block.starts_with("HTTP/")) return;  // dns:, ftp and other non-HTTP captures
    StatusOr<HttpResponse> http = ParseHttpResponse(block, options_.max_document_bytes);
    if (!http.ok()) return sink_.OnError(record_name, http.status());
    if (http->status_code < 200 || http->status_code >= 300) return;  // redirects, errors
    if (!IsHtmlPayload(http->content_type, http->body)) return;
    if (IsBlankText(http->body))
      return sink_.OnError(record_name, EmptyError("empty HTML payload"));
    DecodedText decoded = DecodeHtml(http->body, CharsetFromContentType(http->content_type));
    Document document;
    document.id = header.record_id.empty()
                      ? DocumentIdFromPath(name) + "#" + std::to_string(record_number)
                      : header.record_id;
    document.url = header.target_uri;
    document.seen = header.date;  // the page's date only when it gives none (kSeen)
    document.source = header.target_uri.empty() ? std::string(name) : header.target_uri;
    document.format = DocumentFormat::kHtml;
    document.content = std::move(decoded.text);
    document.input_bytes = static_cast<size_t>(header.content_length);
    document.input = record_name;
    sink_.OnDocument(std::move(document));
  }

  const ReadOptions& options_;
  DocumentSink& sink_;
  std::string walk_root_;  // the folder being walked, empty when reading a named file
};

}  // namespace

Status ReadInputs(std::span<const std::string> paths, const ReadOptions& options,
                  DocumentSink& sink) {
  if (paths.empty()) return InvalidArgumentError("no input paths given");
  if (options.max_document_bytes == 0) {
    return InvalidArgumentError("max_document_bytes must be positive");
  }
  if (options.stream_idle_timeout.count() <= 0) {
    return InvalidArgumentError("stream_idle_timeout must be positive");
  }
  Ingester ingester(options, sink);
  for (const std::string& path : paths) ingester.ReadPath(path);
  return Status::Ok();
}

void ReadBuffer(std::string_view name, std::string_view bytes, const ReadOptions& options,
                DocumentSink& sink) {
  Ingester ingester(options, sink);
  ingester.ReadSource(name, std::make_unique<MemorySource>(bytes));
}

}  // namespace crosscheck
