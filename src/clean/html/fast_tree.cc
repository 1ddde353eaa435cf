// The fast tree builder.
//
// HTML5 tree construction is a state machine over twenty-odd insertion modes. Most of them
// exist for the document's edges (before <html>, after </body>, framesets) or for element
// kinds extraction skips. What moves text between elements — and so changes what the
// extractor sees — is a much smaller set, and that is what this builder implements, keeping
// the specification's names so each rule can be checked against it:
//   - phases instead of the head modes: before head, in head, after head, in body; head and
//     body are implied when content needs them; whitespace before the body is dropped;
//   - the stack of open elements. Each entry carries its "context": the innermost table,
//     table section, row, cell, caption, colgroup, select or template at or below it. The
//     context stands in for the insertion mode (in table, in row, in cell, in select, ...),
//     so a foster-parented <div> inside a table is still "in table" for a later <td>;
//   - "has an element in scope" (default, button, list item, table), "generate implied end
//     tags", and the start tags that close an open <p>, <li>, <dt>/<dd>, <option>, heading;
//   - the list of active formatting elements (a, b, i, font, ... with markers at cells and
//     objects), its reconstruction before text and inline content, the Noah's ark limit of
//     three, and the adoption agency algorithm for misnested end tags — this is what makes
//     "<p><a href=x>one</p><p>two</a>" link "two" as browsers and gumbo do;
//   - tables: implied tbody and tr, a cell closed by the next cell or row, foster parenting
//     of text and elements that are not allowed directly in a table;
//   - select (options close each other, other tags are ignored), raw-text and RCDATA
//     elements (the tokenizer is told), foreign content (svg, math: no raw text, CDATA,
//     self-closing tags, and the HTML tags that break out of it).
// Left out: quirks mode, framesets, form-associated edge cases, the attribute merge of a
// second <html>/<body> tag, MathML/SVG integration points. fast_tree_test.cc compares the
// result with gumbo's tree on every AEB page and states how often they agree.
//
// Cost: each token does O(1) work plus, for the rules above, a walk down the open-element
// stack (capped at kMaxOpenElements). The adoption agency runs at most 8 x 3 steps.
#include "clean/html/fast_tree.h"

#include "clean/html/fast_tree_builder.h"
#include "clean/html/text_util.h"

