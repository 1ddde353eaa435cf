#include "ingest/warc_reader.h"

#include <algorithm>
#include <charconv>

#include "base/ascii.h"
#include "ingest/gzip_stream.h"

namespace crosscheck {
namespace {


std::string_view Trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r')) {
    text.remove_suffix(1);
  }
  return text;
}

// Splits "Name: value" into trimmed parts; false when there is no colon.
bool SplitHeaderLine(std::string_view line, std::string_view& name, std::string_view& value) {
  const size_t colon = line.find(':');
  if (colon == std::string_view::npos) return false;
  name = Trim(line.substr(0, colon));
  value = Trim(line.substr(colon + 1));
  return true;
}

std::string StripRecordIdDecoration(std::string_view id) {
  if (id.starts_with("<")) id.remove_prefix(1);
  if (id.ends_with(">")) id.remove_suffix(1);
  if (id.starts_with("urn:uuid:")) id.remove_prefix(9);
  return std::string(id);
}

bool ParseUnsigned(std::string_view text, uint64_t& value, int base = 10) {
  if (text.empty()) return false;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value, base);
  return error == std::errc() && end == text.data() + text.size();
}

std::string TruncatedMessage(uint64_t expected, uint64_t got) {
  return "truncated WARC record: block has " + std::to_string(got) + " of " +
         std::to_string(expected) + " bytes";
}

}  // namespace

StatusOr<bool> WarcReader::NextHeader(WarcRecordHeader& header) {
  header = WarcRecordHeader();
  std::string line;
  // Blank lines separate records (the block is followed by CRLF CRLF).
  while (true) {
    StatusOr<bool> got = input_.ReadLine(line, kMaxHeaderLineBytes);
    if (!got.ok()) return got.status();
    if (!*got) return false;
    if (!line.empty()) break;
  }
  if (!line.starts_with("WARC/")) {
    return DataLossError("expected a WARC/ version line at byte " +
                         std::to_string(input_.position() - line.size() - 1));
  }
  bool has_length = false;
  for (size_t line_count = 0;; ++line_count) {
    if (line_count > kMaxHeaderLines) return DataLossError("WARC header has too many lines");
    StatusOr<bool> got = input_.ReadLine(line, kMaxHeaderLineBytes);
    if (!got.ok()) return got.status();
    if (!*got) return DataLossError("truncated WARC record: input ends inside a header");
    if (line.empty()) break;
    std::string_view name;
    std::string_view value;
    if (!SplitHeaderLine(line, name, value)) continue;  // continuation or junk line: ignore
    if (EqualsIgnoringAsciiCase(name, "WARC-Type")) {
      header.type = LowerAscii(value);
    } else if (EqualsIgnoringAsciiCase(name, "WARC-Record-ID")) {
      header.record_id = StripRecordIdDecoration(value);
    } else if (EqualsIgnoringAsciiCase(name, "WARC-Target-URI")) {
      std::string_view uri = value;
      if (uri.starts_with("<") && uri.ends_with(">")) uri = uri.substr(1, uri.size() - 2);
      header.target_uri = std::string(uri);
    } else if (EqualsIgnoringAsciiCase(name, "WARC-Date")) {
      header.date = std::string(value);
    } else if (EqualsIgnoringAsciiCase(name, "Content-Type")) {
      header.content_type = std::string(value);
    } else if (EqualsIgnoringAsciiCase(name, "Content-Length")) {
      if (!ParseUnsigned(value, header.content_length)) {
        return DataLossError("WARC record has an invalid Content-Length: " +
                             std::string(value.substr(0, 40)));
      }
      has_length = true;
    }
  }
  if (!has_length) return DataLossError("WARC record has no Content-Length");
  return true;
}

Status WarcReader::ReadBlock(const WarcRecordHeader& header, std::string& block) {
  block.clear();
  constexpr uint64_t kMaxReserveBytes = uint64_t{1} << 20;  // untrusted length: grow as read
  block.reserve(static_cast<size_t>(std::min(header.content_length, kMaxReserveBytes)));
  StatusOr<size_t> got = input_.ReadUpTo(header.content_length, block);
  if (!got.ok()) return got.status();
  if (*got < header.content_length) {
    return DataLossError(TruncatedMessage(header.content_length, *got));
  }
  return Status::Ok();
}

