// The fast tree builder's machinery: tag classes, the stack of open elements and the list
// of active formatting elements with the adoption agency algorithm (HTML5 §13.2.6.4.7), as
// the specification writes them, on DomTree nodes. Rules per token: fast_tree.cc.
#include "clean/html/fast_tree_builder.h"

#include "clean/html/text_util.h"

namespace crosscheck::html::fast_tree_internal {
namespace {

constexpr int kNoahsArkLimit = 3;
constexpr int kAdoptionOuterSteps = 8;
constexpr int kAdoptionInnerSteps = 3;
// Initial capacity guesses per page byte (a news page has a node every ~60 bytes).
constexpr size_t kBytesPerNodeGuess = 64;
constexpr size_t kTextShareGuess = 4;


}  // namespace

#define CASE_HEADINGS case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: \
  case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6

bool IsHeading(GumboTag tag) { return tag >= GUMBO_TAG_H1 && tag <= GUMBO_TAG_H6; }

bool IsSpecial(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_APPLET: case GUMBO_TAG_AREA: case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_ASIDE: case GUMBO_TAG_BASE: case GUMBO_TAG_BASEFONT: case GUMBO_TAG_BGSOUND:
    case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_BODY: case GUMBO_TAG_BR: case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_CAPTION: case GUMBO_TAG_CENTER: case GUMBO_TAG_COL: case GUMBO_TAG_COLGROUP:
    case GUMBO_TAG_DD: case GUMBO_TAG_DETAILS: case GUMBO_TAG_DIR: case GUMBO_TAG_DIV:
    case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_EMBED: case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_FIGURE: case GUMBO_TAG_FOOTER: case GUMBO_TAG_FORM:
    case GUMBO_TAG_FRAME: case GUMBO_TAG_FRAMESET: CASE_HEADINGS: case GUMBO_TAG_HEAD:
    case GUMBO_TAG_HEADER: case GUMBO_TAG_HGROUP: case GUMBO_TAG_HR: case GUMBO_TAG_HTML:
    case GUMBO_TAG_IFRAME: case GUMBO_TAG_IMG: case GUMBO_TAG_INPUT: case GUMBO_TAG_KEYGEN:
    case GUMBO_TAG_LI: case GUMBO_TAG_LINK: case GUMBO_TAG_LISTING: case GUMBO_TAG_MAIN:
    case GUMBO_TAG_MARQUEE: case GUMBO_TAG_MENU: case GUMBO_TAG_META: case GUMBO_TAG_NAV:
    case GUMBO_TAG_NOEMBED: case GUMBO_TAG_NOFRAMES: case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_OBJECT: case GUMBO_TAG_OL: case GUMBO_TAG_P: case GUMBO_TAG_PARAM:
    case GUMBO_TAG_PLAINTEXT: case GUMBO_TAG_PRE: case GUMBO_TAG_SCRIPT: case GUMBO_TAG_SECTION:
    case GUMBO_TAG_SELECT: case GUMBO_TAG_SOURCE: case GUMBO_TAG_STYLE: case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_TABLE: case GUMBO_TAG_TBODY: case GUMBO_TAG_TD: case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_TFOOT: case GUMBO_TAG_TH: case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TITLE: case GUMBO_TAG_TR: case GUMBO_TAG_TRACK: case GUMBO_TAG_UL:
    case GUMBO_TAG_WBR: case GUMBO_TAG_XMP:
      return true;
    default:
      return false;
  }
}

bool IsFormatting(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_A: case GUMBO_TAG_B: case GUMBO_TAG_BIG: case GUMBO_TAG_CODE: case GUMBO_TAG_EM:
    case GUMBO_TAG_FONT: case GUMBO_TAG_I: case GUMBO_TAG_NOBR: case GUMBO_TAG_S:
    case GUMBO_TAG_SMALL: case GUMBO_TAG_STRIKE: case GUMBO_TAG_STRONG: case GUMBO_TAG_TT:
    case GUMBO_TAG_U:
      return true;
    default:
      return false;
  }
}

// Start tags that close an open <p> first (and end tags that close their element in scope).
bool IsBlockContainer(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_ASIDE: case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_CENTER: case GUMBO_TAG_DETAILS: case GUMBO_TAG_DIR: case GUMBO_TAG_DIV:
    case GUMBO_TAG_DL: case GUMBO_TAG_FIELDSET: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FOOTER: case GUMBO_TAG_HEADER: case GUMBO_TAG_HGROUP: case GUMBO_TAG_MAIN:
    case GUMBO_TAG_MENU: case GUMBO_TAG_NAV: case GUMBO_TAG_OL: case GUMBO_TAG_SECTION:
    case GUMBO_TAG_SUMMARY: case GUMBO_TAG_UL:
      return true;
    default:
      return false;
  }
}

