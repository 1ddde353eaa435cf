#include "clean/html/gumbo_tree.h"

#include <memory>
#include <string>
#include <vector>

#include "clean/html/text_util.h"

namespace crosscheck::html {
namespace {

struct GumboOutputDeleter {
  void operator()(GumboOutput* output) const { gumbo_destroy_output(&kGumboDefaultOptions, output); }
};

// Whether the children of `element` are kept (dom_tree.h: script text only for JSON-LD).
bool KeepsChildren(const GumboElement& element) {
  switch (element.tag) {
    case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT:
      return false;
    case GUMBO_TAG_SCRIPT: {
      const GumboAttribute* type = gumbo_get_attribute(&element.attributes, "type");
      return type && EqualsLowerAscii(TrimSpace(type->value), "application/ld+json");
    }
    default:
      return true;
  }
}

}  // namespace

DomTree BuildTreeWithGumbo(std::string_view html) {
  DomTree tree;
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;
  std::unique_ptr<GumboOutput, GumboOutputDeleter> output(
      gumbo_parse_with_options(&options, html.data(), html.size()));
  if (!output || !output->root || output->root->type != GUMBO_NODE_ELEMENT) return tree;
  struct Item {
    const GumboNode* node;
    int32_t parent;
  };
  std::vector<Item> stack{{output->root, kNoDomNode}};
  std::string lower_name;
  while (!stack.empty()) {
    Item item = stack.back();
    stack.pop_back();
    const GumboNode* node = item.node;
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE ||
        node->type == GUMBO_NODE_CDATA) {
      const GumboText& text = node->v.text;
      std::string_view raw(text.original_text.data, text.original_text.length);
      uint32_t offset = static_cast<uint32_t>(text.start_pos.offset);
      int32_t last = tree.node(item.parent).last_child;
      if (last != kNoDomNode && tree.node(last).is_text && tree.ExtendText(last, text.text, raw, offset)) {
        continue;
      }
      tree.AppendChild(item.parent, tree.AddText(text.text, raw, offset));
      continue;
    }
    if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE) continue;
    const GumboElement& element = node->v.element;
    int32_t index = tree.AddElement(element.tag);
    for (unsigned at = 0; at < element.attributes.length; ++at) {
      const auto* attribute = static_cast<const GumboAttribute*>(element.attributes.data[at]);
      lower_name = LowerAscii(attribute->name);
      DomAttr name;
      if (LookupDomAttr(lower_name, name)) tree.AddAttribute(index, name, attribute->value);
    }
    if (item.parent != kNoDomNode) tree.AppendChild(item.parent, index);
    if (!KeepsChildren(element)) continue;
    for (unsigned child = element.children.length; child-- > 0;) {
      stack.push_back({static_cast<const GumboNode*>(element.children.data[child]), index});
    }
  }
  return tree;
}

}  // namespace crosscheck::html
