// The record extractor: a JSONL or feed record's text, trusted as the article's text.
//
// A record's text was chosen by whoever wrote the record (a feed's description, a dataset's
// article body), so nothing is removed as boilerplate: a headline and a one-line snippet stay
// an article. Plain text is split into paragraphs (clean/text/text_lines, offsets kept); HTML
// goes through a simple tag-to-text pass: block elements (p, div, br, li, h1-h6, blockquote,
// table rows, ...) end a block, script/style/template content is dropped, character
// references are decoded (the HTML table of clean/html/html_entities), white space collapses.
// Each block keeps the byte span of Document::content its text came from. The title is the
// record's. Linear in the input; immutable; thread-safe.
#include <memory>
#include <string>
#include <utility>

#include "base/ascii.h"
#include "base/utf8.h"
#include "clean/extractor.h"
#include "clean/html/html_entities.h"
#include "clean/text/text_lines.h"

namespace crosscheck {
namespace {

bool IsHtmlSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// Decodes the character reference at html[pos] ('&'); sets `length` to the bytes it spans.
// Empty when it is not one (the '&' is then text).
std::string DecodeReference(std::string_view html, size_t pos, size_t& length) {
  std::string out;
  if (pos + 2 < html.size() && html[pos + 1] == '#') {
    const bool hex = html[pos + 2] == 'x' || html[pos + 2] == 'X';
    size_t cursor = pos + (hex ? 3 : 2);
    uint32_t value = 0;
    size_t digits = 0;
    constexpr uint32_t kBeyondUnicode = 0x110000;
    while (cursor < html.size()) {
      const char c = html[cursor];
      int digit = -1;
      if (c >= '0' && c <= '9')
        digit = c - '0';
      else if (hex && c >= 'a' && c <= 'f')
        digit = c - 'a' + 10;
      else if (hex && c >= 'A' && c <= 'F')
        digit = c - 'A' + 10;
      if (digit < 0) break;
      value = value >= kBeyondUnicode ? kBeyondUnicode
                                      : value * (hex ? 16 : 10) + static_cast<uint32_t>(digit);
      ++digits;
      ++cursor;
    }
    if (digits == 0) return out;
    if (cursor < html.size() && html[cursor] == ';') ++cursor;
    length = cursor - pos;
    AppendUtf8(html::NumericReferenceCodePoint(value), out);
    return out;
  }
  size_t cursor = pos + 1;
  while (cursor < html.size() && cursor - pos - 1 < html::kMaxEntityNameBytes &&
         ((html[cursor] >= 'a' && html[cursor] <= 'z') ||
          (html[cursor] >= 'A' && html[cursor] <= 'Z') ||
          (html[cursor] >= '0' && html[cursor] <= '9'))) {
    ++cursor;
  }
  const std::string_view name = html.substr(pos + 1, cursor - pos - 1);
  const bool semicolon = cursor < html.size() && html[cursor] == ';';
  std::string_view utf8;
  if (name.empty() || !html::LookupNamedEntity(name, /*without_semicolon=*/!semicolon, utf8)) {
    return out;
  }
  length = cursor - pos + (semicolon ? 1 : 0);
  out.assign(utf8);
  return out;
}

struct TagInfo {
  std::string name;  // lower-cased, without '/'
  bool closing = false;
  size_t end = 0;  // offset just past '>'
};

// Reads the tag at html[pos] ('<'). False when it is not a tag (the '<' is then text).
bool ReadTag(std::string_view html, size_t pos, TagInfo& tag) {
  size_t cursor = pos + 1;
  tag.closing = cursor < html.size() && html[cursor] == '/';
  if (tag.closing) ++cursor;
  const size_t name_begin = cursor;
  while (cursor < html.size() && ((html[cursor] >= 'a' && html[cursor] <= 'z') ||
                                  (html[cursor] >= 'A' && html[cursor] <= 'Z') ||
                                  (html[cursor] >= '0' && html[cursor] <= '9'))) {
    ++cursor;
  }
  if (cursor == name_begin) return false;
  tag.name.clear();
  for (size_t idx = name_begin; idx < cursor; ++idx) tag.name.push_back(LowerAsciiChar(html[idx]));
  char quote = 0;
  while (cursor < html.size()) {
    const char c = html[cursor];
    if (quote != 0) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '>') {
      break;
    }
    ++cursor;
  }
  tag.end = cursor < html.size() ? cursor + 1 : html.size();
  return true;
}

bool EndsBlock(std::string_view name) {
  static constexpr std::string_view kBlockTags[] = {
      "address", "article",    "aside",   "blockquote", "br", "dd",   "div", "dl",
      "dt",      "figcaption", "figure",  "footer",     "h1", "h2",   "h3",  "h4",
      "h5",      "h6",         "header",  "hr",         "li", "main", "nav", "ol",
      "p",       "pre",        "section", "table",      "td", "th",   "tr",  "ul",
  };
  for (std::string_view tag : kBlockTags) {
    if (name == tag) return true;
  }
  return false;
}

BlockKind KindOfTag(std::string_view name) {
  if (name.size() == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6')
    return BlockKind::kHeading;
  if (name == "li") return BlockKind::kListItem;
  if (name == "blockquote") return BlockKind::kBlockQuote;
  return BlockKind::kParagraph;
}

class BlockBuilder {
 public:
  explicit BlockBuilder(std::vector<Block>& blocks) : blocks_(blocks) {}

  void Text(std::string_view text, size_t begin, size_t end) {
    for (char c : text) {
      if (IsHtmlSpace(c)) {
        pending_space_ = !current_.text.empty();
        continue;
      }
      if (current_.text.empty()) current_.source_begin = static_cast<uint32_t>(begin);
      if (pending_space_) current_.text.push_back(' ');
      pending_space_ = false;
      current_.text.push_back(c);
      current_.source_end = static_cast<uint32_t>(end);
    }
  }

  void Flush(BlockKind next_kind) {
    if (!current_.text.empty()) blocks_.push_back(std::move(current_));
    current_ = Block();
    current_.kind = next_kind;
    pending_space_ = false;
  }

 private:
  std::vector<Block>& blocks_;
  Block current_;
  bool pending_space_ = false;
};

std::vector<Block> HtmlToBlocks(std::string_view html) {
  std::vector<Block> blocks;
  BlockBuilder builder(blocks);
  size_t pos = 0;
  TagInfo tag;
  while (pos < html.size()) {
    const char c = html[pos];
    if (c == '<') {
      if (html.substr(pos, 4) == "<!--") {
        const size_t end = html.find("-->", pos + 4);
        pos = end == std::string_view::npos ? html.size() : end + 3;
        continue;
      }
      if (html.substr(pos, 2) == "<!" || html.substr(pos, 2) == "<?") {
        const size_t end = html.find('>', pos);
        pos = end == std::string_view::npos ? html.size() : end + 1;
        continue;
      }
      if (ReadTag(html, pos, tag)) {
        pos = tag.end;
        if (!tag.closing &&
            (tag.name == "script" || tag.name == "style" || tag.name == "template")) {
          const std::string closing = "</" + tag.name;
          size_t end = pos;
          while (end < html.size()) {
            end = html.find("</", end);
            if (end == std::string_view::npos) break;
            bool match = true;
            for (size_t idx = 0; idx < closing.size() && match; ++idx) {
              match = end + idx < html.size() && LowerAsciiChar(html[end + idx]) == closing[idx];
            }
            if (match) break;
            end += 2;
          }
          pos = end == std::string_view::npos ? html.size() : end;
          continue;
        }
        if (EndsBlock(tag.name))
          builder.Flush(tag.closing ? BlockKind::kParagraph : KindOfTag(tag.name));
        continue;
      }
    }
    if (c == '&') {
      size_t length = 0;
      const std::string decoded = DecodeReference(html, pos, length);
      if (!decoded.empty()) {
        builder.Text(decoded == "\xC2\xA0" ? std::string_view(" ") : std::string_view(decoded), pos,
                     pos + length);
        pos += length;
        continue;
      }
    }
    // A run of plain text up to the next markup character.
    size_t run_end = html.find_first_of("<&", pos + 1);
    if (run_end == std::string_view::npos) run_end = html.size();
    for (size_t idx = pos; idx < run_end; ++idx) builder.Text(html.substr(idx, 1), idx, idx + 1);
    pos = run_end;
  }
  builder.Flush(BlockKind::kParagraph);
  return blocks;
}

std::vector<Block> TextToBlocks(std::string_view text) {
  std::vector<Block> blocks;
  for (const text::Paragraph& paragraph : text::SplitParagraphs(text)) {
    Block block;
    block.kind = paragraph.bullet ? BlockKind::kListItem : BlockKind::kParagraph;
    block.text = paragraph.text;
    block.source_begin = paragraph.begin;
    block.source_end = paragraph.end;
    blocks.push_back(std::move(block));
  }
  return blocks;
}

class RecordExtractor final : public Extractor {
 public:
  StatusOr<Article> Extract(const Document& document) const override {
    // Offsets are uint32_t in the model: refuse what they cannot address.
    if (document.content.size() > UINT32_MAX) {
      return ResourceExhaustedError(document.id + ": text larger than 4 GiB");
    }
    Article article;
    article.id = document.id;
    article.source = document.source;
    article.title = document.title;
    article.input_bytes = document.input_bytes;
    article.blocks = document.format == DocumentFormat::kHtml ? HtmlToBlocks(document.content)
                                                              : TextToBlocks(document.content);
    if (article.blocks.empty()) return EmptyError(document.id + ": no text in the record");
    return article;
  }
};

}  // namespace

std::unique_ptr<Extractor> NewRecordExtractor() { return std::make_unique<RecordExtractor>(); }

}  // namespace crosscheck