bool HasImpliedEndTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_DD: case GUMBO_TAG_DT: case GUMBO_TAG_LI: case GUMBO_TAG_OPTGROUP:
    case GUMBO_TAG_OPTION: case GUMBO_TAG_P: case GUMBO_TAG_RB: case GUMBO_TAG_RP:
    case GUMBO_TAG_RT: case GUMBO_TAG_RTC:
      return true;
    default:
      return false;
  }
}

bool IsVoid(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_AREA: case GUMBO_TAG_BASE: case GUMBO_TAG_BASEFONT: case GUMBO_TAG_BGSOUND:
    case GUMBO_TAG_BR: case GUMBO_TAG_COL: case GUMBO_TAG_EMBED: case GUMBO_TAG_FRAME:
    case GUMBO_TAG_HR: case GUMBO_TAG_IMG: case GUMBO_TAG_INPUT: case GUMBO_TAG_KEYGEN:
    case GUMBO_TAG_LINK: case GUMBO_TAG_META: case GUMBO_TAG_PARAM: case GUMBO_TAG_SOURCE:
    case GUMBO_TAG_TRACK: case GUMBO_TAG_WBR:
      return true;
    default:
      return false;
  }
}

bool IsTableSection(GumboTag tag) {
  return tag == GUMBO_TAG_TBODY || tag == GUMBO_TAG_THEAD || tag == GUMBO_TAG_TFOOT;
}

// Elements where text and most tags may not go directly (foster parenting applies).
bool IsTableLike(GumboTag tag) {
  return tag == GUMBO_TAG_TABLE || IsTableSection(tag) || tag == GUMBO_TAG_TR;
}

bool IsContextTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_HTML: case GUMBO_TAG_TABLE: case GUMBO_TAG_TBODY: case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TFOOT: case GUMBO_TAG_TR: case GUMBO_TAG_TD: case GUMBO_TAG_TH:
    case GUMBO_TAG_CAPTION: case GUMBO_TAG_COLGROUP: case GUMBO_TAG_SELECT: case GUMBO_TAG_TEMPLATE:
      return true;
    default:
      return false;
  }
}

// Start tags that restructure a table (handled by the table rules, not the body rules).
bool IsTableStructure(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_CAPTION: case GUMBO_TAG_COL: case GUMBO_TAG_COLGROUP: case GUMBO_TAG_TBODY:
    case GUMBO_TAG_TD: case GUMBO_TAG_TFOOT: case GUMBO_TAG_TH: case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TR: case GUMBO_TAG_TABLE:
      return true;
    default:
      return false;
  }
}

// HTML start tags that end foreign (svg, math) content.
bool BreaksOutOfForeign(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_B: case GUMBO_TAG_BIG: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_BODY:
    case GUMBO_TAG_BR: case GUMBO_TAG_CENTER: case GUMBO_TAG_CODE: case GUMBO_TAG_DD:
    case GUMBO_TAG_DIV: case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_EM:
    case GUMBO_TAG_EMBED: CASE_HEADINGS: case GUMBO_TAG_HEAD: case GUMBO_TAG_HR: case GUMBO_TAG_I:
    case GUMBO_TAG_IMG: case GUMBO_TAG_LI: case GUMBO_TAG_LISTING: case GUMBO_TAG_MENU:
    case GUMBO_TAG_META: case GUMBO_TAG_NOBR: case GUMBO_TAG_OL: case GUMBO_TAG_P:
    case GUMBO_TAG_PRE: case GUMBO_TAG_RUBY: case GUMBO_TAG_S: case GUMBO_TAG_SMALL:
    case GUMBO_TAG_SPAN: case GUMBO_TAG_STRONG: case GUMBO_TAG_STRIKE: case GUMBO_TAG_SUB:
    case GUMBO_TAG_SUP: case GUMBO_TAG_TABLE: case GUMBO_TAG_TT: case GUMBO_TAG_U:
    case GUMBO_TAG_UL: case GUMBO_TAG_VAR:
      return true;
    default:
      return false;
  }
}


