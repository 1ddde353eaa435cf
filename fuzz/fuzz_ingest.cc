// libFuzzer target for ingestion. The first input byte picks the name the rest is read under
// (its extension decides the format, or sniffing when unknown), so one corpus reaches the
// text, HTML, JSONL, WARC, feed, Reuters SGML and gzip paths; the charset and HTTP helpers are fed directly too.
// Checks, beyond "no crash, no sanitizer report": every delivered document is valid UTF-8
// and every error message is one line.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "base/utf8.h"
#include "ingest/charset.h"
#include "ingest/reader.h"
#include "ingest/warc_reader.h"

namespace {

constexpr std::string_view kNames[] = {
    "doc.txt",  "doc.html", "feed.jsonl",    "crawl.warc", "crawl.warc.gz",
    "doc.txt.gz", "-",      "unknown.bin",   "feed.ndjson.gz", "page.xhtml",
    "news.rss",   "news.xml.gz", "wire.sgm",
};
constexpr size_t kMaxDocumentBytes = size_t{1} << 20;

class CheckingSink : public crosscheck::DocumentSink {
 public:
  void OnDocument(crosscheck::Document&& document) override {
    if (!crosscheck::IsValidUtf8(document.content)) std::abort();
  }
  void OnError(std::string_view input, const crosscheck::Status& status) override {
    if (input.empty() || status.ok()) std::abort();
    if (status.message().find('\n') != std::string::npos) std::abort();
  }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const std::string_view name = kNames[data[0] % std::size(kNames)];
  const std::string_view bytes(reinterpret_cast<const char*>(data) + 1, size - 1);

  crosscheck::ReadOptions options;
  options.max_document_bytes = kMaxDocumentBytes;
  CheckingSink sink;
  crosscheck::ReadBuffer(name, bytes, options, sink);

  // The helpers directly, on the same bytes.
  if (!crosscheck::IsValidUtf8(crosscheck::DecodePlainText(bytes).text)) std::abort();
  const std::string transport = crosscheck::CharsetFromContentType(bytes.substr(0, 64));
  if (!crosscheck::IsValidUtf8(crosscheck::DecodeHtml(bytes, transport).text)) std::abort();
  (void)crosscheck::FindDeclaredCharset(bytes);
  (void)crosscheck::ParseHttpResponse(bytes, kMaxDocumentBytes);
  (void)crosscheck::DecodeChunked(bytes);
  return 0;
}