namespace crosscheck::html {
namespace fast_tree_internal {

namespace {

bool IsCell(GumboTag tag) { return tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH; }

bool IsHiddenInput(const HtmlToken& token) {
  for (const TokenAttribute& attribute : token.attributes) {
    if (attribute.name == DomAttr::kType) return EqualsLowerAscii(TrimSpace(attribute.value), "hidden");
  }
  return false;
}

// Whether the page's doctype (tokenizer's doctype()) selects quirks mode, where <table>
// does not close an open <p>: no doctype, or one not named html. The specification also
// lists old public identifiers (HTML 3.2, 4.0 Transitional, ...); gumbo 0.10.1, the
// reference here, does not act on them (checked: "<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML
// 4.0 Transitional//EN"><p><table>" closes the <p> in gumbo), so neither does this.
bool IsQuirksDoctype(std::string_view doctype) {
  if (doctype.size() < 9) return true;
  std::string_view rest = TrimSpace(doctype.substr(9, doctype.size() - 10));  // "<!doctype" .. ">"
  return rest.size() < 4 || !EqualsLowerAscii(rest.substr(0, 4), "html") ||
         (rest.size() > 4 && rest[4] != ' ' && rest[4] != '\t' && rest[4] != '\n' && rest[4] != '\r');
}

}  // namespace

DomTree TreeBuilder::Run() {
  Push(NewElement(GUMBO_TAG_HTML, nullptr), false);
  HtmlToken token;
  bool first = true;
  while (tokenizer_.Next(token)) {
    if (first) {  // the doctype, if any, came before the first token
      quirks_ = IsQuirksDoctype(tokenizer_.doctype());
      first = false;
    }
    // In a column group only <col> and white space stay; anything else closes it.
    if (Current() == GUMBO_TAG_COLGROUP && !open_.back().foreign) {
      bool stays = (token.kind == TokenKind::kStartTag && token.tag == GUMBO_TAG_COL) ||
                   (token.kind == TokenKind::kText && IsAllSpace(token.raw));
      if (token.kind == TokenKind::kEndTag && token.tag == GUMBO_TAG_COLGROUP) {
        Pop();
        continue;
      }
      if (token.kind == TokenKind::kStartTag && token.tag == GUMBO_TAG_COL) {
        Insert(token, GUMBO_TAG_COL);
        continue;
      }
      if (!stays) Pop();
    }
    if (phase_ != Phase::kInBody && Current() == GUMBO_TAG_NOSCRIPT && InHeadNoscript(token)) continue;
    switch (token.kind) {
      case TokenKind::kText: HandleText(token); break;
      case TokenKind::kStartTag: HandleStart(token); break;
      case TokenKind::kEndTag: HandleEnd(token); break;
    }
    tokenizer_.SetForeignContent(open_.back().foreign);
  }
  if (phase_ != Phase::kInBody) EnsureBody();
  return std::move(tree_);
}

bool TreeBuilder::InHeadNoscript(const HtmlToken& token) {
  // A <noscript> in the head holds markup (scripting off, as in gumbo): head elements stay in
  // it, anything else closes it and is processed again (usually starting the body).
  switch (token.kind) {
    case TokenKind::kText:
      if (IsAllSpace(token.raw)) return true;
      break;
    case TokenKind::kStartTag:
      switch (token.tag) {
        case GUMBO_TAG_LINK: case GUMBO_TAG_META: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOFRAMES:
        case GUMBO_TAG_BASEFONT: case GUMBO_TAG_BGSOUND:
          tree_.Detach(Insert(token, token.tag));  // noscript's children are not kept
          return true;
        default:
          break;
      }
      break;
    case TokenKind::kEndTag:
      if (token.tag == GUMBO_TAG_NOSCRIPT) {
        Pop();
        return true;
      }
      if (token.tag != GUMBO_TAG_BR) return true;
      break;
  }
  Pop();
  return false;
}

void TreeBuilder::EnsureBody() {
  if (phase_ == Phase::kBeforeHead) head_ = InsertSynthetic(GUMBO_TAG_HEAD);
  PopTo(1);
  InsertSynthetic(GUMBO_TAG_BODY);
  phase_ = Phase::kInBody;
}

void TreeBuilder::HandleText(const HtmlToken& token) {
  if (phase_ != Phase::kInBody) {
    if (Current() != GUMBO_TAG_HTML && Current() != GUMBO_TAG_HEAD) {
      AppendText(token);  // <title>, <script>, ... in the head
      return;
    }
    if (IsAllSpace(token.raw)) return;
    EnsureBody();
  }
  if (open_.back().foreign) {
    AppendText(token);
    return;
  }
  if (IsTableLike(Current())) {
    if (IsAllSpace(token.raw)) {
      AppendText(token);
      return;
    }
    foster_ = true;
    ReconstructFormatting();
    AppendText(token);
    foster_ = false;
    return;
  }
  if (Context() != GUMBO_TAG_SELECT) ReconstructFormatting();
  AppendText(token);
}

bool TreeBuilder::StartBeforeBody(const HtmlToken& token, GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_HTML:
      for (const TokenAttribute& attribute : token.attributes) {
        tree_.AddAttribute(open_[0].node, attribute.name, attribute.value);
      }
      return true;
    case GUMBO_TAG_HEAD:
      if (phase_ == Phase::kBeforeHead) {
        head_ = Insert(token, tag);
        phase_ = Phase::kInHead;
      }
      return true;
    case GUMBO_TAG_BASE: case GUMBO_TAG_BASEFONT: case GUMBO_TAG_BGSOUND: case GUMBO_TAG_LINK:
    case GUMBO_TAG_META: case GUMBO_TAG_TITLE: case GUMBO_TAG_NOFRAMES: case GUMBO_TAG_STYLE:
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEMPLATE: {
      if (tag == GUMBO_TAG_NOSCRIPT && phase_ == Phase::kAfterHead) {  // not a head element there
        EnsureBody();
        return false;
      }
      if (phase_ == Phase::kBeforeHead) {
        head_ = InsertSynthetic(GUMBO_TAG_HEAD);
        phase_ = Phase::kInHead;
      }
      bool reopened = phase_ == Phase::kAfterHead;
      if (reopened) Push(head_, false);
      Insert(token, tag);
      if (tag == GUMBO_TAG_TEMPLATE) formatting_.push_back(kMarker);
      if (reopened) RemoveFromStack(static_cast<size_t>(StackIndexOf(head_)));
      return true;
    }
    case GUMBO_TAG_BODY:
      if (phase_ == Phase::kBeforeHead) head_ = InsertSynthetic(GUMBO_TAG_HEAD);
      PopTo(1);
      Insert(token, tag);
      phase_ = Phase::kInBody;
      return true;
    case GUMBO_TAG_FRAMESET:
      return true;
    default:
      EnsureBody();
      return false;
  }
}

bool TreeBuilder::EndBeforeBody(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_HEAD:
      if (phase_ == Phase::kInHead) {
        PopTo(1);
        phase_ = Phase::kAfterHead;
      }
      return true;
    case GUMBO_TAG_BODY: case GUMBO_TAG_HTML: case GUMBO_TAG_BR:
      EnsureBody();
      return false;
    default:
      if (open_.size() > 1 && Current() == tag) Pop();  // </title>, </script> in the head
      return true;
  }
}

