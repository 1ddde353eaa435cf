// Flattening a gumbo tree into layout nodes and text blocks.
//
// One iterative pre-order walk with an explicit stack (no recursion, so 100,000 nested tags
// cost memory for the stack, not the call stack). Each frame remembers the context its
// element opened (enclosing layout node, block kind, inside a link or a caption) and restores
// it on the way out. Text accumulates into a pending block that is flushed whenever a
// block-level element opens or closes, or at <br>. After the walk one reverse pass adds each
// node's counts to its parent, turning own counts into subtree totals (nodes are in
// pre-order, so children always come after their parent).
#include "clean/html/page_layout.h"

#include <array>
#include <cstring>
#include <utility>

#include "clean/html/text_util.h"

namespace crosscheck::html {
namespace {

// Longest text kept from one <time> or byline element.
constexpr size_t kMaxMarkBytes = 200;

// Tags whose subtree never holds article text.
bool IsSkippedTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_SVG: case GUMBO_TAG_MATH: case GUMBO_TAG_IFRAME: case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED: case GUMBO_TAG_VIDEO: case GUMBO_TAG_AUDIO: case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_BUTTON: case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_INPUT:
    case GUMBO_TAG_OPTION: case GUMBO_TAG_HEAD: case GUMBO_TAG_TITLE: case GUMBO_TAG_META:
    case GUMBO_TAG_LINK: case GUMBO_TAG_BASE: case GUMBO_TAG_NAV: case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_MAP: case GUMBO_TAG_MENU: case GUMBO_TAG_FRAMESET:
    case GUMBO_TAG_FRAME: case GUMBO_TAG_APPLET:
      return true;
    default:
      return false;
  }
}

// Tags that neither break text into blocks nor get a layout node.
bool IsInlineTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_A: case GUMBO_TAG_ABBR: case GUMBO_TAG_B: case GUMBO_TAG_BDI:
    case GUMBO_TAG_BDO: case GUMBO_TAG_CITE: case GUMBO_TAG_CODE: case GUMBO_TAG_DATA:
    case GUMBO_TAG_DFN: case GUMBO_TAG_EM: case GUMBO_TAG_FONT: case GUMBO_TAG_I:
    case GUMBO_TAG_KBD: case GUMBO_TAG_MARK: case GUMBO_TAG_Q: case GUMBO_TAG_RP:
    case GUMBO_TAG_RT: case GUMBO_TAG_RUBY: case GUMBO_TAG_S: case GUMBO_TAG_SAMP:
    case GUMBO_TAG_SMALL: case GUMBO_TAG_SPAN: case GUMBO_TAG_STRONG: case GUMBO_TAG_SUB:
    case GUMBO_TAG_SUP: case GUMBO_TAG_TIME: case GUMBO_TAG_TT: case GUMBO_TAG_U:
    case GUMBO_TAG_VAR: case GUMBO_TAG_WBR: case GUMBO_TAG_DEL: case GUMBO_TAG_INS:
    case GUMBO_TAG_LABEL: case GUMBO_TAG_STRIKE: case GUMBO_TAG_BIG: case GUMBO_TAG_NOBR:
    case GUMBO_TAG_IMG: case GUMBO_TAG_BR: case GUMBO_TAG_SOURCE:
      return true;
    default:
      return false;
  }
}

bool IsHeadingTag(GumboTag tag) {
  return tag >= GUMBO_TAG_H1 && tag <= GUMBO_TAG_H6 && tag != GUMBO_TAG_HGROUP;
}

bool IsHidden(const DomTree& tree, int32_t node) {
  if (tree.HasAttribute(node, DomAttr::kHidden)) return true;
  if (EqualsLowerAscii(tree.Attribute(node, DomAttr::kAriaHidden), "true")) return true;
  std::string style = LowerAscii(tree.Attribute(node, DomAttr::kStyle));
  if (!style.empty()) {
    std::string compact;
    for (char c : style) if (c != ' ') compact.push_back(c);
    if (compact.find("display:none") != std::string::npos ||
        compact.find("visibility:hidden") != std::string::npos) {
      return true;
    }
  }
  std::string_view role = tree.Attribute(node, DomAttr::kRole);
  return role == "navigation" || role == "complementary" || role == "menu" ||
         role == "menubar" || role == "dialog" || role == "alert" || role == "search";
}

