// Main-content selection over a PageLayout: which text blocks belong to the article.
//
// Readability's scoring, on the flattened layout: every paragraph-sized block gives points
// (1 + commas + one per 100 bytes, at most 3) to its enclosing elements, decaying with
// distance; elements start from a tag prior and their class/id weight, and the total is
// scaled by (1 - link density). The best element, its qualifying siblings, and their subtrees
// minus conditionally cleaned parts (link lists, form-heavy boxes, empty wrappers) are the
// article; captions inside it are returned apart, each once. O(nodes + blocks) time and
// memory. Pure function; thread-safe.
#ifndef CROSSCHECK_CLEAN_HTML_CONTENT_SELECT_H_
#define CROSSCHECK_CLEAN_HTML_CONTENT_SELECT_H_

#include <string_view>
#include <vector>

#include "clean/html/page_layout.h"
#include "model/document.h"

namespace crosscheck::html {

struct SelectedContent {
  std::vector<Block> blocks;    // article body in reading order (no captions)
  std::vector<Block> captions;  // captions inside the article, deduplicated
  int32_t container = kNoNode;  // the top-scoring element, kNoNode when none scored
  size_t body_bytes = 0;        // total bytes of `blocks` text
};

// Selects the article in `layout`. A body heading equal to `title` is dropped (it is the
// title, not content).
SelectedContent SelectMainContent(const PageLayout& layout, std::string_view title);

}  // namespace crosscheck::html

#endif  // CROSSCHECK_CLEAN_HTML_CONTENT_SELECT_H_
