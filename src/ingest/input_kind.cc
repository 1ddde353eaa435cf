#include "ingest/input_kind.h"

#include "base/ascii.h"
#include "ingest/charset.h"
#include "ingest/feed_reader.h"

namespace crosscheck {
namespace {

// Control-byte share above which a sample counts as binary, in percent.
constexpr size_t kMaxControlPercent = 5;
// How far from the start an HTML marker may appear to count as "near the start".
constexpr size_t kHtmlMarkerWindow = 1024;

std::string_view FileName(std::string_view path) {
  while (path.size() > 1 && path.back() == '/') path.remove_suffix(1);
  const size_t slash = path.rfind('/');
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

// Removes `suffix` (lower case) from the end of `name` when present, ignoring case.
bool StripSuffix(std::string_view& name, std::string_view suffix) {
  if (name.size() <= suffix.size()) return false;
  if (LowerAscii(name.substr(name.size() - suffix.size())) != suffix) return false;
  name.remove_suffix(suffix.size());
  return true;
}

bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

}  // namespace

PathKind InputKindFromPath(std::string_view path) {
  std::string_view name = FileName(path);
  PathKind result;
  result.gzipped = StripSuffix(name, ".gz");
  struct Extension {
    std::string_view suffix;
    InputKind kind;
  };
  static constexpr Extension kExtensions[] = {
      {".txt", InputKind::kText},    {".text", InputKind::kText},
      {".md", InputKind::kText},     {".html", InputKind::kHtml},
      {".htm", InputKind::kHtml},    {".xhtml", InputKind::kHtml},
      {".jsonl", InputKind::kJsonl}, {".ndjson", InputKind::kJsonl},
      {".warc", InputKind::kWarc},   {".rss", InputKind::kXml},
      {".atom", InputKind::kXml},    {".rdf", InputKind::kXml},
  };
  for (const Extension& extension : kExtensions) {
    if (StripSuffix(name, extension.suffix)) {
      result.kind = extension.kind;
      break;
    }
  }
  return result;
}

bool LooksLikeHtml(std::string_view prefix) {
  size_t mark_length = 0;
  DetectByteOrderMark(prefix, &mark_length);
  const std::string lower = LowerAscii(prefix.substr(mark_length, kHtmlMarkerWindow));
  return lower.find("<!doctype html") != std::string::npos ||
         lower.find("<html") != std::string::npos || lower.find("<head") != std::string::npos;
}

bool LooksBinary(std::string_view sample) {
  size_t mark_length = 0;
  const std::string_view bom = DetectByteOrderMark(sample, &mark_length);
  if (bom == "UTF-16LE" || bom == "UTF-16BE") return false;
  size_t control_bytes = 0;
  for (char c : sample) {
    const unsigned char byte = static_cast<unsigned char>(c);
    if (byte == 0) return true;
    const bool allowed = byte == '\t' || byte == '\n' || byte == '\r' || byte == '\f' ||
                         byte == 0x1B || byte == 0x0B;
    if ((byte < 0x20 && !allowed) || byte == 0x7F) ++control_bytes;
  }
  return control_bytes * 100 > sample.size() * kMaxControlPercent;
}

InputKind SniffInputKind(std::string_view prefix) {
  if (prefix.starts_with("WARC/")) return InputKind::kWarc;
  // XML before the binary test: UTF-16 and UTF-32 feeds without a byte order mark hold NULs.
  std::string root;
  const bool xml = LooksLikeXml(prefix, &root);
  if (root == "REUTERS") return InputKind::kReuters;  // Reuters-21578 SGML (no XML prolog)
  if (xml) return LowerAscii(root) == "html" ? InputKind::kHtml : InputKind::kXml;
  if (LooksBinary(prefix)) return InputKind::kBinary;
  // JSON lines before HTML: a JSONL record may carry "<html" in its first kilobyte.
  size_t mark_length = 0;
  DetectByteOrderMark(prefix, &mark_length);
  size_t pos = mark_length;
  while (pos < prefix.size() && IsBlank(prefix[pos])) ++pos;
  if (pos < prefix.size() && prefix[pos] == '{') {
    const size_t line_end = prefix.find('\n', pos);
    if (line_end == std::string_view::npos) return InputKind::kJsonl;  // a long first line
    std::string_view first_line = prefix.substr(pos, line_end - pos);
    while (!first_line.empty() && IsBlank(first_line.back())) first_line.remove_suffix(1);
    return first_line.ends_with('}') ? InputKind::kJsonl : InputKind::kJson;
  }
  if (pos < prefix.size() && prefix[pos] == '[') {
    size_t next = pos + 1;
    while (next < prefix.size() && IsBlank(prefix[next])) ++next;
    if (next < prefix.size() && (prefix[next] == '{' || prefix[next] == '[')) {
      return InputKind::kJson;
    }
  }
  if (LooksLikeHtml(prefix)) return InputKind::kHtml;
  return InputKind::kText;
}

std::string DocumentIdFromPath(std::string_view path) {
  if (path == "-") return "stdin";
  const std::string_view full_name = FileName(path);
  std::string_view name = full_name;
  StripSuffix(name, ".gz");
  const size_t dot = name.rfind('.');
  if (dot != std::string_view::npos && dot > 0) name = name.substr(0, dot);
  if (name.empty()) return std::string(full_name);
  return std::string(name);
}

}  // namespace crosscheck