// Substring lists, lower case, matched against "class id" (readability's regular
// expressions written as plain substrings).
constexpr std::array kUnlikelyNames = {
    "-ad-", "ai2html", "banner", "breadcrumb", "combx", "comment", "community", "cover-wrap",
    "disqus", "extra", "footer", "gdpr", "header", "legends", "menu", "related", "remark",
    "replies", "rss", "shoutbox", "sidebar", "skyscraper", "social", "sponsor", "supplemental",
    "ad-break", "agegate", "pagination", "pager", "popup", "yom-remote", "newsletter",
    "subscribe", "share", "cookie", "recommend", "promo", "outbrain", "taboola", "most-popular",
    "mostpopular", "trending", "signup", "modal"};
constexpr std::array kMaybeContentNames = {"and", "article", "body", "column", "content",
                                           "main", "shadow"};
constexpr std::array kPositiveNames = {"article", "body", "content", "entry", "hentry",
                                       "h-entry", "main", "page", "post", "text", "blog",
                                       "story"};
constexpr std::array kNegativeNames = {
    "-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "foot", "masthead",
    "media", "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar",
    "skyscraper", "sponsor", "shopping", "tags", "tool", "widget", "byline", "author",
    "caption", "credit"};

template <size_t N>
bool ContainsAny(std::string_view haystack, const std::array<const char*, N>& needles) {
  for (const char* needle : needles) {
    if (haystack.find(needle) != std::string_view::npos) return true;
  }
  return false;
}

// A class token naming a caption ("wp-caption-text", "image__caption", "caption-full"), not
// one naming its absence or a page-wide feature flag ("no-caption", "has-caption",
// "f_caption_muted_videos_on", "closed-captioning").
bool IsCaptionName(std::string_view class_name) {
  std::string lower = LowerAscii(class_name);
  size_t pos = 0;
  while (pos < lower.size()) {
    size_t end = lower.find_first_of(" \t\n", pos);
    if (end == std::string::npos) end = lower.size();
    std::string_view token(lower.data() + pos, end - pos);
    pos = end + 1;
    if (token.find("caption") == std::string_view::npos) continue;
    if (token.find("captioning") != std::string_view::npos || token.find("adcaption") != std::string_view::npos) continue;
    bool negated = false;
    for (std::string_view prefix : {"no", "without", "has", "with", "f_"}) {
      negated = negated || token.substr(0, prefix.size()) == prefix;
    }
    if (!negated) return true;
  }
  return false;
}

bool IsBylineName(std::string_view class_name, std::string_view id, std::string_view rel,
                  std::string_view itemprop) {
  if (rel == "author" || itemprop == "author") return true;
  std::string lower = LowerAscii(class_name);
  lower.push_back(' ');
  lower.append(LowerAscii(id));
  return lower.find("byline") != std::string::npos ||
         (lower.find("author") != std::string::npos && lower.find("bio") == std::string::npos);
}

struct Context {
  int32_t layout_parent = kNoNode;  // innermost kept block element
  BlockKind kind = BlockKind::kParagraph;
  bool in_link = false;
};

struct Frame {
  int32_t node;
  int32_t next_child = kNoDomNode;
  Context saved;       // context to restore when the element closes
  bool is_block = false;
};

class Flattener {
 public:
  Flattener(const DomTree& tree, const FlattenOptions& options) : tree_(tree), options_(options) {}

  PageLayout Run() {
    std::vector<Frame> stack;
    if (!tree_.empty()) Enter(tree_.root(), stack);
    while (!stack.empty()) {
      Frame& frame = stack.back();
      int32_t child = frame.next_child;
      if (child == kNoDomNode) {
        Leave(frame);
        stack.pop_back();
        continue;
      }
      frame.next_child = tree_.node(child).next_sibling;
      if (tree_.node(child).is_text) {
        AppendText(child);
      } else {
        Enter(child, stack);  // may invalidate `frame`
      }
    }
    Flush();
    SumSubtrees();
    return std::move(layout_);
  }

