#include "clean/html/tree_compare.h"

#include "clean/html/text_util.h"

namespace crosscheck::html {
namespace {

constexpr const char* kAttrNames[kDomAttrCount] = {
    "class", "id", "itemprop", "rel", "hidden", "aria-hidden", "style", "role", "datetime",
    "content", "pubdate", "property", "name", "type", "href", "lang"};

}  // namespace

std::vector<std::string> TreeLines(const DomTree& tree) {
  std::vector<std::string> lines;
  if (tree.empty()) return lines;
  struct Item {
    int32_t node;
    int depth;
  };
  std::vector<Item> stack{{tree.root(), 0}};
  std::string text;
  bool pending_space = false;
  int text_depth = 0;
  auto flush_text = [&] {
    if (!text.empty()) lines.push_back(std::string(static_cast<size_t>(text_depth) * 2, ' ') + text);
    text.clear();
    pending_space = false;
  };
  while (!stack.empty()) {
    Item item = stack.back();
    stack.pop_back();
    const DomNode& node = tree.node(item.node);
    if (node.is_text) {
      if (text.empty()) text_depth = item.depth;
      AppendCollapsed(tree.Text(item.node), text, pending_space);
      // A text run ends where the next sibling is not text.
      if (node.next_sibling == kNoDomNode || !tree.node(node.next_sibling).is_text) flush_text();
      continue;
    }
    flush_text();
    std::string line(static_cast<size_t>(item.depth) * 2, ' ');
    line += '<';
    line += node.tag == GUMBO_TAG_UNKNOWN ? "?" : gumbo_normalized_tagname(node.tag);
    for (int attr = 0; attr < kDomAttrCount; ++attr) {
      DomAttr name = static_cast<DomAttr>(attr);
      if (!tree.HasAttribute(item.node, name)) continue;
      line += ' ';
      line += kAttrNames[attr];
      line += "=\"";
      line += tree.Attribute(item.node, name);
      line += '"';
    }
    line += '>';
    lines.push_back(std::move(line));
    for (int32_t child = node.last_child; child != kNoDomNode; child = tree.node(child).prev_sibling) {
      stack.push_back({child, item.depth + 1});
    }
  }
  flush_text();
  return lines;
}

std::string FirstDifference(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  size_t common = a.size() < b.size() ? a.size() : b.size();
  for (size_t index = 0; index < common; ++index) {
    if (a[index] != b[index]) return "line " + std::to_string(index) + ": " + a[index] + " | " + b[index];
  }
  if (a.size() == b.size()) return {};
  return "line " + std::to_string(common) + ": " + (common < a.size() ? a[common] : "(end)") + " | " +
         (common < b.size() ? b[common] : "(end)");
}

}  // namespace crosscheck::html
