// The fast tree builder's table and select rules (HTML5 "in table", "in table body", "in
// row", "in cell", "in select"): implied tbody and tr, rows and sections closing each other,
// cells closing. Where they are called from: fast_tree.cc.
#include "clean/html/fast_tree_builder.h"

namespace crosscheck::html::fast_tree_internal {
namespace {

bool IsTable(GumboTag tag) { return tag == GUMBO_TAG_TABLE; }
bool IsRow(GumboTag tag) { return tag == GUMBO_TAG_TR; }
bool IsCell(GumboTag tag) { return tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH; }

}  // namespace

void TreeBuilder::CloseCell() {
  GenerateImpliedEndTags();
  PopUntilAny(IsCell);
  ClearFormattingToMarker();
}

void TreeBuilder::StartTableStructure(const HtmlToken& token, GumboTag tag) {
  if (tag == GUMBO_TAG_TABLE) {
    if (!InScope(GUMBO_TAG_TABLE, Scope::kTable)) return;
    PopUntil(GUMBO_TAG_TABLE);
    HandleStart(token);
    return;
  }
  if (tag != GUMBO_TAG_TD && tag != GUMBO_TAG_TH && Context() == GUMBO_TAG_TR) {
    ClearTo(IsRow);  // a new row or section closes the row
    Pop();
  }
  if (tag != GUMBO_TAG_TD && tag != GUMBO_TAG_TH && tag != GUMBO_TAG_TR && IsTableSection(Context())) {
    ClearTo(IsTableSection);
    Pop();
  }
  switch (tag) {
    case GUMBO_TAG_CAPTION:
      ClearTo(IsTable);
      Insert(token, tag);
      formatting_.push_back(kMarker);
      return;
    case GUMBO_TAG_COL:
      ClearTo(IsTable);
      InsertSynthetic(GUMBO_TAG_COLGROUP);
      Insert(token, tag);
      return;
    case GUMBO_TAG_TR:
      if (IsTableSection(Context())) {
        ClearTo(IsTableSection);
      } else {
        ClearTo(IsTable);
        InsertSynthetic(GUMBO_TAG_TBODY);
      }
      Insert(token, tag);
      return;
    case GUMBO_TAG_TD: case GUMBO_TAG_TH:
      if (Context() == GUMBO_TAG_TR) {
        ClearTo(IsRow);
      } else {
        if (IsTableSection(Context())) {
          ClearTo(IsTableSection);
        } else {
          ClearTo(IsTable);
          InsertSynthetic(GUMBO_TAG_TBODY);
        }
        InsertSynthetic(GUMBO_TAG_TR);
      }
      Insert(token, tag);
      formatting_.push_back(kMarker);
      return;
    default:  // colgroup, tbody, thead, tfoot
      ClearTo(IsTable);
      Insert(token, tag);
      return;
  }
}

void TreeBuilder::StartInSelect(const HtmlToken& token, GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_OPTION:
      if (Current() == GUMBO_TAG_OPTION) Pop();
      Insert(token, tag);
      return;
    case GUMBO_TAG_OPTGROUP:
      if (Current() == GUMBO_TAG_OPTION) Pop();
      if (Current() == GUMBO_TAG_OPTGROUP) Pop();
      Insert(token, tag);
      return;
    case GUMBO_TAG_SELECT:
      PopUntil(GUMBO_TAG_SELECT);
      return;
    case GUMBO_TAG_INPUT: case GUMBO_TAG_KEYGEN: case GUMBO_TAG_TEXTAREA:
      PopUntil(GUMBO_TAG_SELECT);
      HandleStart(token);
      return;
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_TEMPLATE:
      Insert(token, tag);
      return;
    default:
      if (IsTableStructure(tag) && tag != GUMBO_TAG_COL && tag != GUMBO_TAG_COLGROUP) {
        int select = -1;
        for (size_t index = open_.size(); index-- > 1;) {
          if (open_[index].tag == GUMBO_TAG_SELECT) {
            select = static_cast<int>(index);
            break;
          }
        }
        GumboTag outer = select > 0 ? open_[select - 1].context : GUMBO_TAG_HTML;
        if (outer != GUMBO_TAG_HTML && outer != GUMBO_TAG_SELECT) {  // select in a table
          PopUntil(GUMBO_TAG_SELECT);
          HandleStart(token);
        }
      }
      return;  // other tags are ignored in a select
  }
}

}  // namespace crosscheck::html::fast_tree_internal