 private:
  void Enter(int32_t node, std::vector<Frame>& stack) {
    GumboTag tag = tree_.node(node).tag;
    if (tag == GUMBO_TAG_IMG) {
      if (context_.layout_parent != kNoNode) ++layout_.nodes[context_.layout_parent].images;
      return;
    }
    if (tag == GUMBO_TAG_BR) {
      Flush();
      return;
    }
    if (IsSkippedTag(tag)) {
      if (context_.layout_parent != kNoNode) {
        LayoutNode& parent = layout_.nodes[context_.layout_parent];
        if (tag == GUMBO_TAG_INPUT || tag == GUMBO_TAG_SELECT || tag == GUMBO_TAG_TEXTAREA ||
            tag == GUMBO_TAG_BUTTON) {
          ++parent.inputs;
        } else if (tag == GUMBO_TAG_IFRAME || tag == GUMBO_TAG_OBJECT ||
                   tag == GUMBO_TAG_EMBED || tag == GUMBO_TAG_VIDEO) {
          ++parent.embeds;
        }
      }
      return;
    }
    if (IsHidden(tree_, node)) return;
    std::string_view class_name = tree_.Attribute(node, DomAttr::kClass);
    std::string_view id = tree_.Attribute(node, DomAttr::kId);
    std::string_view itemprop = tree_.Attribute(node, DomAttr::kItemprop);
    if (tag == GUMBO_TAG_TIME || itemprop == "datePublished") RecordTime(node, itemprop);
    if (IsBylineName(class_name, id, tree_.Attribute(node, DomAttr::kRel), itemprop)) RecordByline(node);
    bool structural = tag == GUMBO_TAG_HTML || tag == GUMBO_TAG_BODY ||
                      tag == GUMBO_TAG_ARTICLE || tag == GUMBO_TAG_MAIN || tag == GUMBO_TAG_A;
    if (options_.strip_unlikely && !structural && (!class_name.empty() || !id.empty())) {
      std::string names = LowerAscii(class_name);
      names.push_back(' ');
      names.append(LowerAscii(id));
      if (ContainsAny(names, kUnlikelyNames) && !ContainsAny(names, kMaybeContentNames)) {
        return;
      }
    }

    Frame frame{node, tree_.node(node).first_child, context_, false};
    if (tag == GUMBO_TAG_A) {
      context_.in_link = true;
    } else if (!IsInlineTag(tag)) {
      Flush();
      frame.is_block = true;
      int32_t index = static_cast<int32_t>(layout_.nodes.size());
      LayoutNode layout_node;
      layout_node.parent = context_.layout_parent;
      layout_node.tag = tag;
      layout_node.class_weight = static_cast<int16_t>(ClassWeight(class_name, id));
      layout_node.in_link = context_.in_link;
      if (tag == GUMBO_TAG_P) layout_node.paragraphs = 1;
      if (tag == GUMBO_TAG_LI) layout_node.list_items = 1;
      if (IsHeadingTag(tag)) layout_node.headings = 1;
      layout_.nodes.push_back(layout_node);
      Link(index);
      context_.layout_parent = index;
      if (IsHeadingTag(tag)) {
        context_.kind = BlockKind::kHeading;
      } else if (tag == GUMBO_TAG_LI || tag == GUMBO_TAG_DT || tag == GUMBO_TAG_DD) {
        if (context_.kind != BlockKind::kCaption) context_.kind = BlockKind::kListItem;
      } else if (tag == GUMBO_TAG_BLOCKQUOTE) {
        if (context_.kind != BlockKind::kCaption) context_.kind = BlockKind::kBlockQuote;
      } else if (tag == GUMBO_TAG_FIGCAPTION || IsCaptionName(class_name)) {
        context_.kind = BlockKind::kCaption;
      }
    }
    stack.push_back(frame);
  }

  void Leave(const Frame& frame) {
    if (frame.is_block) Flush();
    context_ = frame.saved;
  }

  // Appends the new node as last child of its parent.
  void Link(int32_t index) {
    int32_t parent = layout_.nodes[index].parent;
    if (parent == kNoNode) return;
    if (last_child_.size() < layout_.nodes.size()) last_child_.resize(layout_.nodes.size(), kNoNode);
    int32_t previous = last_child_[parent];
    if (previous == kNoNode) {
      layout_.nodes[parent].first_child = index;
    } else {
      layout_.nodes[previous].next_sibling = index;
    }
    last_child_[parent] = index;
  }