void TreeBuilder::HandleStart(const HtmlToken& token) {
  GumboTag tag = token.tag == GUMBO_TAG_IMAGE && !open_.back().foreign ? GUMBO_TAG_IMG : token.tag;
  if (phase_ != Phase::kInBody && StartBeforeBody(token, tag)) return;
  if (open_.size() >= kMaxOpenElements && !IsVoid(tag)) return;
  if (open_.back().foreign) {
    if (!BreaksOutOfForeign(tag)) {
      Insert(token, tag, true);
      return;
    }
    while (open_.size() > 1 && open_.back().foreign) Pop();
  }
  switch (Context()) {
    case GUMBO_TAG_TABLE: case GUMBO_TAG_TBODY: case GUMBO_TAG_THEAD: case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_TR:
      if (IsTableStructure(tag)) {
        StartTableStructure(token, tag);
      } else if (tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_TEMPLATE ||
                 (tag == GUMBO_TAG_INPUT && IsHiddenInput(token))) {
        StartInBody(token, tag);
      } else if (tag == GUMBO_TAG_FORM) {
        if (form_ == kNoDomNode) {
          form_ = Insert(token, tag);
          Pop();
        }
      } else {
        foster_ = true;
        StartInBody(token, tag);
        foster_ = false;
      }
      return;
    case GUMBO_TAG_TD: case GUMBO_TAG_TH:
      if (IsTableStructure(tag) && tag != GUMBO_TAG_TABLE) {
        if (InScope(GUMBO_TAG_TD, Scope::kTable) || InScope(GUMBO_TAG_TH, Scope::kTable)) {
          CloseCell();
          StartTableStructure(token, tag);
        }
        return;
      }
      break;
    case GUMBO_TAG_CAPTION:
      if (IsTableStructure(tag) && tag != GUMBO_TAG_TABLE) {
        if (InScope(GUMBO_TAG_CAPTION, Scope::kTable)) {
          PopUntil(GUMBO_TAG_CAPTION);
          ClearFormattingToMarker();
          StartTableStructure(token, tag);
        }
        return;
      }
      break;
    case GUMBO_TAG_SELECT:
      StartInSelect(token, tag);
      return;
    default:
      break;
  }
  StartInBody(token, tag);
}

void TreeBuilder::CloseListItem(GumboTag tag) {
  for (size_t index = open_.size(); index-- > 1;) {
    const OpenElement& entry = open_[index];
    if (entry.foreign) continue;
    bool same = tag == GUMBO_TAG_LI ? entry.tag == GUMBO_TAG_LI
                                    : entry.tag == GUMBO_TAG_DD || entry.tag == GUMBO_TAG_DT;
    if (same) {
      GumboTag closed = entry.tag;
      GenerateImpliedEndTags(closed);
      PopUntil(closed);
      return;
    }
    if (IsSpecial(entry.tag) && entry.tag != GUMBO_TAG_ADDRESS && entry.tag != GUMBO_TAG_DIV &&
        entry.tag != GUMBO_TAG_P) {
      return;
    }
  }
}

