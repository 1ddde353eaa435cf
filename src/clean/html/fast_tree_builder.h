// Internal to the fast tree builder (fast_tree.h): the builder's state and the tag classes
// of the HTML5 tree-construction algorithm. fast_tree_builder.cc holds the stack of open
// elements, the list of active formatting elements and the adoption agency; fast_tree.cc the
// rules per token. Not for use outside those two files. Not thread-safe (one per page).
#ifndef CROSSCHECK_CLEAN_HTML_FAST_TREE_BUILDER_H_
#define CROSSCHECK_CLEAN_HTML_FAST_TREE_BUILDER_H_

#include <gumbo.h>

#include <cstdint>
#include <string_view>
#include <vector>

#include "clean/html/dom_tree.h"
#include "clean/html/fast_tokenizer.h"

namespace crosscheck::html::fast_tree_internal {

// A scope marker in the list of active formatting elements.
inline constexpr int32_t kMarker = -2;

enum class Scope { kDefault, kButton, kListItem, kTable };

// Tag classes, named as in the HTML5 specification.
bool IsHeading(GumboTag tag);
bool IsSpecial(GumboTag tag);
bool IsFormatting(GumboTag tag);
bool IsBlockContainer(GumboTag tag);
bool HasImpliedEndTag(GumboTag tag);
bool IsVoid(GumboTag tag);
bool IsTableSection(GumboTag tag);
bool IsTableLike(GumboTag tag);
bool IsContextTag(GumboTag tag);
bool IsTableStructure(GumboTag tag);
bool BreaksOutOfForeign(GumboTag tag);
bool StopsScope(GumboTag tag, Scope scope);
bool IsAllSpace(std::string_view text);

struct OpenElement {
  int32_t node;
  GumboTag tag;
  GumboTag context;  // innermost context tag (IsContextTag) at or below this entry
  bool foreign;
};

// Per-node facts the builder needs and the tree does not keep.
struct NodeInfo {
  std::string_view raw_attributes;  // for the Noah's ark comparison
  uint32_t name_hash = 0;           // unknown tags: which name
  bool on_stack = false;
  bool json_ld = false;             // a <script type="application/ld+json">
};

class TreeBuilder {
 public:
  explicit TreeBuilder(std::string_view html);
  // Holds the tokenizer, which points into the page.
  TreeBuilder(const TreeBuilder&) = delete;
  TreeBuilder& operator=(const TreeBuilder&) = delete;

  DomTree Run();

 private:
  enum class Phase { kBeforeHead, kInHead, kAfterHead, kInBody };

  // Nodes and the stack.
  int32_t NewElement(GumboTag tag, const HtmlToken* token);
  int32_t CloneOf(int32_t node);
  // Where a node goes now: appended to the current node, or before the table (foster).
  void InsertionPoint(int32_t& parent, int32_t& before) const;
  void InsertNode(int32_t node);
  int32_t Insert(const HtmlToken& token, GumboTag tag, bool foreign = false);
  int32_t InsertSynthetic(GumboTag tag);
  void AppendText(const HtmlToken& token);
  void Push(int32_t node, bool foreign);
  void Pop();
  void PopTo(size_t size);
  void PopUntil(GumboTag tag);
  void PopUntilAny(bool (*matches)(GumboTag));
  // Pops until the current node is one `keeps` accepts (or html, template).
  void ClearTo(bool (*keeps)(GumboTag));
  void RemoveFromStack(size_t index);
  bool InScope(GumboTag tag, Scope scope) const;
  int StackIndexOf(int32_t node) const;
  void GenerateImpliedEndTags(GumboTag except = GUMBO_TAG_LAST);
  void ClosePInButtonScope();
  GumboTag Current() const { return open_.back().tag; }
  GumboTag Context() const { return open_.back().context; }

  // Active formatting elements.
  void PushFormatting(int32_t node);
  void ReconstructFormatting();
  void ClearFormattingToMarker();
  int FormattingIndexOf(int32_t node) const;
  void AdoptionAgency(const HtmlToken& token, GumboTag tag);

  // Token handlers.
  void HandleText(const HtmlToken& token);
  void HandleStart(const HtmlToken& token);
  void HandleEnd(const HtmlToken& token);
  bool StartBeforeBody(const HtmlToken& token, GumboTag tag);
  bool EndBeforeBody(GumboTag tag);
  void EnsureBody();
  bool InHeadNoscript(const HtmlToken& token);
  void StartInBody(const HtmlToken& token, GumboTag tag);
  void StartTableStructure(const HtmlToken& token, GumboTag tag);
  void StartInSelect(const HtmlToken& token, GumboTag tag);
  void EndInBody(const HtmlToken& token, GumboTag tag);
  void AnyOtherEndTag(const HtmlToken& token, GumboTag tag);
  void CloseCell();
  void CloseListItem(GumboTag tag);

  DomTree tree_;
  HtmlTokenizer tokenizer_;
  std::vector<OpenElement> open_;
  std::vector<int32_t> formatting_;
  std::vector<NodeInfo> info_;
  int32_t head_ = kNoDomNode;
  int32_t form_ = kNoDomNode;
  Phase phase_ = Phase::kBeforeHead;
  bool foster_ = false;
  bool quirks_ = false;  // quirks mode (from the doctype): <table> leaves an open <p> open  // insert before the table when the current node is table-like
};

}  // namespace crosscheck::html::fast_tree_internal

#endif  // CROSSCHECK_CLEAN_HTML_FAST_TREE_BUILDER_H_
