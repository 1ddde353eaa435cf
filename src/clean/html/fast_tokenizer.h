// HtmlTokenizer: one forward pass over an HTML page, yielding start tags, end tags and text
// (comments, doctypes and processing instructions are consumed silently). It follows the
// HTML5 tokenizer's states where they change what text or tags come out — raw text, RCDATA
// and script data (with its <!-- escapes), CDATA in foreign content, bogus comments, quoted
// attributes, character references — and skips what extraction never reads: attribute names
// outside DomAttr are recognized but not stored, parse errors are not reported.
//
// Takes the page borrowed (it must outlive the tokenizer); token views point into the page
// or into the tokenizer's buffers and stay valid until the next call to Next(). O(n) time in
// the page's bytes; memory: one token. Not thread-safe (one tokenizer per page).
#ifndef CROSSCHECK_CLEAN_HTML_FAST_TOKENIZER_H_
#define CROSSCHECK_CLEAN_HTML_FAST_TOKENIZER_H_

#include <gumbo.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "clean/html/dom_tree.h"

namespace crosscheck::html {

enum class TokenKind : uint8_t { kStartTag, kEndTag, kText };

struct TokenAttribute {
  DomAttr name = DomAttr::kClass;
  std::string_view value;  // character references decoded
};

struct HtmlToken {
  TokenKind kind = TokenKind::kText;
  // Tags.
  GumboTag tag = GUMBO_TAG_UNKNOWN;
  uint32_t name_hash = 0;  // of the lower-case name, for GUMBO_TAG_UNKNOWN (custom elements)
  bool self_closing = false;
  std::vector<TokenAttribute> attributes;  // kept attributes only, first of a name wins
  std::string_view raw_attributes;         // the tag's bytes after its name (for comparisons)
  // Text: the decoded characters and the raw bytes they came from.
  std::string_view text;
  std::string_view raw;
  uint32_t offset = 0;  // where the token starts in the page
};

// How the content of an element that was just opened is tokenized.
enum class ContentModel : uint8_t {
  kRawText,    // style, xmp, iframe, noembed, noframes, noscript: text until the end tag
  kRcData,     // title, textarea: as raw text, but character references are decoded
  kScript,     // script: raw text with the <!-- <script> escape states
  kPlainText,  // plaintext: everything to the end of the page is text
};

class HtmlTokenizer {
 public:
  explicit HtmlTokenizer(std::string_view html) : html_(html) {}
  // Points into the page: copying would alias the position and buffers.
  HtmlTokenizer(const HtmlTokenizer&) = delete;
  HtmlTokenizer& operator=(const HtmlTokenizer&) = delete;

  // The next token into `token`; false at the end of the page.
  bool Next(HtmlToken& token);

  // Called right after the start tag of `tag` was returned: its content follows `model`
  // up to the matching end tag, which is then returned as an ordinary end tag token.
  void EnterContent(GumboTag tag, ContentModel model);

  // Whether the current node is foreign (svg, math), where <![CDATA[ ]]> is text.
  void SetForeignContent(bool foreign) { foreign_ = foreign; }

  size_t position() const { return pos_; }

  // The doctype met before any token ("<!DOCTYPE html>"), or "" when there was none.
  std::string_view doctype() const { return doctype_; }

 private:
  bool ReadMarkup(HtmlToken& token);
  bool ReadTag(size_t begin, bool end_tag, HtmlToken& token);
  void ReadAttributes(size_t& pos, HtmlToken& token, bool keep);
  void ReadText(size_t end, HtmlToken& token, bool decode);
  size_t SkipComment(size_t begin) const;
  size_t FindRawTextEnd(size_t from) const;
  size_t FindScriptEnd(size_t from) const;
  bool IsEndTagOf(size_t at, std::string_view lower_name) const;

  std::string_view html_;
  size_t pos_ = 0;
  bool foreign_ = false;
  bool emitted_ = false;  // a token was returned (a later doctype counts for nothing)
  std::string_view doctype_;
  // Set by EnterContent: the next token is the element's raw content.
  bool in_content_ = false;
  ContentModel model_ = ContentModel::kRawText;
  GumboTag content_tag_ = GUMBO_TAG_UNKNOWN;
  std::string content_name_;
  std::string text_buffer_;   // decoded text of the current token
  std::string value_buffer_;  // decoded attribute values of the current tag
  std::string name_buffer_;
  struct PendingValue {
    DomAttr name;
    size_t begin;
    size_t end;
    bool in_buffer;
  };
  std::vector<PendingValue> pending_;
};

// Appends `raw` to `out` with its character references decoded as the HTML5 tokenizer does
// (named ones from html_entities.h, numeric ones with the Windows-1252 fix-ups). In an
// attribute value a legacy name without ';' followed by '=' or an alphanumeric stays as is.
void DecodeCharacterReferences(std::string_view raw, bool in_attribute, std::string& out);

}  // namespace crosscheck::html

#endif  // CROSSCHECK_CLEAN_HTML_FAST_TOKENIZER_H_