bool StopsScope(GumboTag tag, Scope scope) {
  switch (tag) {
    case GUMBO_TAG_HTML: case GUMBO_TAG_TABLE: case GUMBO_TAG_TEMPLATE:
      return true;
    case GUMBO_TAG_APPLET: case GUMBO_TAG_CAPTION: case GUMBO_TAG_TD: case GUMBO_TAG_TH:
    case GUMBO_TAG_MARQUEE: case GUMBO_TAG_OBJECT:
      return scope != Scope::kTable;
    case GUMBO_TAG_BUTTON:
      return scope == Scope::kButton;
    case GUMBO_TAG_OL: case GUMBO_TAG_UL:
      return scope == Scope::kListItem;
    default:
      return false;
  }
}

bool IsAllSpace(std::string_view text) {
  for (char c : text) {
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f') return false;
  }
  return true;
}


TreeBuilder::TreeBuilder(std::string_view html) : tokenizer_(html) {
  tree_.Reserve(html.size() / kBytesPerNodeGuess, html.size() / kTextShareGuess);
}

int32_t TreeBuilder::NewElement(GumboTag tag, const HtmlToken* token) {
  int32_t node = tree_.AddElement(tag);
  info_.resize(tree_.size());
  if (token) {
    for (const TokenAttribute& attribute : token->attributes) {
      tree_.AddAttribute(node, attribute.name, attribute.value);
    }
    info_[node].raw_attributes = token->raw_attributes;
    info_[node].name_hash = token->name_hash;
    if (tag == GUMBO_TAG_SCRIPT) {
      info_[node].json_ld = EqualsLowerAscii(TrimSpace(tree_.Attribute(node, DomAttr::kType)),
                                             "application/ld+json");
    }
  }
  return node;
}

int32_t TreeBuilder::CloneOf(int32_t node) {
  int32_t clone = tree_.CloneElement(node);
  info_.resize(tree_.size());
  info_[clone].raw_attributes = info_[node].raw_attributes;
  info_[clone].name_hash = info_[node].name_hash;
  return clone;
}

void TreeBuilder::InsertionPoint(int32_t& parent, int32_t& before) const {
  parent = open_.back().node;
  before = kNoDomNode;
  if (!foster_ || open_.back().foreign || !IsTableLike(open_.back().tag)) return;
  for (size_t index = open_.size(); index-- > 1;) {
    if (open_[index].tag != GUMBO_TAG_TABLE || open_[index].foreign) continue;
    int32_t table = open_[index].node;
    if (tree_.node(table).parent != kNoDomNode) {
      parent = tree_.node(table).parent;
      before = table;
    } else {
      parent = open_[index - 1].node;
    }
    return;
  }
}

void TreeBuilder::InsertNode(int32_t node) {
  int32_t parent, before;
  InsertionPoint(parent, before);
  tree_.InsertBefore(parent, node, before);
}

int32_t TreeBuilder::Insert(const HtmlToken& token, GumboTag tag, bool foreign) {
  int32_t node = NewElement(tag, &token);
  InsertNode(node);
  if (foreign) {
    if (!token.self_closing) Push(node, true);
    return node;
  }
  if (IsVoid(tag)) return node;
  Push(node, false);
  switch (tag) {
    case GUMBO_TAG_SCRIPT:
      tokenizer_.EnterContent(tag, ContentModel::kScript);
      break;
    case GUMBO_TAG_STYLE: case GUMBO_TAG_XMP: case GUMBO_TAG_IFRAME: case GUMBO_TAG_NOEMBED:
    case GUMBO_TAG_NOFRAMES:
      tokenizer_.EnterContent(tag, ContentModel::kRawText);
      break;
    case GUMBO_TAG_NOSCRIPT:  // in the head it holds markup (TreeBuilder::InHeadNoscript)
      if (phase_ == Phase::kInBody) tokenizer_.EnterContent(tag, ContentModel::kRawText);
      break;
    case GUMBO_TAG_TITLE: case GUMBO_TAG_TEXTAREA:
      tokenizer_.EnterContent(tag, ContentModel::kRcData);
      break;
    case GUMBO_TAG_PLAINTEXT:
      tokenizer_.EnterContent(tag, ContentModel::kPlainText);
      break;
    default:
      break;
  }
  return node;
}

int32_t TreeBuilder::InsertSynthetic(GumboTag tag) {
  int32_t node = NewElement(tag, nullptr);
  InsertNode(node);
  Push(node, false);
  return node;
}

