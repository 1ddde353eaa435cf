// libFuzzer target for feeds: arbitrary bytes through ParseFeed (charset, expat with its
// bounds, the element stack, markup written back, xml:base resolution), each item turned into
// a Document and cleaned as a trusted record (the HTML tag-to-text pass). Checks, beyond "no
// crash, no sanitizer report": every field read is valid UTF-8, a stop reason is one line,
// and every block's source span lies inside the document's content.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "base/utf8.h"
#include "clean/extractor.h"
#include "ingest/feed_reader.h"

namespace {

void CheckUtf8(std::string_view text) {
  if (!crosscheck::IsValidUtf8(text)) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  std::string root;
  (void)crosscheck::LooksLikeXml(bytes, &root);
  crosscheck::StatusOr<crosscheck::Feed> feed = crosscheck::ParseFeed(bytes);
  if (!feed.ok()) {
    if (feed.status().message().find('\n') != std::string::npos) std::abort();
    return 0;
  }
  if (feed->stopped.message().find('\n') != std::string::npos) std::abort();
  CheckUtf8(feed->title);
  CheckUtf8(feed->link);
  static const crosscheck::Cleaner cleaner;  // built once: its matchers are immutable
  size_t item_number = 0;
  for (const crosscheck::FeedItem& item : feed->items) {
    for (const std::string* text :
         {&item.title, &item.link, &item.id, &item.published, &item.updated, &item.content}) {
      CheckUtf8(*text);
    }
    for (const std::string& author : item.authors) CheckUtf8(author);
    crosscheck::StatusOr<crosscheck::Document> document =
        crosscheck::FeedItemToDocument(*feed, item, "fuzz#" + std::to_string(++item_number));
    if (!document.ok()) continue;
    crosscheck::StatusOr<crosscheck::Article> article = cleaner.Clean(*document);
    if (!article.ok()) continue;
    for (const crosscheck::Block& block : article->blocks) {
      if (block.source_begin > block.source_end || block.source_end > document->content.size()) {
        std::abort();
      }
      CheckUtf8(block.text);
    }
  }
  return 0;
}
