#include "clean/html/dom_tree.h"

#include <array>

#include "clean/html/fast_tree.h"
#include "clean/html/gumbo_tree.h"
#include "clean/html/text_util.h"

namespace crosscheck::html {
namespace {

constexpr std::array<std::string_view, kDomAttrCount> kDomAttrNames = {
    "class", "id", "itemprop", "rel", "hidden", "aria-hidden", "style", "role", "datetime",
    "content", "pubdate", "property", "name", "type", "href", "lang"};

bool IsAsciiSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// [begin, end) of `raw` at `offset` without its ASCII white space at both ends.
void TrimmedRange(std::string_view raw, uint32_t offset, uint32_t& begin, uint32_t& end) {
  size_t first = 0, last = raw.size();
  while (first < last && IsAsciiSpace(raw[first])) ++first;
  while (last > first && IsAsciiSpace(raw[last - 1])) --last;
  if (first == last) first = last = 0;
  begin = offset + static_cast<uint32_t>(first);
  end = offset + static_cast<uint32_t>(last);
}

}  // namespace

bool LookupDomAttr(std::string_view lower_name, DomAttr& attr) {
  // Names outside 2..11 bytes are never kept: most attributes (src, data-*, onclick) fail
  // on the length or first byte before any comparison.
  if (lower_name.size() < 2 || lower_name.size() > 11) return false;
  char first = lower_name[0];
  if (first != 'c' && first != 'i' && first != 'r' && first != 'h' && first != 'a' &&
      first != 's' && first != 'd' && first != 'p' && first != 'n' && first != 't' &&
      first != 'l') {
    return false;
  }
  for (size_t index = 0; index < kDomAttrNames.size(); ++index) {
    if (kDomAttrNames[index] == lower_name) {
      attr = static_cast<DomAttr>(index);
      return true;
    }
  }
  return false;
}

std::string_view DomTree::Attribute(int32_t index, DomAttr name) const {
  const DomNode& n = node(index);
  for (uint32_t at = n.attr_begin; at < n.attr_end; ++at) {
    const DomAttribute& attribute = attributes_[at];
    if (attribute.name == name) {
      return std::string_view(storage_).substr(attribute.value_begin,
                                               attribute.value_end - attribute.value_begin);
    }
  }
  return {};
}

bool DomTree::HasAttribute(int32_t index, DomAttr name) const {
  const DomNode& n = node(index);
  for (uint32_t at = n.attr_begin; at < n.attr_end; ++at) {
    if (attributes_[at].name == name) return true;
  }
  return false;
}

int32_t DomTree::AddElement(GumboTag tag) {
  DomNode n;
  n.tag = tag;
  n.attr_begin = n.attr_end = static_cast<uint32_t>(attributes_.size());
  nodes_.push_back(n);
  return static_cast<int32_t>(nodes_.size() - 1);
}

int32_t DomTree::AddText(std::string_view text, std::string_view raw, uint32_t raw_offset) {
  DomNode n;
  n.is_text = true;
  n.text_begin = static_cast<uint32_t>(storage_.size());
  storage_.append(text);
  n.text_end = static_cast<uint32_t>(storage_.size());
  TrimmedRange(raw, raw_offset, n.source_begin, n.source_end);
  nodes_.push_back(n);
  last_text_node_ = static_cast<int32_t>(nodes_.size() - 1);
  return last_text_node_;
}

bool DomTree::ExtendText(int32_t index, std::string_view text, std::string_view raw,
                         uint32_t raw_offset) {
  if (index != last_text_node_ || nodes_[index].text_end != storage_.size()) return false;
  storage_.append(text);
  DomNode& n = nodes_[index];
  n.text_end = static_cast<uint32_t>(storage_.size());
  uint32_t begin = 0, end = 0;
  TrimmedRange(raw, raw_offset, begin, end);
  if (begin == end) return true;
  if (n.source_begin == n.source_end) n.source_begin = begin;
  if (end > n.source_end) n.source_end = end;
  return true;
}

void DomTree::AddAttribute(int32_t element, DomAttr name, std::string_view value) {
  DomNode& n = nodes_[element];
  // The first of a repeated name wins (also when a second <body> tag adds attributes).
  for (uint32_t at = n.attr_begin; at < n.attr_end; ++at) {
    if (attributes_[at].name == name) return;
  }
  if (n.attr_end != attributes_.size()) {
    // Attributes added late (a second <html> or <body> tag): move the element's own ones to
    // the end of the table first, so that they stay contiguous. Clones that shared the old
    // range keep it.
    uint32_t begin = static_cast<uint32_t>(attributes_.size());
    for (uint32_t at = n.attr_begin; at < n.attr_end; ++at) attributes_.push_back(attributes_[at]);
    n.attr_begin = begin;
    n.attr_end = static_cast<uint32_t>(attributes_.size());
  }
  DomAttribute attribute;
  attribute.name = name;
  attribute.value_begin = static_cast<uint32_t>(storage_.size());
  storage_.append(value);
  attribute.value_end = static_cast<uint32_t>(storage_.size());
  attributes_.push_back(attribute);
  n.attr_end = static_cast<uint32_t>(attributes_.size());
}

int32_t DomTree::CloneElement(int32_t element) {
  DomNode n;
  n.tag = nodes_[element].tag;
  n.attr_begin = nodes_[element].attr_begin;
  n.attr_end = nodes_[element].attr_end;
  nodes_.push_back(n);
  return static_cast<int32_t>(nodes_.size() - 1);
}

void DomTree::AppendChild(int32_t parent, int32_t child) { InsertBefore(parent, child, kNoDomNode); }

void DomTree::InsertBefore(int32_t parent, int32_t child, int32_t before) {
  Detach(child);
  DomNode& p = nodes_[parent];
  DomNode& c = nodes_[child];
  c.parent = parent;
  if (before == kNoDomNode) {
    c.prev_sibling = p.last_child;
    c.next_sibling = kNoDomNode;
    if (p.last_child != kNoDomNode) {
      nodes_[p.last_child].next_sibling = child;
    } else {
      p.first_child = child;
    }
    p.last_child = child;
    return;
  }
  DomNode& b = nodes_[before];
  c.next_sibling = before;
  c.prev_sibling = b.prev_sibling;
  if (b.prev_sibling != kNoDomNode) {
    nodes_[b.prev_sibling].next_sibling = child;
  } else {
    p.first_child = child;
  }
  b.prev_sibling = child;
}

void DomTree::Detach(int32_t child) {
  DomNode& c = nodes_[child];
  if (c.parent == kNoDomNode) return;
  DomNode& p = nodes_[c.parent];
  if (c.prev_sibling != kNoDomNode) {
    nodes_[c.prev_sibling].next_sibling = c.next_sibling;
  } else {
    p.first_child = c.next_sibling;
  }
  if (c.next_sibling != kNoDomNode) {
    nodes_[c.next_sibling].prev_sibling = c.prev_sibling;
  } else {
    p.last_child = c.prev_sibling;
  }
  c.parent = c.prev_sibling = c.next_sibling = kNoDomNode;
}

void DomTree::Reserve(size_t nodes, size_t storage_bytes) {
  nodes_.reserve(nodes);
  attributes_.reserve(nodes);
  storage_.reserve(storage_bytes);
}

std::string SubtreeText(const DomTree& tree, int32_t index, size_t max_bytes) {
  std::string out;
  bool pending_space = false;
  std::vector<int32_t> stack{index};
  while (!stack.empty() && out.size() <= max_bytes) {
    int32_t current = stack.back();
    stack.pop_back();
    const DomNode& node = tree.node(current);
    if (node.is_text) {
      AppendCollapsed(tree.Text(current), out, pending_space);
      continue;
    }
    GumboTag tag = node.tag;
    if (tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_NOSCRIPT) continue;
    if (tag == GUMBO_TAG_BR || tag == GUMBO_TAG_P || tag == GUMBO_TAG_DIV || tag == GUMBO_TAG_LI) {
      pending_space = true;
    }
    for (int32_t child = node.last_child; child != kNoDomNode; child = tree.node(child).prev_sibling) {
      stack.push_back(child);
    }
  }
  return out;
}

DomTree BuildDomTree(std::string_view html, HtmlParser parser) {
  return parser == HtmlParser::kGumbo ? BuildTreeWithGumbo(html) : BuildTreeFast(html);
}

}  // namespace crosscheck::html