void TreeBuilder::AppendText(const HtmlToken& token) {
  const OpenElement& current = open_.back();
  if (current.tag == GUMBO_TAG_STYLE || current.tag == GUMBO_TAG_NOSCRIPT) return;
  if (current.tag == GUMBO_TAG_SCRIPT && !info_[current.node].json_ld) return;
  int32_t parent, before;
  InsertionPoint(parent, before);
  int32_t previous = before == kNoDomNode ? tree_.node(parent).last_child : tree_.node(before).prev_sibling;
  if (previous != kNoDomNode && tree_.node(previous).is_text &&
      tree_.ExtendText(previous, token.text, token.raw, token.offset)) {
    return;
  }
  int32_t node = tree_.AddText(token.text, token.raw, token.offset);
  info_.resize(tree_.size());
  tree_.InsertBefore(parent, node, before);
}

void TreeBuilder::Push(int32_t node, bool foreign) {
  GumboTag tag = tree_.node(node).tag;
  GumboTag context = !foreign && IsContextTag(tag) ? tag
                     : open_.empty()               ? GUMBO_TAG_HTML
                                                   : open_.back().context;
  open_.push_back({node, tag, context, foreign});
  info_[node].on_stack = true;
}

void TreeBuilder::Pop() {
  if (open_.size() <= 1) return;  // <html> stays
  info_[open_.back().node].on_stack = false;
  open_.pop_back();
}

void TreeBuilder::PopTo(size_t size) {
  while (open_.size() > size && open_.size() > 1) Pop();
}

void TreeBuilder::PopUntil(GumboTag tag) {
  while (open_.size() > 1) {
    bool done = open_.back().tag == tag && !open_.back().foreign;
    Pop();
    if (done) return;
  }
}

void TreeBuilder::PopUntilAny(bool (*matches)(GumboTag)) {
  while (open_.size() > 1) {
    bool done = matches(open_.back().tag) && !open_.back().foreign;
    Pop();
    if (done) return;
  }
}

void TreeBuilder::ClearTo(bool (*keeps)(GumboTag)) {
  while (open_.size() > 1 && !(keeps(open_.back().tag) && !open_.back().foreign) &&
         open_.back().tag != GUMBO_TAG_TEMPLATE) {
    Pop();
  }
}

void TreeBuilder::RemoveFromStack(size_t index) {
  if (index == 0 || index >= open_.size()) return;
  info_[open_[index].node].on_stack = false;
  open_.erase(open_.begin() + static_cast<std::ptrdiff_t>(index));
  // Contexts above the removed entry may have come from it.
  for (size_t above = index; above < open_.size(); ++above) {
    OpenElement& entry = open_[above];
    entry.context = !entry.foreign && IsContextTag(entry.tag) ? entry.tag : open_[above - 1].context;
  }
}

bool TreeBuilder::InScope(GumboTag tag, Scope scope) const {
  for (size_t index = open_.size(); index-- > 0;) {
    const OpenElement& entry = open_[index];
    if (entry.foreign) continue;
    if (entry.tag == tag) return true;
    if (StopsScope(entry.tag, scope)) return false;
  }
  return false;
}

int TreeBuilder::StackIndexOf(int32_t node) const {
  if (!info_[node].on_stack) return -1;
  for (size_t index = open_.size(); index-- > 0;) {
    if (open_[index].node == node) return static_cast<int>(index);
  }
  return -1;
}

void TreeBuilder::GenerateImpliedEndTags(GumboTag except) {
  while (open_.size() > 1 && !open_.back().foreign && open_.back().tag != except &&
         HasImpliedEndTag(open_.back().tag)) {
    Pop();
  }
}

void TreeBuilder::ClosePInButtonScope() {
  if (!InScope(GUMBO_TAG_P, Scope::kButton)) return;
  GenerateImpliedEndTags(GUMBO_TAG_P);
  PopUntil(GUMBO_TAG_P);
}

int TreeBuilder::FormattingIndexOf(int32_t node) const {
  for (size_t index = formatting_.size(); index-- > 0;) {
    if (formatting_[index] == node) return static_cast<int>(index);
  }
  return -1;
}

void TreeBuilder::PushFormatting(int32_t node) {
  // Noah's ark: at most three equal entries after the last marker.
  int equal = 0;
  size_t earliest = 0;
  for (size_t index = formatting_.size(); index-- > 0;) {
    int32_t entry = formatting_[index];
    if (entry == kMarker) break;
    if (tree_.node(entry).tag == tree_.node(node).tag &&
        info_[entry].raw_attributes == info_[node].raw_attributes) {
      ++equal;
      earliest = index;
    }
  }
  if (equal >= kNoahsArkLimit) formatting_.erase(formatting_.begin() + static_cast<std::ptrdiff_t>(earliest));
  formatting_.push_back(node);
}