Status WarcReader::SkipBlock(const WarcRecordHeader& header) {
  StatusOr<uint64_t> got = input_.Skip(header.content_length);
  if (!got.ok()) return got.status();
  if (*got < header.content_length) {
    return DataLossError(TruncatedMessage(header.content_length, *got));
  }
  return Status::Ok();
}

StatusOr<std::string> DecodeChunked(std::string_view body) {
  std::string out;
  size_t pos = 0;
  while (true) {
    const size_t line_end = body.find('\n', pos);
    if (line_end == std::string_view::npos) return DataLossError("chunk size line missing");
    std::string_view size_text = Trim(body.substr(pos, line_end - pos));
    const size_t extension = size_text.find(';');
    if (extension != std::string_view::npos) size_text = Trim(size_text.substr(0, extension));
    uint64_t chunk_size = 0;
    if (!ParseUnsigned(size_text, chunk_size, 16)) return DataLossError("bad chunk size");
    pos = line_end + 1;
    if (chunk_size == 0) return out;  // trailers, if any, are ignored
    if (chunk_size > body.size() - pos) return DataLossError("truncated chunk");
    out.append(body.substr(pos, chunk_size));
    pos += chunk_size;
    if (pos < body.size() && body[pos] == '\r') ++pos;
    if (pos < body.size() && body[pos] == '\n') ++pos;
    if (pos >= body.size()) return out;  // no terminating chunk: keep what arrived
  }
}

StatusOr<HttpResponse> ParseHttpResponse(std::string_view block, size_t max_body_bytes) {
  HttpResponse response;
  size_t line_end = block.find('\n');
  if (line_end == std::string_view::npos) line_end = block.size();
  const std::string_view status_line = Trim(block.substr(0, line_end));
  if (!status_line.starts_with("HTTP/")) return DataLossError("no HTTP status line");
  const size_t space = status_line.find(' ');
  uint64_t code = 0;
  if (space == std::string_view::npos ||
      !ParseUnsigned(status_line.substr(space + 1, 3), code) || code < 100 || code > 999) {
    return DataLossError("malformed HTTP status line");
  }
  response.status_code = static_cast<int>(code);
  std::string transfer_encoding;
  std::string content_encoding;
  size_t pos = line_end + 1;
  while (pos < block.size()) {
    size_t end = block.find('\n', pos);
    if (end == std::string_view::npos) end = block.size();
    const std::string_view line = Trim(block.substr(pos, end - pos));
    pos = end + 1;
    if (line.empty()) break;
    std::string_view name;
    std::string_view value;
    if (!SplitHeaderLine(line, name, value)) continue;
    if (EqualsIgnoringAsciiCase(name, "Content-Type")) {
      response.content_type = std::string(value);
    } else if (EqualsIgnoringAsciiCase(name, "Transfer-Encoding")) {
      transfer_encoding += LowerAscii(value);
    } else if (EqualsIgnoringAsciiCase(name, "Content-Encoding")) {
      content_encoding += LowerAscii(value);
    }
  }
  const std::string_view body = pos < block.size() ? block.substr(pos) : std::string_view();
  response.body = std::string(body);
  if (transfer_encoding.find("chunked") != std::string::npos) {
    // Only when the body really is chunked; otherwise the archiver already decoded it.
    StatusOr<std::string> dechunked = DecodeChunked(response.body);
    if (dechunked.ok()) response.body = std::move(*dechunked);
  }
  const bool compressed = content_encoding.find("gzip") != std::string::npos ||
                          content_encoding.find("deflate") != std::string::npos;
  const bool looks_compressed =
      HasGzipMagic(response.body) ||
      (content_encoding.find("deflate") != std::string::npos && !response.body.empty() &&
       response.body[0] != '<');
  if (compressed && looks_compressed) {
    StatusOr<std::string> inflated = InflateBounded(response.body, max_body_bytes);
    if (!inflated.ok()) return inflated.status();
    response.body = std::move(*inflated);
  }
  return response;
}

}  // namespace crosscheck
