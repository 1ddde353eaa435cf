// PageLayout: a parsed HTML page flattened into what content selection needs — a compact
// table of the elements that can hold text (parent links, tag, class/id hints, subtree
// counts) and the page's text blocks in reading order (normalized text, byte range in the
// source, the element that holds them).
//
// Takes a DomTree (borrowed; must outlive the call only; either builder, dom_tree.h) and returns values that point
// into nothing. The walk is iterative: any nesting depth is safe, O(nodes) time and memory.
// Subtrees that never hold article text are skipped at walk time: script/style/template,
// navigation, forms controls, hidden elements (hidden attribute, display:none), and elements
// whose class/id name boilerplate (comments, sidebars, related links, share bars, ads) unless
// they also name content. Pure function; thread-safe.
#ifndef CROSSCHECK_CLEAN_HTML_PAGE_LAYOUT_H_
#define CROSSCHECK_CLEAN_HTML_PAGE_LAYOUT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "clean/html/dom_tree.h"
#include "model/document.h"

namespace crosscheck::html {

inline constexpr int32_t kNoNode = -1;

// One element of the page (only those the walk kept). Nodes are in document (pre-)order, so
// a parent's index is lower than its children's.
struct LayoutNode {
  int32_t parent = kNoNode;
  int32_t first_child = kNoNode;
  int32_t next_sibling = kNoNode;
  GumboTag tag = GUMBO_TAG_UNKNOWN;
  int16_t class_weight = 0;  // +25 when class/id names content, -25 when boilerplate
  bool in_link = false;
  // Totals over the element's subtree (its own text and that of every kept descendant).
  uint32_t text_chars = 0;   // body text (captions excluded)
  uint32_t link_chars = 0;   // body text inside <a>
  uint32_t commas = 0;
  uint32_t paragraphs = 0;   // <p> elements
  uint32_t list_items = 0;   // <li> elements
  uint32_t images = 0;
  uint32_t inputs = 0;
  uint32_t embeds = 0;       // iframe, object, embed, video
  uint32_t headings = 0;
};

// One run of text between block boundaries.
struct TextBlock {
  BlockKind kind = BlockKind::kParagraph;
  std::string text;            // whitespace collapsed, entities decoded
  uint32_t source_begin = 0;   // byte range in the source the text came from
  uint32_t source_end = 0;
  int32_t node = kNoNode;      // innermost block-level element holding the text
  uint32_t link_chars = 0;     // bytes of `text` inside <a>
};

// A <time> element or machine-readable date attribute met in kept parts of the page.
struct TimeMark {
  std::string value;     // datetime attribute, else the element text
  int32_t node = kNoNode;
  bool marked_published = false;  // pubdate attribute or itemprop="datePublished"
};

struct PageLayout {
  std::vector<LayoutNode> nodes;
  std::vector<TextBlock> blocks;
  std::vector<TimeMark> times;
  std::vector<std::string> byline_candidates;  // text of rel=author / class byline|author
};

struct FlattenOptions {
  // Skip subtrees whose class/id name boilerplate. Turned off for a second pass when the
  // first one left too little text (a page whose article wrapper has an unlucky class).
  // Default: true.
  bool strip_unlikely = true;
};

// Flattens the tree from its root.
PageLayout FlattenPage(const DomTree& tree, const FlattenOptions& options = {});

// Class/id weight as readability computes it: +25 per positive name, -25 per negative one.
int ClassWeight(std::string_view class_name, std::string_view id);

// Whether class/id say the element is boilerplate that never holds the article.
bool IsUnlikelyCandidate(std::string_view class_name, std::string_view id);

}  // namespace crosscheck::html

#endif  // CROSSCHECK_CLEAN_HTML_PAGE_LAYOUT_H_