void TreeBuilder::ReconstructFormatting() {
  if (formatting_.empty()) return;
  int32_t last = formatting_.back();
  if (last == kMarker || info_[last].on_stack) return;
  size_t index = formatting_.size() - 1;
  while (index > 0) {
    int32_t entry = formatting_[index - 1];
    if (entry == kMarker || info_[entry].on_stack) break;
    --index;
  }
  for (; index < formatting_.size(); ++index) {
    int32_t clone = CloneOf(formatting_[index]);
    InsertNode(clone);
    Push(clone, false);
    formatting_[index] = clone;
  }
}

void TreeBuilder::ClearFormattingToMarker() {
  while (!formatting_.empty()) {
    int32_t entry = formatting_.back();
    formatting_.pop_back();
    if (entry == kMarker) return;
  }
}

void TreeBuilder::AdoptionAgency(const HtmlToken& token, GumboTag tag) {
  if (open_.back().tag == tag && !open_.back().foreign && FormattingIndexOf(open_.back().node) < 0) {
    Pop();
    return;
  }
  for (int outer = 0; outer < kAdoptionOuterSteps; ++outer) {
    int formatting_index = -1;
    for (size_t index = formatting_.size(); index-- > 0;) {
      if (formatting_[index] == kMarker) break;
      if (tree_.node(formatting_[index]).tag == tag) {
        formatting_index = static_cast<int>(index);
        break;
      }
    }
    if (formatting_index < 0) {
      AnyOtherEndTag(token, tag);
      return;
    }
    int32_t element = formatting_[formatting_index];
    int element_index = StackIndexOf(element);
    if (element_index < 0) {
      formatting_.erase(formatting_.begin() + formatting_index);
      return;
    }
    if (!InScope(tag, Scope::kDefault)) return;
    int block_index = -1;
    for (size_t index = static_cast<size_t>(element_index) + 1; index < open_.size(); ++index) {
      if (!open_[index].foreign && IsSpecial(open_[index].tag)) {
        block_index = static_cast<int>(index);
        break;
      }
    }
    if (block_index < 0) {
      PopTo(static_cast<size_t>(element_index));
      formatting_.erase(formatting_.begin() + formatting_index);
      return;
    }
    int32_t common_ancestor = open_[element_index - 1].node;
    int32_t furthest_block = open_[block_index].node;
    int bookmark = formatting_index;
    int32_t last = furthest_block;
    int node_index = block_index;
    for (int inner = 1;; ++inner) {
      --node_index;
      int32_t node = open_[node_index].node;
      if (node == element) break;
      int node_formatting = FormattingIndexOf(node);
      if (inner > kAdoptionInnerSteps && node_formatting >= 0) {
        formatting_.erase(formatting_.begin() + node_formatting);
        if (node_formatting < bookmark) --bookmark;
        node_formatting = -1;
      }
      if (node_formatting < 0) {
        RemoveFromStack(static_cast<size_t>(node_index));
        continue;
      }
      int32_t clone = CloneOf(node);
      formatting_[node_formatting] = clone;
      info_[node].on_stack = false;
      info_[clone].on_stack = true;
      open_[node_index].node = clone;
      if (last == furthest_block) bookmark = node_formatting + 1;
      tree_.AppendChild(clone, last);
      last = clone;
    }
    if (IsTableLike(tree_.node(common_ancestor).tag)) {
      // Foster parenting: `last` goes before the innermost open table.
      for (size_t index = open_.size(); index-- > 1;) {
        if (open_[index].tag != GUMBO_TAG_TABLE) continue;
        int32_t table = open_[index].node;
        int32_t parent = tree_.node(table).parent;
        if (parent != kNoDomNode) {
          tree_.InsertBefore(parent, last, table);
        } else {
          tree_.AppendChild(open_[index - 1].node, last);
        }
        break;
      }
    } else {
      tree_.AppendChild(common_ancestor, last);
    }
    int32_t clone = CloneOf(element);
    while (tree_.node(furthest_block).first_child != kNoDomNode) {
      tree_.AppendChild(clone, tree_.node(furthest_block).first_child);
    }
    tree_.AppendChild(furthest_block, clone);
    formatting_.erase(formatting_.begin() + formatting_index);
    if (formatting_index < bookmark) --bookmark;
    formatting_.insert(formatting_.begin() + bookmark, clone);
    RemoveFromStack(static_cast<size_t>(StackIndexOf(element)));
    int block_now = StackIndexOf(furthest_block);
    open_.insert(open_.begin() + block_now + 1, {clone, tag, open_[block_now].context, false});
    info_[clone].on_stack = true;
  }
}

}  // namespace crosscheck::html::fast_tree_internal