void TreeBuilder::StartInBody(const HtmlToken& token, GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_HEAD: case GUMBO_TAG_FRAMESET: case GUMBO_TAG_CAPTION: case GUMBO_TAG_COL: case GUMBO_TAG_COLGROUP: case GUMBO_TAG_FRAME:
    case GUMBO_TAG_TBODY: case GUMBO_TAG_TD: case GUMBO_TAG_TFOOT: case GUMBO_TAG_TH:
    case GUMBO_TAG_THEAD: case GUMBO_TAG_TR:
      return;
    case GUMBO_TAG_BASE: case GUMBO_TAG_BASEFONT: case GUMBO_TAG_BGSOUND: case GUMBO_TAG_LINK:
    case GUMBO_TAG_META: case GUMBO_TAG_TITLE: case GUMBO_TAG_NOFRAMES: case GUMBO_TAG_STYLE:
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_PARAM: case GUMBO_TAG_SOURCE:
    case GUMBO_TAG_TRACK: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_IFRAME: case GUMBO_TAG_NOEMBED:
      Insert(token, tag);
      return;
    case GUMBO_TAG_TEMPLATE:
      Insert(token, tag);
      formatting_.push_back(kMarker);
      return;
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
      ClosePInButtonScope();
      if (IsHeading(Current()) && !open_.back().foreign) Pop();
      Insert(token, tag);
      return;
    case GUMBO_TAG_TABLE:
      if (!quirks_) ClosePInButtonScope();
      Insert(token, tag);
      return;
    case GUMBO_TAG_BODY:  // a second <body> adds the attributes the first one lacked
      if (open_.size() > 1 && open_[1].tag == GUMBO_TAG_BODY) {
        for (const TokenAttribute& attribute : token.attributes) {
          tree_.AddAttribute(open_[1].node, attribute.name, attribute.value);
        }
      }
      return;
    case GUMBO_TAG_HTML:
      for (const TokenAttribute& attribute : token.attributes) {
        tree_.AddAttribute(open_[0].node, attribute.name, attribute.value);
      }
      return;
    case GUMBO_TAG_P: case GUMBO_TAG_PRE: case GUMBO_TAG_LISTING: case GUMBO_TAG_PLAINTEXT:
    case GUMBO_TAG_HR:
      ClosePInButtonScope();
      Insert(token, tag);
      return;
    case GUMBO_TAG_FORM:
      if (form_ != kNoDomNode) return;
      ClosePInButtonScope();
      form_ = Insert(token, tag);
      return;
    case GUMBO_TAG_LI: case GUMBO_TAG_DD: case GUMBO_TAG_DT:
      CloseListItem(tag);
      ClosePInButtonScope();
      Insert(token, tag);
      return;
    case GUMBO_TAG_BUTTON:
      if (InScope(GUMBO_TAG_BUTTON, Scope::kDefault)) {
        GenerateImpliedEndTags();
        PopUntil(GUMBO_TAG_BUTTON);
      }
      ReconstructFormatting();
      Insert(token, tag);
      return;
    case GUMBO_TAG_A:
      for (size_t index = formatting_.size(); index-- > 0;) {
        int32_t entry = formatting_[index];
        if (entry == kMarker) break;
        if (tree_.node(entry).tag != GUMBO_TAG_A) continue;
        AdoptionAgency(token, GUMBO_TAG_A);  // an open <a> is closed by the next one
        if (int at = FormattingIndexOf(entry); at >= 0) formatting_.erase(formatting_.begin() + at);
        if (int at = StackIndexOf(entry); at >= 0) RemoveFromStack(static_cast<size_t>(at));
        break;
      }
      ReconstructFormatting();
      PushFormatting(Insert(token, tag));
      return;
    case GUMBO_TAG_NOBR:
      ReconstructFormatting();
      if (InScope(GUMBO_TAG_NOBR, Scope::kDefault)) {
        AdoptionAgency(token, GUMBO_TAG_NOBR);
        ReconstructFormatting();
      }
      PushFormatting(Insert(token, tag));
      return;
    case GUMBO_TAG_APPLET: case GUMBO_TAG_MARQUEE: case GUMBO_TAG_OBJECT:
      ReconstructFormatting();
      Insert(token, tag);
      formatting_.push_back(kMarker);
      return;
    case GUMBO_TAG_XMP:
      ClosePInButtonScope();
      ReconstructFormatting();
      Insert(token, tag);
      return;
    case GUMBO_TAG_OPTGROUP: case GUMBO_TAG_OPTION:
      if (Current() == GUMBO_TAG_OPTION) Pop();
      ReconstructFormatting();
      Insert(token, tag);
      return;
    case GUMBO_TAG_MATH: case GUMBO_TAG_SVG:
      ReconstructFormatting();
      Insert(token, tag, true);
      return;
    default:
      if (IsBlockContainer(tag)) {
        ClosePInButtonScope();
        Insert(token, tag);
        return;
      }
      ReconstructFormatting();
      if (IsFormatting(tag)) {
        PushFormatting(Insert(token, tag));
      } else {
        Insert(token, tag);
      }
      return;
  }
}

