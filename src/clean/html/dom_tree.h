// DomTree: the part of a parsed HTML page that extraction reads — elements (tag, parent,
// children in order, the few attributes the extractor looks at) and text (entities decoded,
// with the byte range of its source). Two builders produce it, behind one interface:
//   - BuildTreeWithGumbo (gumbo_tree.h): gumbo's full HTML5 tree, converted; the reference;
//   - BuildTreeFast (fast_tree.h): an own tokenizer and a small tree builder; the default.
// Both apply the same keep rules, so their trees can be compared node for node: the text of
// script and style elements is dropped except JSON-LD scripts; comments and doctypes too.
//
// Node 0 is the <html> element (the root) whenever the tree is not empty. Indices are stable;
// a DomTree owns all its strings (no view into the page). O(1) access to a node, an
// attribute lookup scans the element's kept attributes (at most kDomAttrCount).
// Immutable once built; safe to read from several threads.
#ifndef CROSSCHECK_CLEAN_HTML_DOM_TREE_H_
#define CROSSCHECK_CLEAN_HTML_DOM_TREE_H_

#include <gumbo.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace crosscheck::html {

inline constexpr int32_t kNoDomNode = -1;

// Attributes the extractor reads; every other attribute is dropped at build time.
enum class DomAttr : uint8_t {
  kClass, kId, kItemprop, kRel, kHidden, kAriaHidden, kStyle, kRole, kDatetime, kContent,
  kPubdate, kProperty, kName, kType, kHref, kLang,
};
inline constexpr int kDomAttrCount = 16;

// The kept attribute named `lower_name` (ASCII lower case), or false.
bool LookupDomAttr(std::string_view lower_name, DomAttr& attr);

struct DomNode {
  int32_t parent = kNoDomNode;
  int32_t first_child = kNoDomNode;
  int32_t last_child = kNoDomNode;
  int32_t next_sibling = kNoDomNode;
  int32_t prev_sibling = kNoDomNode;
  GumboTag tag = GUMBO_TAG_UNKNOWN;  // elements (unknown and foreign names: GUMBO_TAG_UNKNOWN)
  bool is_text = false;
  uint32_t attr_begin = 0;  // elements: [attr_begin, attr_end) in the attribute table
  uint32_t attr_end = 0;
  uint32_t text_begin = 0;  // text: [text_begin, text_end) in the text storage
  uint32_t text_end = 0;
  // Text: the raw bytes it came from in the page, without leading and trailing ASCII white
  // space (empty, at the start of the raw bytes, when they are all white space).
  uint32_t source_begin = 0;
  uint32_t source_end = 0;
};

struct DomAttribute {
  DomAttr name = DomAttr::kClass;
  uint32_t value_begin = 0;  // in the text storage, entities decoded
  uint32_t value_end = 0;
};

class DomTree {
 public:
  bool empty() const { return nodes_.empty(); }
  size_t size() const { return nodes_.size(); }
  int32_t root() const { return nodes_.empty() ? kNoDomNode : 0; }
  const DomNode& node(int32_t index) const { return nodes_[static_cast<size_t>(index)]; }
  bool IsElement(int32_t index, GumboTag tag) const {
    const DomNode& n = node(index);
    return !n.is_text && n.tag == tag;
  }
  std::string_view Text(int32_t index) const {
    const DomNode& n = node(index);
    return std::string_view(storage_).substr(n.text_begin, n.text_end - n.text_begin);
  }
  // The value of `name` on element `index`, "" when absent (see HasAttribute).
  std::string_view Attribute(int32_t index, DomAttr name) const;
  bool HasAttribute(int32_t index, DomAttr name) const;

  // Building (used by the two builders).
  int32_t AddElement(GumboTag tag);
  // A text node holding `text`, decoded from the page bytes `raw` found at `raw_offset`.
  int32_t AddText(std::string_view text, std::string_view raw, uint32_t raw_offset);
  // Appends `text` (from `raw` at `raw_offset`) to text node `index` when that node holds
  // the last text stored; else returns false and changes nothing.
  bool ExtendText(int32_t index, std::string_view text, std::string_view raw, uint32_t raw_offset);
  void AddAttribute(int32_t element, DomAttr name, std::string_view value);
  // A new element with the tag and attributes of `element` (attributes shared, not copied).
  int32_t CloneElement(int32_t element);
  void AppendChild(int32_t parent, int32_t child);
  // Inserts `child` before `before` (a child of `parent`); `before` kNoDomNode appends.
  void InsertBefore(int32_t parent, int32_t child, int32_t before);
  // Unlinks `child` from its parent (no-op for a detached node).
  void Detach(int32_t child);
  void Reserve(size_t nodes, size_t storage_bytes);

 private:
  std::vector<DomNode> nodes_;
  std::vector<DomAttribute> attributes_;
  std::string storage_;
  int32_t last_text_node_ = kNoDomNode;
};

// The text under `index`, whitespace collapsed (script, style, noscript skipped; a break
// between <br>, <p>, <div>, <li>), at most about `max_bytes`.
std::string SubtreeText(const DomTree& tree, int32_t index, size_t max_bytes);

// Which builder makes the tree the extractor reads.
enum class HtmlParser : uint8_t {
  kGumbo,  // gumbo's HTML5 tree builder, converted (the reference)
  kFast,   // own tokenizer and tree builder (fast_tree.h)
};

// Builds the tree of `html` with `parser`. Never fails: any bytes give a tree (maybe empty).
DomTree BuildDomTree(std::string_view html, HtmlParser parser);

}  // namespace crosscheck::html

#endif  // CROSSCHECK_CLEAN_HTML_DOM_TREE_H_
