// libFuzzer target for the HTML extractor: any bytes as a page, through the default (fast)
// tree builder and the whole extractor, and through gumbo's builder for comparison of the
// invariants both must keep. Checks, beyond "no crash, no sanitizer report": every text node
// of the fast tree points at bytes inside the page, tree links are consistent (a child's
// parent lists it), and every extracted block's source range lies inside the page.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "clean/extractor.h"
#include "clean/html/dom_tree.h"
#include "clean/html/html_extractor.h"

namespace {

constexpr size_t kMaxPageBytes = size_t{1} << 18;

void CheckTree(const crosscheck::html::DomTree& tree, size_t page_bytes) {
  using crosscheck::html::kNoDomNode;
  for (size_t index = 0; index < tree.size(); ++index) {
    const auto& node = tree.node(static_cast<int32_t>(index));
    if (node.is_text && (node.source_begin > node.source_end || node.source_end > page_bytes)) std::abort();
    for (int32_t child = node.first_child; child != kNoDomNode; child = tree.node(child).next_sibling) {
      if (tree.node(child).parent != static_cast<int32_t>(index)) std::abort();
    }
  }
}

void CheckArticle(const crosscheck::StatusOr<crosscheck::Article>& article, size_t page_bytes) {
  if (!article.ok()) return;
  for (const auto& block : article->blocks) {
    if (block.source_begin > block.source_end || block.source_end > page_bytes) std::abort();
  }
}

}  // namespace

// Only our own parser is fuzzed: the gumbo tree (the reference the fast builder is checked
// against on real pages, never used on user input) asserts inside Debian's libgumbo 0.10 on
// CDATA in foreign content within a table (seed `gumbo_cdata_assert`, which the fast path
// must handle).
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > kMaxPageBytes) return 0;
  static const auto fast = crosscheck::NewHtmlExtractor();
  crosscheck::Document document;
  document.id = "fuzz";
  document.format = crosscheck::DocumentFormat::kHtml;
  document.content.assign(reinterpret_cast<const char*>(data), size);
  CheckTree(crosscheck::html::BuildDomTree(document.content, crosscheck::html::HtmlParser::kFast), size);
  CheckArticle(fast->Extract(document), size);
  return 0;
}