void TreeBuilder::HandleEnd(const HtmlToken& token) {
  GumboTag tag = token.tag;
  if (phase_ != Phase::kInBody && EndBeforeBody(tag)) return;
  if (open_.back().foreign) {
    for (size_t index = open_.size() - 1; index > 0 && open_[index].foreign; --index) {
      if (open_[index].tag == tag &&
          (tag != GUMBO_TAG_UNKNOWN || info_[open_[index].node].name_hash == token.name_hash)) {
        PopTo(index);
        return;
      }
    }
  }
  switch (Context()) {
    case GUMBO_TAG_TABLE: case GUMBO_TAG_TBODY: case GUMBO_TAG_THEAD: case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_TR:
      switch (tag) {
        case GUMBO_TAG_TABLE:
          if (InScope(GUMBO_TAG_TABLE, Scope::kTable)) PopUntil(GUMBO_TAG_TABLE);
          return;
        case GUMBO_TAG_TBODY: case GUMBO_TAG_THEAD: case GUMBO_TAG_TFOOT:
          if (InScope(tag, Scope::kTable)) PopUntil(tag);
          return;
        case GUMBO_TAG_TR:
          if (InScope(GUMBO_TAG_TR, Scope::kTable)) PopUntil(GUMBO_TAG_TR);
          return;
        case GUMBO_TAG_BODY: case GUMBO_TAG_CAPTION: case GUMBO_TAG_COL: case GUMBO_TAG_COLGROUP:
        case GUMBO_TAG_HTML: case GUMBO_TAG_TD: case GUMBO_TAG_TH:
          return;
        default:
          foster_ = true;
          EndInBody(token, tag);
          foster_ = false;
          return;
      }
    case GUMBO_TAG_TD: case GUMBO_TAG_TH:
      if (IsCell(tag)) {
        if (InScope(tag, Scope::kTable)) {
          GenerateImpliedEndTags();
          PopUntil(tag);
          ClearFormattingToMarker();
        }
        return;
      }
      if (tag == GUMBO_TAG_TABLE || IsTableSection(tag) || tag == GUMBO_TAG_TR) {
        if (InScope(tag, Scope::kTable)) {
          CloseCell();
          HandleEnd(token);
        }
        return;
      }
      if (tag == GUMBO_TAG_BODY || tag == GUMBO_TAG_CAPTION || tag == GUMBO_TAG_COL ||
          tag == GUMBO_TAG_COLGROUP || tag == GUMBO_TAG_HTML) {
        return;
      }
      break;
    case GUMBO_TAG_CAPTION:
      if (tag == GUMBO_TAG_CAPTION || tag == GUMBO_TAG_TABLE) {
        if (InScope(GUMBO_TAG_CAPTION, Scope::kTable)) {
          GenerateImpliedEndTags();
          PopUntil(GUMBO_TAG_CAPTION);
          ClearFormattingToMarker();
          if (tag == GUMBO_TAG_TABLE) HandleEnd(token);
        }
        return;
      }
      if (IsTableStructure(tag) || tag == GUMBO_TAG_BODY || tag == GUMBO_TAG_HTML) return;
      break;
    case GUMBO_TAG_SELECT:
      if (tag == GUMBO_TAG_OPTGROUP) {
        if (Current() == GUMBO_TAG_OPTION && open_.size() > 2 &&
            open_[open_.size() - 2].tag == GUMBO_TAG_OPTGROUP) {
          Pop();
        }
        if (Current() == GUMBO_TAG_OPTGROUP) Pop();
      } else if (tag == GUMBO_TAG_OPTION) {
        if (Current() == GUMBO_TAG_OPTION) Pop();
      } else if (tag == GUMBO_TAG_SELECT) {
        PopUntil(GUMBO_TAG_SELECT);
      }
      return;
    default:
      break;
  }
  EndInBody(token, tag);
}