  void AppendText(int32_t node) {
    size_t before = pending_.text.size();
    bool space_before = pending_space_ && !pending_.text.empty();
    AppendCollapsed(tree_.Text(node), pending_.text, pending_space_);
    size_t added = pending_.text.size() - before;
    if (added == 0) return;
    // The source range starts at the first non-space byte of the first text node.
    // (The tree keeps each text's source range without white space at its ends.)
    const DomNode& text = tree_.node(node);
    if (before == 0) pending_.source_begin = text.source_begin;
    uint32_t end = text.source_end;
    if (end > pending_.source_end) pending_.source_end = end;
    if (context_.in_link) pending_.link_chars += static_cast<uint32_t>(added - (space_before ? 1 : 0));
    pending_.node = context_.layout_parent;
    pending_.kind = context_.kind;
  }

  void Flush() {
    pending_space_ = false;
    if (pending_.text.empty()) {
      pending_ = TextBlock();
      return;
    }
    if (pending_.text.back() == ' ') pending_.text.pop_back();
    if (pending_.link_chars > pending_.text.size()) {
      pending_.link_chars = static_cast<uint32_t>(pending_.text.size());
    }
    if (pending_.node != kNoNode && pending_.kind != BlockKind::kCaption) {
      LayoutNode& node = layout_.nodes[pending_.node];
      node.text_chars += static_cast<uint32_t>(pending_.text.size());
      node.link_chars += pending_.link_chars;
      node.commas += CountCommas(pending_.text);
    }
    layout_.blocks.push_back(std::move(pending_));
    pending_ = TextBlock();
  }

  void RecordTime(int32_t node, std::string_view itemprop) {
    TimeMark mark;
    mark.value = std::string(tree_.Attribute(node, DomAttr::kDatetime));
    if (mark.value.empty()) mark.value = std::string(tree_.Attribute(node, DomAttr::kContent));
    if (mark.value.empty()) mark.value = SubtreeText(tree_, node, kMaxMarkBytes);
    if (mark.value.empty()) return;
    mark.node = context_.layout_parent;
    mark.marked_published = itemprop == "datePublished" ||
                            tree_.HasAttribute(node, DomAttr::kPubdate);
    layout_.times.push_back(std::move(mark));
  }

  void RecordByline(int32_t node) {
    std::string text = SubtreeText(tree_, node, kMaxMarkBytes + 1);
    if (text.empty() || text.size() > kMaxMarkBytes) return;
    layout_.byline_candidates.push_back(std::move(text));
  }

  void SumSubtrees() {
    for (size_t index = layout_.nodes.size(); index-- > 1;) {
      const LayoutNode& child = layout_.nodes[index];
      if (child.parent == kNoNode) continue;
      LayoutNode& parent = layout_.nodes[child.parent];
      parent.text_chars += child.text_chars;
      parent.link_chars += child.link_chars;
      parent.commas += child.commas;
      parent.paragraphs += child.paragraphs;
      parent.list_items += child.list_items;
      parent.images += child.images;
      parent.inputs += child.inputs;
      parent.embeds += child.embeds;
      parent.headings += child.headings;
    }
  }

  const DomTree& tree_;
  FlattenOptions options_;
  PageLayout layout_;
  Context context_;
  TextBlock pending_;
  bool pending_space_ = false;
  std::vector<int32_t> last_child_;
};

}  // namespace

int ClassWeight(std::string_view class_name, std::string_view id) {
  int weight = 0;
  for (std::string_view name : {class_name, id}) {
    if (name.empty()) continue;
    std::string lower = LowerAscii(name);
    if (ContainsAny(lower, kNegativeNames)) weight -= 25;
    if (ContainsAny(lower, kPositiveNames)) weight += 25;
  }
  return weight;
}

bool IsUnlikelyCandidate(std::string_view class_name, std::string_view id) {
  std::string names = LowerAscii(class_name);
  names.push_back(' ');
  names.append(LowerAscii(id));
  return ContainsAny(names, kUnlikelyNames) && !ContainsAny(names, kMaybeContentNames);
}

PageLayout FlattenPage(const DomTree& tree, const FlattenOptions& options) {
  return Flattener(tree, options).Run();
}

}  // namespace crosscheck::html
