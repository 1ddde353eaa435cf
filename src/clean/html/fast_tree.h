// The fast tree builder: HtmlTokenizer's tokens assembled into a DomTree by the parts of the
// HTML5 tree-construction algorithm that decide where text ends up — implied head and body,
// implied end tags (p, li, dt/dd, option, headings), void elements, the list of active
// formatting elements with the adoption agency (misnested <a>, <b>), tables with implied
// tbody/tr, cell closing and foster parenting, select, raw-text elements and foreign (svg,
// math) content. The same keep rules as gumbo_tree.h apply, so the two trees compare.
//
// Takes the page borrowed; returns a DomTree that owns its strings. Never fails. O(n) in the
// page's bytes times the depth of the open-element stack, which is capped at
// kMaxOpenElements (deeper start tags are dropped; the extractor's markup guard keeps pages
// far below it). Checked against gumbo on every AEB page (fast_tree_test.cc). Pure function;
// thread-safe.
#ifndef CROSSCHECK_CLEAN_HTML_FAST_TREE_H_
#define CROSSCHECK_CLEAN_HTML_FAST_TREE_H_

#include <string_view>

#include "clean/html/dom_tree.h"

namespace crosscheck::html {

inline constexpr size_t kMaxOpenElements = 2048;

DomTree BuildTreeFast(std::string_view html);

}  // namespace crosscheck::html

#endif  // CROSSCHECK_CLEAN_HTML_FAST_TREE_H_