void TreeBuilder::EndInBody(const HtmlToken& token, GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_BODY: case GUMBO_TAG_HTML:
      return;
    case GUMBO_TAG_P:
      if (!InScope(GUMBO_TAG_P, Scope::kButton)) {
        InsertNode(NewElement(GUMBO_TAG_P, nullptr));  // "</p>" alone makes an empty <p>
        return;
      }
      GenerateImpliedEndTags(GUMBO_TAG_P);
      PopUntil(GUMBO_TAG_P);
      return;
    case GUMBO_TAG_LI:
      if (!InScope(GUMBO_TAG_LI, Scope::kListItem)) return;
      GenerateImpliedEndTags(GUMBO_TAG_LI);
      PopUntil(GUMBO_TAG_LI);
      return;
    case GUMBO_TAG_DD: case GUMBO_TAG_DT:
      if (!InScope(tag, Scope::kDefault)) return;
      GenerateImpliedEndTags(tag);
      PopUntil(tag);
      return;
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5:
    case GUMBO_TAG_H6: {
      bool any = false;
      for (GumboTag heading : {GUMBO_TAG_H1, GUMBO_TAG_H2, GUMBO_TAG_H3, GUMBO_TAG_H4, GUMBO_TAG_H5, GUMBO_TAG_H6}) {
        any = any || InScope(heading, Scope::kDefault);
      }
      if (!any) return;
      GenerateImpliedEndTags();
      PopUntilAny(IsHeading);
      return;
    }
    case GUMBO_TAG_FORM: {
      int32_t form = form_;
      form_ = kNoDomNode;
      int index = form == kNoDomNode ? -1 : StackIndexOf(form);
      if (index < 0 || !InScope(GUMBO_TAG_FORM, Scope::kDefault)) return;
      GenerateImpliedEndTags();
      RemoveFromStack(static_cast<size_t>(StackIndexOf(form)));
      return;
    }
    case GUMBO_TAG_APPLET: case GUMBO_TAG_MARQUEE: case GUMBO_TAG_OBJECT:
      if (!InScope(tag, Scope::kDefault)) return;
      GenerateImpliedEndTags();
      PopUntil(tag);
      ClearFormattingToMarker();
      return;
    case GUMBO_TAG_BR:  // "</br>" is a <br>
      ReconstructFormatting();
      InsertNode(NewElement(GUMBO_TAG_BR, nullptr));
      return;
    case GUMBO_TAG_TEMPLATE:
      for (size_t index = open_.size(); index-- > 1;) {
        if (open_[index].tag != GUMBO_TAG_TEMPLATE) continue;
        PopUntil(GUMBO_TAG_TEMPLATE);
        ClearFormattingToMarker();
        break;
      }
      return;
    default:
      if (IsFormatting(tag)) {
        AdoptionAgency(token, tag);
        return;
      }
      if (IsBlockContainer(tag) || tag == GUMBO_TAG_BUTTON || tag == GUMBO_TAG_LISTING ||
          tag == GUMBO_TAG_PRE) {
        if (!InScope(tag, Scope::kDefault)) return;
        GenerateImpliedEndTags();
        PopUntil(tag);
        return;
      }
      AnyOtherEndTag(token, tag);
      return;
  }
}

void TreeBuilder::AnyOtherEndTag(const HtmlToken& token, GumboTag tag) {
  for (size_t index = open_.size() - 1; index > 0; --index) {
    const OpenElement& entry = open_[index];
    if (entry.foreign) continue;
    if (entry.tag == tag && (tag != GUMBO_TAG_UNKNOWN || info_[entry.node].name_hash == token.name_hash)) {
      GenerateImpliedEndTags(tag);
      PopTo(index);
      return;
    }
    if (IsSpecial(entry.tag)) return;
  }
}

}  // namespace fast_tree_internal

DomTree BuildTreeFast(std::string_view html) { return fast_tree_internal::TreeBuilder(html).Run(); }

}  // namespace crosscheck::html
